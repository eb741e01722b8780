-- The instansi's calendar: one row per day of the period on the default week (Perpres 21/2023;
-- the Ramadan schedule inside its dates) and whether it is a working day. A person's own days
-- (work pattern, roster) are in int_schedule_days.
select
    date,
    isodow,
    schedule_kind,
    start_time,
    end_time,
    break_minutes,
    holiday_name,
    holiday_type,
    is_working_day
from intermediate.int_pattern_calendar
where pattern = 'bawaan'
