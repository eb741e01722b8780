-- Each employee's own working days within TMT (docs/aturan.md#jam-kerja, #pola-kerja), with the times that apply:
-- a roster day (jadwal) replaces the work pattern's day: a rostered shift is a working day even on
-- a weekend or holiday, a rostered day off (`LIBUR`) is none even on a weekday. A night shift ends
-- the next day; its times are timestamps so that it is measured across midnight. A roster code that
-- shift*.csv does not define leaves the pattern's day in place.
with employees as (
    select employees.nip, employees.start_date, employees.end_date, patterns.pattern
    from staging.stg_employees as employees
    inner join intermediate.int_employee_patterns as patterns using (nip)
),

pattern_days as (
    select employees.nip, calendar.*
    from employees
    inner join intermediate.int_pattern_calendar as calendar
        on calendar.pattern = employees.pattern
        and calendar.date >= coalesce(employees.start_date, calendar.date)
        and (employees.end_date is null or calendar.date < employees.end_date)
),

rostered as (
    select rosters.nip, rosters.date, rosters.shift_code, rosters.is_day_off,
        shifts.start_time, shifts.end_time, shifts.break_minutes, shifts.ends_next_day
    from staging.stg_rosters as rosters
    left join staging.stg_shifts as shifts using (shift_code)
    where rosters.is_day_off or shifts.shift_code is not null
),

days as (
    select
        pattern_days.nip,
        pattern_days.date,
        pattern_days.pattern,
        rostered.shift_code,
        case when rostered.nip is null then pattern_days.schedule_kind else 'shift' end as schedule_kind,
        coalesce(rostered.start_time, pattern_days.start_time) as start_time,
        coalesce(rostered.end_time, pattern_days.end_time) as end_time,
        coalesce(rostered.break_minutes, pattern_days.break_minutes) as break_minutes,
        coalesce(rostered.ends_next_day, false) as ends_next_day,
        pattern_days.holiday_name,
        case
            when rostered.is_day_off then false
            when rostered.nip is not null then true
            else pattern_days.is_working_day
        end as is_working_day
    from pattern_days
    left join rostered using (nip, date)
)

select
    nip,
    date,
    pattern,
    shift_code,
    schedule_kind,
    start_time,
    end_time,
    break_minutes,
    ends_next_day,
    date + start_time as start_at,
    date + end_time + case when ends_next_day then interval 1 day else interval 0 day end as end_at,
    holiday_name
from days
where is_working_day
