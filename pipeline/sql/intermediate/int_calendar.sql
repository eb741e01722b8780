-- One row per calendar day of the period, with the schedule that applies (Perpres 21/2023;
-- the Ramadan schedule inside its dates) and whether it is a working day.
with days as (
    select unnest(generate_series(start_date, end_date, interval 1 day))::date as date
    from intermediate.int_period
    where start_date is not null and end_date is not null
),

scheduled as (
    select
        days.date,
        isodow(days.date) as isodow,
        schedule.kind as schedule_kind,
        schedule.start_time,
        schedule.end_time,
        schedule.break_minutes
    from days
    left join config.schedule as schedule
        on schedule.isodow = isodow(days.date)
        and (schedule.kind = 'reguler' or days.date between schedule.valid_from and schedule.valid_to)
    qualify row_number() over (partition by days.date order by schedule.kind = 'ramadan' desc) = 1
)

select
    scheduled.date,
    scheduled.isodow,
    scheduled.schedule_kind,
    scheduled.start_time,
    scheduled.end_time,
    scheduled.break_minutes,
    -- punches before the midpoint of the working day are check-in candidates, after it check-out
    coalesce(
        scheduled.start_time
        + to_seconds((extract(epoch from scheduled.end_time) - extract(epoch from scheduled.start_time)) / 2),
        time '12:00'
    ) as midday,
    holidays.description as holiday_name,
    holidays.holiday_type,
    scheduled.start_time is not null and holidays.date is null as is_working_day
from scheduled
left join staging.stg_holidays as holidays using (date)
