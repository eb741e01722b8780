-- How many people stand on each rung of their employee type's ladder at the end of each month,
-- per OPD and employee type (int_discipline_rungs: PNS the PP 94/2021 ladder; PPPK by default
-- the open PP 49/2018 row, sanction none): the year's trend at a glance. The state at month end
-- is the running count of the year so far. On a ladder that names no sanction (has_sanctions
-- false) the days are evidence: employees_with_days and days_total say how much.
with month_end as (
    select
        nip,
        date_trunc('month', date)::date as month,
        arg_max(employee_type, date) as employee_type,
        arg_max(has_sanctions, date) as has_sanctions,
        arg_max(level, date) as level,
        arg_max(sanction, date) as sanction,
        arg_max(sanction_label, date) as sanction_label,
        max(cumulative_days_total) as days_total
    from intermediate.int_discipline_rungs
    group by all
)

select
    employees.opd_code,
    month_end.month,
    month_end.employee_type,
    month_end.has_sanctions,
    month_end.level::varchar as level,
    month_end.sanction::varchar as sanction,
    month_end.sanction_label::varchar as sanction_label,
    count(*)::integer as employees,
    count(*) filter (where month_end.days_total > 0)::integer as employees_with_days,
    sum(month_end.days_total)::integer as days_total
from month_end
inner join marts.employees as employees using (nip)
group by all
