-- One row per OPD and month: headcount, attendance and its parts, discipline, and performance
-- (productivity, TPP deductions, the quarter's SKP predikat), for leadership pages.
with days as (
    select *, date_trunc('month', date)::date as month
    from marts.daily_attendance
),

working_days as (
    select date_trunc('month', date)::date as month, count(*)::integer as working_days
    from intermediate.int_calendar
    where is_working_day
    group by all
),

opd as (
    select opd_code, opd_name from marts.opds
),

placed as (
    select nip, opd_code from marts.employees
),

productivity as (
    select
        placed.opd_code,
        productivity.month,
        (rate_pct(sum(productivity.counted_minutes), sum(productivity.expected_minutes)))::double
            as productivity_pct,
        sum(productivity.present_no_activity_days)::integer as present_no_activity_days,
        -- the month's approvals still open (marts.productivity_months): productivity_pct is provisional
        bool_or(productivity.approvals_open) as productivity_approvals_open
    from marts.productivity_monthly as productivity
    inner join placed using (nip)
    group by all
),

tpp as (
    select opd_code, month, exact_mean(total_pct) as mean_tpp_deduction_pct
    from marts.tpp_deductions
    group by all
),

-- the SKP predikat of the quarter a month falls in (triwulan periods only)
predikat as (
    select
        placed.opd_code,
        performance.period_start,
        performance.period_end,
        count(*)::integer as skp_rated,
        (count(*) filter (where performance.is_good) / count(*))::double
            as skp_good_share
    from marts.performance as performance
    inner join placed using (nip)
    where performance.period_kind = 'triwulan'
    group by all
),

ladder as (
    select opd_code, month, sum(employees)::integer as employees_on_ladder
    from marts.discipline_rungs_monthly
    where level <> 'none'
    group by all
),

per_opd_month as (
    select
        opd_code,
        month,
        count(distinct nip)::integer as headcount,
        count(*)::integer as employee_days,
        count(*) filter (where status = 'hadir')::integer as present_days,
        count(*) filter (where status in ('izin', 'sakit', 'cuti', 'dinas_luar', 'tugas_belajar'))::integer
            as absent_excused_days,
        count(*) filter (where status = 'tanpa_keterangan')::integer as tk_days,
        count(*) filter (where late_minutes > 0)::integer as late_days,
        sum(late_minutes)::integer as late_minutes,
        count(*) filter (where early_minutes > 0)::integer as early_days,
        sum(early_minutes)::integer as early_minutes,
        count(*) filter (where missing_check_in or missing_check_out)::integer as missing_punch_days,
        count(*) filter (where outside_geofence)::integer as outside_geofence_days
    from days
    group by all
)

select
    per_opd_month.opd_code,
    opd.opd_name,
    per_opd_month.month,
    per_opd_month.headcount,
    working_days.working_days,
    per_opd_month.* exclude (opd_code, month, headcount),
    (present_days / employee_days)::double as attendance_rate,
    (tk_days / employee_days)::double as tk_rate,
    -- discipline events per 100 employee-days, so that a large and a small OPD compare fairly
    per_100(tk_days, employee_days)::double as tk_per_100,
    per_100(late_days, employee_days)::double as late_per_100,
    per_100(early_days, employee_days)::double as early_per_100,
    per_100(outside_geofence_days, employee_days)::double as outside_geofence_per_100,
    -- discipline: people on a PP 94/2021 rung at month end
    coalesce(ladder.employees_on_ladder, 0) as employees_on_ladder,
    -- performance
    productivity.productivity_pct,
    productivity.productivity_approvals_open,
    productivity.present_no_activity_days,
    tpp.mean_tpp_deduction_pct,
    predikat.skp_rated,
    predikat.skp_good_share
from per_opd_month
left join opd using (opd_code)
left join working_days using (month)
left join ladder using (opd_code, month)
left join productivity using (opd_code, month)
left join tpp using (opd_code, month)
left join predikat
    on predikat.opd_code = per_opd_month.opd_code
    and per_opd_month.month between predikat.period_start and predikat.period_end
