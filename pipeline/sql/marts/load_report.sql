-- One row per input file, and per sheet of a workbook: how it was recognised (matched_by:
-- nama_berkas, judul_kolom, peta_impor), its header row, and read = loaded + rejected
-- (duplicates count as loaded, then merged). A file no source recognised has a row too, with
-- status tidak_dikenali and what to do in `note`.
select
    source,
    file,
    sheet,
    format,
    encoding,
    status,
    matched_by,
    import_index,
    header_row,
    rows_read::integer as rows_read,
    rows_loaded::integer as rows_loaded,
    rows_rejected::integer as rows_rejected,
    rows_duplicate::integer as rows_duplicate,
    defaulted_columns,
    note,
    rows_read = rows_loaded + rows_rejected as reconciled
from raw.load_report
