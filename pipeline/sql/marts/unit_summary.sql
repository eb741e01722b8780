-- One row per OPD and month: headcount, attendance and its parts, for leadership pages.
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
    select distinct opd_code, opd_name from marts.employees
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
    (tk_days / employee_days)::double as tk_rate
from per_opd_month
left join opd using (opd_code)
left join working_days using (month)
