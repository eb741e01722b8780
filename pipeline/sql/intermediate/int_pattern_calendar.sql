-- One row per work pattern and calendar day of the period (docs/aturan.md#jam-kerja, #pola-kerja): the schedule of that
-- pattern's week (its Ramadan week inside Ramadan's dates), and whether the day is a working day.
-- `bawaan` is the instansi's default week; config.schedule.patterns adds the others.
with days as (
    select unnest(generate_series(start_date, end_date, interval 1 day))::date as date
    from intermediate.int_period
    where start_date is not null and end_date is not null
),

patterns as (
    select distinct pattern from config.schedule
    union
    select 'bawaan'
),

scheduled as (
    select
        patterns.pattern,
        days.date,
        isodow(days.date) as isodow,
        schedule.kind as schedule_kind,
        schedule.start_time,
        schedule.end_time,
        schedule.break_minutes
    from patterns
    cross join days
    left join config.schedule as schedule
        on schedule.pattern = patterns.pattern
        and schedule.isodow = isodow(days.date)
        and (schedule.kind = 'reguler' or days.date between schedule.valid_from and schedule.valid_to)
    qualify row_number() over (partition by patterns.pattern, days.date order by schedule.kind = 'ramadan' desc) = 1
)

select
    scheduled.pattern,
    scheduled.date,
    scheduled.isodow,
    scheduled.schedule_kind,
    scheduled.start_time,
    scheduled.end_time,
    scheduled.break_minutes,
    holidays.description as holiday_name,
    holidays.holiday_type,
    scheduled.start_time is not null and holidays.date is null as is_working_day
from scheduled
left join staging.stg_holidays as holidays using (date)
