-- Per OPD and month, the attendance evidence BKPSDM follows up beside the discipline ladder
-- (docs/aturan.md#pola-kerja): attendance corrections by outcome, roll calls missed, GPS warnings, and the
-- working days that followed a roster. Counts of events, with the people they concern.
with months as (
    select distinct opd_code, date_trunc('month', date)::date as month from marts.daily_attendance
),

corrections as (
    select
        opd_code,
        date_trunc('month', date)::date as month,
        count(*) filter (where applied)::integer as corrections_applied,
        count(*) filter (where status = 'disetujui' and not applied)::integer as corrections_unused,
        count(*) filter (where status = 'ditolak')::integer as corrections_rejected,
        count(*) filter (where status = 'menunggu')::integer as corrections_pending
    from marts.attendance_corrections
    where opd_code is not null
    group by all
),

apel as (
    select
        opd_code,
        month,
        sum(apel_expected)::integer as apel_expected,
        sum(apel_missed)::integer as apel_missed,
        count(*) filter (where apel_missed > 0)::integer as employees_missing_apel
    from marts.apel_monthly
    group by all
),

gps as (
    select
        opd_code,
        date_trunc('month', date)::date as month,
        count(*) filter (where mock_location)::integer as mock_location_days,
        count(*) filter (where low_gps_accuracy)::integer as low_gps_accuracy_days,
        count(*) filter (where outside_geofence)::integer as outside_geofence_days,
        count(*) filter (where (mock_location or low_gps_accuracy) and no_activity)::integer as gps_flag_no_activity_days
    from marts.gps_flag_days
    group by all
),

rostered as (
    select
        opd_code,
        date_trunc('month', date)::date as month,
        count(*) filter (where shift_code is not null)::integer as rostered_days,
        count(distinct nip) filter (where shift_code is not null)::integer as rostered_employees
    from marts.daily_attendance
    group by all
)

-- a month without an event of a kind counts 0 of it
select
    opd_code,
    month,
    coalesce(columns(* exclude (opd_code, month)), 0)
from months
left join corrections using (opd_code, month)
left join apel using (opd_code, month)
left join gps using (opd_code, month)
left join rostered using (opd_code, month)
