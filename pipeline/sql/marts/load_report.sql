-- One row per input file: read = loaded + rejected (duplicates count as loaded, then merged).
select
    source,
    file,
    rows_read::integer as rows_read,
    rows_loaded::integer as rows_loaded,
    rows_rejected::integer as rows_rejected,
    rows_duplicate::integer as rows_duplicate,
    rows_read = rows_loaded + rows_rejected as reconciled
from raw.load_report
