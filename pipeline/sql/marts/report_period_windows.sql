-- The two date windows each periodic report compares (marts.report_periods): the period itself up
-- to its last attendance date (current), and the whole period before it (previous). SKP ratings
-- are matched on the whole period (skp_end), attendance and everything monthly on start..end.
-- approvals_open: a month of the window whose e-Kinerja approvals are still open
-- (marts.productivity_months), so that its productivity is provisional.
with periods as (
    select * from marts.report_periods
),

windows as (
    select period, 'current' as which, period_start as start_date, data_end as end_date, period_end as skp_end, skp_period_kind
    from periods
    union all
    select period, 'previous', previous_start, previous_end, previous_end, skp_period_kind
    from periods
)

select
    windows.*,
    coalesce(bool_or(months.approvals_open), false) as approvals_open
from windows
left join marts.productivity_months as months
    on months.month between date_trunc('month', windows.start_date) and windows.end_date
group by all
