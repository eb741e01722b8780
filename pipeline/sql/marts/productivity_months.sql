-- One row per month of logged activity: the instansi's minutes by approval status, and whether
-- the month's approvals are still open. e-Kinerja approvals trail the work: in the latest month a
-- large share is still menunggu, and its approved minutes fall short because the atasan has not
-- verified yet, not because anyone worked less. A month in which more than
-- config.productivity.open_approval_pct (regional choice, default 10) of the logged minutes is
-- menunggu has approvals_open: its productivity is provisional, it is no evidence of low output
-- (page_productivity_quadrants) and its TPP kinerja line says so (tpp_performance_lines).
-- Settled months keep a small residue of pending minutes that will never be verified; that
-- residue does not open a month.
with activity as (
    select * from intermediate.int_activity_days
),

monthly as (
    select
        date_trunc('month', date)::date as month,
        count(distinct nip)::integer as employees,
        sum(activity_minutes)::bigint as activity_minutes,
        sum(approved_minutes)::bigint as approved_minutes,
        sum(pending_minutes)::bigint as pending_minutes,
        sum(rejected_minutes)::bigint as rejected_minutes
    from activity
    group by all
)

select
    monthly.*,
    (rate_pct(monthly.pending_minutes, monthly.activity_minutes))::double as pending_pct,
    (rate_pct(monthly.rejected_minutes, monthly.activity_minutes))::double as rejected_pct,
    settings.open_approval_pct,
    coalesce(rate_pct(monthly.pending_minutes, monthly.activity_minutes) > settings.open_approval_pct, false)
        as approvals_open
from monthly
cross join config.productivity as settings
