-- The discipline ladder in each periodic report: per period, employee type and rung level (the
-- levels of that type's ladder in config.discipline_ladder; PNS: PP 94/2021), how many stand on
-- the level at the period's last month end (at_end), on it or a heavier one (at_least_end), and
-- how many reached it or a heavier one during the period (reached): their first day on it in the
-- year (int_discipline_rungs; the count restarts every calendar year, Pasal 15 ayat (1)) falls
-- inside the period, also for someone who left before its end. The previous_* columns are the same
-- over the period before; a window before the data counts nobody.
with windows as (
    select * from marts.report_period_windows
),

levels as (
    select distinct employee_type, level::varchar as level, discipline_level_rank(level) as level_rank
    from config.discipline_ladder
    where level <> 'none'
),

-- the first day of each year on each level or a heavier one (levels only rise within a year)
first_reached as (
    select rungs.nip, rungs.year, rungs.employee_type, levels.level, min(rungs.date) as reached_on
    from intermediate.int_discipline_rungs as rungs
    inner join levels
        on levels.employee_type = rungs.employee_type
        and discipline_level_rank(rungs.level) >= levels.level_rank
    group by all
),

month_end as (
    select windows.period, windows.which, rungs.employee_type, discipline_level_rank(rungs.level) as level_rank,
        sum(rungs.employees)::integer as employees
    from windows
    inner join marts.discipline_rungs_monthly as rungs on rungs.month = date_trunc('month', windows.end_date)
    group by all
),

counted as (
    select
        windows.period,
        windows.which,
        levels.employee_type,
        levels.level,
        levels.level_rank,
        (select coalesce(sum(employees), 0) from month_end
            where month_end.period = windows.period and month_end.which = windows.which
            and month_end.employee_type = levels.employee_type and month_end.level_rank = levels.level_rank)::integer as at_end,
        (select coalesce(sum(employees), 0) from month_end
            where month_end.period = windows.period and month_end.which = windows.which
            and month_end.employee_type = levels.employee_type and month_end.level_rank >= levels.level_rank)::integer as at_least_end,
        (select count(*) from first_reached
            where first_reached.employee_type = levels.employee_type and first_reached.level = levels.level
            and first_reached.reached_on between windows.start_date and windows.end_date)::integer as reached
    from windows
    cross join levels
)

select
    current.period,
    current.employee_type,
    current.level,
    current.level_rank,
    current.at_end,
    current.at_least_end,
    current.reached,
    previous.at_end as previous_at_end,
    previous.at_least_end as previous_at_least_end,
    previous.reached as previous_reached
from counted as current
inner join counted as previous
    on previous.period = current.period and previous.employee_type = current.employee_type
    and previous.level = current.level and previous.which = 'previous'
where current.which = 'current'
