-- Which OPD are getting better or worse: tanpa keterangan and late days per 100 employee-days in
-- the last quarter of the data against the quarter before it. Rates, so that a big and a small
-- OPD compare fairly; a quarter only partly covered by the data still gives a fair rate. A change
-- within the tolerance of rules.figures (tk_late_per_100) is setara, not better or worse.
with quarters as (
    select
        opd_code,
        any_value(opd_name) as opd_name,
        date_trunc('quarter', month)::date as quarter,
        sum(employee_days)::integer as employee_days,
        sum(tk_days + late_days)::integer as tk_late_days
    from marts.unit_summary
    -- only months whose attendance is final (docs/aturan.md#kelengkapan)
    semi join marts.data_final_months as final on final.source = 'presensi' and final.month = unit_summary.month
    group by all
),

rates as (
    select *, (per_100(tk_late_days, employee_days))::double as rate
    from quarters
),

latest as (
    select max(quarter) as quarter from rates
),

current_quarter as (
    select rates.* from rates inner join latest using (quarter)
),

previous_quarter as (
    select rates.* from rates inner join latest on rates.quarter = (latest.quarter - interval 3 month)::date
)

select
    current_quarter.opd_code,
    current_quarter.opd_name,
    -- the quarter before (null when the OPD has no data then)
    previous_quarter.quarter as previous_quarter,
    previous_quarter.employee_days as previous_employee_days,
    previous_quarter.tk_late_days as previous_tk_late_days,
    previous_quarter.rate as previous_rate,
    -- the last quarter in the data
    current_quarter.quarter as current_quarter,
    current_quarter.employee_days as current_employee_days,
    current_quarter.tk_late_days as current_tk_late_days,
    current_quarter.rate as current_rate,
    -- negative: fewer TK and late days per 100 employee-days than the quarter before (better)
    current_quarter.rate - previous_quarter.rate as change,
    -- membaik / setara / memburuk beyond the figure's tolerance (rules.figures: tk_late_per_100)
    figure_verdict(current_quarter.rate, previous_quarter.rate, catalogue.better, catalogue.tolerance) as verdict
from current_quarter
left join previous_quarter using (opd_code)
left join rules.figures as catalogue on catalogue.figure = 'tk_late_per_100'
