-- One row per active employee and working day with exactly one status (docs/aturan.md#kehadiran, #pola-kerja): the
-- person's own working days (work pattern or roster), an approved absence overrides machine logs,
-- an approved correction sets the day's times (or makes it present), any record makes the day
-- `hadir`, no record at all is `tanpa_keterangan`. Lateness and early leave are measured on the
-- person's own schedule, across midnight for a night shift.
with employee_days as (
    select
        employees.nip,
        employees.unit_code,
        employees.opd_code,
        schedule.date,
        schedule.shift_code,
        schedule.start_time,
        schedule.end_time,
        schedule.start_at,
        schedule.end_at,
        schedule.break_minutes
    from intermediate.int_employees as employees
    inner join intermediate.int_schedule_days as schedule using (nip)
),

joined as (
    select
        employee_days.*,
        absences.absence_type,
        absences.letter_number,
        coalesce(corrections.check_in_replace_at, days.check_in_at, corrections.check_in_fill_at) as check_in_at,
        coalesce(corrections.check_out_replace_at, days.check_out_at, corrections.check_out_fill_at) as check_out_at,
        corrections.correction_letter,
        days.check_in_lat,
        days.check_in_lon,
        days.stray_punches,
        mobile.mock_location as reported_mock_location,
        mobile.gps_accuracy_m,
        units.lat as unit_lat,
        units.lon as unit_lon,
        units.radius_m
    from employee_days
    left join intermediate.int_absence_days as absences using (nip, date)
    left join intermediate.int_attendance_days as days using (nip, date)
    left join intermediate.int_correction_days as corrections using (nip, date)
    left join staging.stg_attendance_mobile as mobile using (nip, date)
    left join intermediate.int_units as units using (unit_code)
),

with_status as (
    select
        *,
        case
            when absence_type is not null then absence_type
            when check_in_at is not null or check_out_at is not null then 'hadir'
            else 'tanpa_keterangan'
        end as status
    from joined
)

select
    nip,
    date,
    opd_code,
    unit_code,
    status,
    -- the schedule of the day: the roster's shift (null on a work-pattern day), times as local wall clock
    shift_code,
    start_time as scheduled_start,
    end_time as scheduled_end,
    (minutes_between(start_at, end_at) - break_minutes)::integer as scheduled_minutes,
    check_in_at::time as check_in,
    check_out_at::time as check_out,
    -- lateness counts from the scheduled start once it exceeds the grace period
    case
        when status = 'hadir' and minutes_between(start_at, check_in_at) > settings.grace_minutes
            then minutes_between(start_at, check_in_at)
        else 0
    end as late_minutes,
    case
        when status = 'hadir' and check_out_at < end_at then minutes_between(check_out_at, end_at)
        else 0
    end as early_minutes,
    -- flags
    status = 'hadir' and check_in_at is null as missing_check_in,
    status = 'hadir' and check_out_at is null as missing_check_out,
    coalesce(stray_punches, 0) as stray_punches,
    coalesce(
        status = 'hadir' and distance_m(check_in_lat, check_in_lon, unit_lat, unit_lon) > radius_m,
        false
    ) as outside_geofence,
    -- GPS quality of the mobile check-in (docs/aturan.md#pola-kerja): evidence beside the geofence flag, never
    -- a TK; null when the export carries no GPS data for the day
    case when status = 'hadir' then reported_mock_location end as mock_location,
    case when status = 'hadir' then gps_accuracy_m > settings.max_gps_accuracy_m end as low_gps_accuracy,
    letter_number as absence_letter,
    -- the approved correction(s) that set the day's times: evidence kept on the day
    case when status = 'hadir' then correction_letter end as correction_letter
from with_status
cross join config.settings as settings
