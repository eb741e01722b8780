-- Check-in and check-out per employee and working day (docs/aturan.md#kehadiran, #pola-kerja): the first punch in the
-- check-in window is the check-in, the last in the check-out window the check-out, each window
-- measured on the person's own schedule (pattern or rostered shift, across midnight for a night
-- shift). The check-in window opens at checkin_window_start on a pattern day, and
-- shift_checkin_window_minutes before a shift; the check-out window opens at the schedule's
-- midpoint. Other punches are kept and counted as stray, never dropped.
with events as (
    select
        events.*,
        coalesce(schedule.start_at + (schedule.end_at - schedule.start_at) / 2, events.work_date + time '12:00') as mid_at,
        case
            when schedule.shift_code is not null
                then schedule.start_at - to_minutes(settings.shift_checkin_window_minutes)
            else events.work_date + settings.checkin_window_start
        end as window_start_at
    from intermediate.int_attendance_events as events
    cross join config.settings as settings
    left join intermediate.int_schedule_days as schedule
        on schedule.nip = events.nip and schedule.date = events.work_date
),

classified as (
    select
        *,
        kind = 'masuk' or (kind = 'mesin' and event_at >= window_start_at and event_at < mid_at)
            as is_check_in_candidate,
        kind = 'pulang' or (kind = 'mesin' and event_at >= mid_at) as is_check_out_candidate
    from events
),

per_day as (
    select
        nip,
        work_date as date,
        min(event_at) filter (where is_check_in_candidate) as check_in_at,
        max(event_at) filter (where is_check_out_candidate) as check_out_at,
        arg_min(lat, event_at) filter (where is_check_in_candidate and lat is not null) as check_in_lat,
        arg_min(lon, event_at) filter (where is_check_in_candidate and lon is not null) as check_in_lon,
        count(*)::integer as events,
        bool_or(kind = 'mesin') as has_machine_punch,
        bool_or(kind <> 'mesin') as has_mobile_record
    from classified
    group by nip, work_date
)

select
    *,
    check_in_at::time as check_in,
    check_out_at::time as check_out,
    (events - (check_in_at is not null)::integer - (check_out_at is not null)::integer) as stray_punches
from per_day
