-- Every attendance event from both channels, one row each: the mobile check-in and check-out
-- (labelled by the app) and each fingerprint punch (labelled later by its time window), with the
-- working day it belongs to (docs/aturan.md#pola-kerja): a punch after midnight belongs to the night shift that
-- started the evening before, until the shift's end plus night_checkout_window_minutes (or the
-- midpoint to the person's own next shift, when that comes sooner). Punches are matched on rosters
-- only, not on the period, so a night shift on the period's last day keeps its morning check-out.
with shifts as (
    select rosters.nip, rosters.date, shifts.start_time, shifts.end_time, shifts.ends_next_day,
        rosters.date + shifts.start_time as start_at,
        rosters.date + shifts.end_time + case when shifts.ends_next_day then interval 1 day else interval 0 day end as end_at
    from staging.stg_rosters as rosters
    inner join staging.stg_shifts as shifts using (shift_code)
),

mobile_in as (
    select nip, date, date as work_date, check_in as event_time, date + check_in as event_at,
        'masuk' as kind, check_in_lat as lat, check_in_lon as lon
    from staging.stg_attendance_mobile
    where check_in is not null
),

-- the app writes a night shift's check-out on the shift's own row: a time before the shift's start
-- is the next morning
mobile_out as (
    select mobile.nip, mobile.date, mobile.date as work_date, mobile.check_out as event_time,
        shift_time_at(mobile.date, mobile.check_out, shifts.start_time, coalesce(shifts.ends_next_day, false)) as event_at,
        'pulang' as kind, mobile.check_out_lat as lat, mobile.check_out_lon as lon
    from staging.stg_attendance_mobile as mobile
    left join shifts using (nip, date)
    where mobile.check_out is not null
),

machine as (
    select
        punches.nip,
        punches.date,
        case
            when night.nip is not null
                and punches.punched_at <= least(
                    night.end_at + to_minutes(settings.night_checkout_window_minutes),
                    case when own.start_at > night.end_at then night.end_at + (own.start_at - night.end_at) / 2 end
                )
                then night.date
            else punches.date
        end as work_date,
        punches.punch_time as event_time,
        punches.punched_at as event_at,
        'mesin' as kind,
        null::double as lat,
        null::double as lon
    from staging.stg_attendance_punches as punches
    cross join config.settings as settings
    left join shifts as night
        on night.nip = punches.nip and night.date = punches.date - 1 and night.ends_next_day
    left join shifts as own
        on own.nip = punches.nip and own.date = punches.date
)

select * from mobile_in
union all
select * from mobile_out
union all
select * from machine
