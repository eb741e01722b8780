-- One row per rejected input row, with where it stood (file, sheet, the line or the row number
-- Excel shows) and why (in Bahasa Indonesia).
select
    source,
    file,
    sheet,
    line::integer as line,
    "column",
    value,
    reason
from raw.rejects
