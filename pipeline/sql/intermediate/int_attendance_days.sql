-- Check-in and check-out per employee and day (rules.md §2): the first punch in the check-in
-- window is the check-in, the last in the check-out window the check-out. Other punches are
-- kept and counted as stray, never dropped.
with events as (
    select
        events.*,
        calendar.midday,
        settings.checkin_window_start
    from intermediate.int_attendance_events as events
    inner join intermediate.int_calendar as calendar using (date)
    cross join config.settings as settings
),

classified as (
    select
        *,
        kind = 'masuk' or (kind = 'mesin' and event_time >= checkin_window_start and event_time < midday)
            as is_check_in_candidate,
        kind = 'pulang' or (kind = 'mesin' and event_time >= midday) as is_check_out_candidate
    from events
),

per_day as (
    select
        nip,
        date,
        min(event_time) filter (where is_check_in_candidate) as check_in,
        max(event_time) filter (where is_check_out_candidate) as check_out,
        arg_min(lat, event_time) filter (where is_check_in_candidate and lat is not null) as check_in_lat,
        arg_min(lon, event_time) filter (where is_check_in_candidate and lon is not null) as check_in_lon,
        count(*)::integer as events,
        bool_or(kind = 'mesin') as has_machine_punch,
        bool_or(kind <> 'mesin') as has_mobile_record
    from classified
    group by nip, date
)

select
    *,
    (events - (check_in is not null)::integer - (check_out is not null)::integer) as stray_punches
from per_day
