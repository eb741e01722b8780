-- One row per active employee and working day with exactly one status (rules.md §2):
-- an approved absence overrides machine logs; any record makes the day `hadir`; no record
-- at all is `tanpa_keterangan`.
with working_days as (
    select * from intermediate.int_calendar where is_working_day
),

employee_days as (
    select
        employees.nip,
        employees.unit_code,
        employees.opd_code,
        working_days.date,
        working_days.start_time,
        working_days.end_time
    from marts.employees as employees
    inner join working_days
        on working_days.date >= coalesce(employees.start_date, working_days.date)
        and (employees.end_date is null or working_days.date < employees.end_date)
),

joined as (
    select
        employee_days.*,
        absences.absence_type,
        absences.letter_number,
        days.check_in,
        days.check_out,
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
    left join staging.stg_attendance_mobile as mobile using (nip, date)
    left join intermediate.int_units as units using (unit_code)
),

with_status as (
    select
        *,
        case
            when absence_type is not null then absence_type
            when check_in is not null or check_out is not null then 'hadir'
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
    -- times (local wall clock)
    start_time as scheduled_start,
    end_time as scheduled_end,
    check_in,
    check_out,
    -- lateness counts from the scheduled start once it exceeds the grace period
    case
        when status = 'hadir' and minutes_between(start_time, check_in) > settings.grace_minutes
            then minutes_between(start_time, check_in)
        else 0
    end as late_minutes,
    case
        when status = 'hadir' and check_out < end_time then minutes_between(check_out, end_time)
        else 0
    end as early_minutes,
    -- flags
    status = 'hadir' and check_in is null as missing_check_in,
    status = 'hadir' and check_out is null as missing_check_out,
    coalesce(stray_punches, 0) as stray_punches,
    coalesce(
        status = 'hadir' and distance_m(check_in_lat, check_in_lon, unit_lat, unit_lon) > radius_m,
        false
    ) as outside_geofence,
    -- GPS quality of the mobile check-in (rules.md §13): evidence beside the geofence flag, never
    -- a TK; null when the export carries no GPS data for the day
    case when status = 'hadir' then reported_mock_location end as mock_location,
    case when status = 'hadir' then gps_accuracy_m > settings.max_gps_accuracy_m end as low_gps_accuracy,
    letter_number as absence_letter
from with_status
cross join config.settings as settings
