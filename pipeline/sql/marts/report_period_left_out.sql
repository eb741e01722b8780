-- The months of each report window (marts.report_period_windows) left out of the figures of a
-- source because their data is not final (marts.data_final_months, docs/aturan.md#kelengkapan): one row per
-- period, window and source that leaves any out, the months in words ("Desember 2025"). A figure
-- of that source (rules.figures.source) is computed without them and says so.
with windows as (
    select * from marts.report_period_windows
),

sources as (
    select * from (values ('presensi'), ('e_kinerja'), ('ikp'), ('semua')) as sources(source)
),

open_months as (
    select windows.period, windows.which, sources.source, months.month, months.month_label
    from windows
    inner join marts.data_months as months on months.month between date_trunc('month', windows.start_date) and windows.end_date
    cross join sources
    anti join marts.data_final_months as final on final.source = sources.source and final.month = months.month
)

select
    period,
    which,
    source,
    count(*)::integer as months,
    string_agg(month_label, ', ' order by month) as months_left_out
from open_months
group by all
