-- Every attendance event from both channels, one row each: the mobile check-in and check-out
-- (labelled by the app) and each fingerprint punch (labelled later by its time window).
with mobile_in as (
    select nip, date, check_in as event_time, 'masuk' as kind, check_in_lat as lat, check_in_lon as lon
    from staging.stg_attendance_mobile
    where check_in is not null
),

mobile_out as (
    select nip, date, check_out as event_time, 'pulang' as kind, check_out_lat as lat, check_out_lon as lon
    from staging.stg_attendance_mobile
    where check_out is not null
),

machine as (
    select nip, date, punch_time as event_time, 'mesin' as kind, null::double as lat, null::double as lon
    from staging.stg_attendance_punches
)

select * from mobile_in
union all
select * from mobile_out
union all
select * from machine
