-- One row per contract column of each recognised file (and sheet): the export column it was read
-- from (origin kolom), the import map's default that filled it (bawaan), or nothing (tidak_ada).
select
    source,
    file,
    sheet,
    position::integer as position,
    "column",
    required,
    export_column,
    origin,
    default_value
from raw.load_columns
