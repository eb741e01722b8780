-- How many people stand on each rung of the PP 94/2021 ladder at the end of each month, per OPD:
-- the year's trend at a glance. The state at month end is the running count of the year so far.
with month_end as (
    select
        nip,
        date_trunc('month', date)::date as month,
        arg_max(cumulative_days_total, date) as days_total,
        arg_max(longest_run_so_far, date) as longest_run
    from intermediate.int_discipline_days
    group by all
),

placed as (
    select
        month_end.*,
        case when month_end.longest_run >= consecutive.min_consecutive_days then consecutive.level else ladder.level end
            as level,
        case when month_end.longest_run >= consecutive.min_consecutive_days then consecutive.sanction else ladder.sanction end
            as sanction
    from month_end
    inner join rules.pp94_2021_ladder as ladder
        on month_end.days_total >= ladder.min_days
        and (ladder.max_days is null or month_end.days_total <= ladder.max_days)
    cross join rules.pp94_2021_consecutive as consecutive
)

select
    employees.opd_code,
    placed.month,
    placed.level,
    placed.sanction,
    count(*)::integer as employees
from placed
inner join marts.employees as employees using (nip)
group by all
