-- The months whose data from a source is final (marts.data_months, docs/aturan.md#kelengkapan), one row
-- per source and month: presensi, e_kinerja, ikp, and semua (all three). A figure compared across periods or
-- ranked among OPDs reads only these months of its source (rules.figures.source), so that a month
-- still being filled in never shows as a fall.
select 'presensi' as source, month from marts.data_months where attendance_status = 'final'
union all
select 'e_kinerja', month from marts.data_months where e_kinerja_status = 'final'
union all
select 'ikp', month from marts.data_months where ikp_status = 'final'
union all
select 'semua', month from marts.data_months where is_final
