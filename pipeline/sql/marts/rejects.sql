-- One row per rejected input row, with where it stood and why (in Bahasa Indonesia).
select
    source,
    file,
    line::integer as line,
    "column",
    value,
    reason
from raw.rejects
