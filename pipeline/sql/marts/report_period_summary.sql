-- The headline figures of each periodic report, kabupaten-wide: one row per period and figure,
-- with the same figure over the period before it. `n` is how many people the figure is about (the
-- public build hides the figure when that is 1 to min_group_size - 1); null for a figure about no
-- group of people (days, months, instructions due). Sums and shares of the marts' own rules:
-- attendance and TK (unit_summary), TPP (tpp_deductions), productivity (productivity_monthly), the
-- good predikat share of the SKP ratings inside the period (performance.is_good), IKP kept of the
-- instructions due (ikp_results.is_due/is_kept), and PPPK evidence at the period's last month end
-- (discipline_rungs_monthly; PP 49/2018 Pasal 52, no PNS sanction).
with windows as (
    select * from marts.report_period_windows
),

attendance as (
    select
        windows.period,
        windows.which,
        count(distinct units.month)::integer as months,
        max(units.month) as last_month,
        sum(units.employee_days)::integer as employee_days,
        sum(units.present_days)::integer as present_days,
        sum(units.tk_days)::integer as tk_days,
        sum(units.late_days)::integer as late_days,
        sum(units.late_minutes)::bigint::double as late_minutes,
        sum(units.early_minutes)::bigint::double as early_minutes
    from windows
    inner join marts.unit_summary as units on units.month between windows.start_date and windows.end_date
    inner join marts.data_final_months as final on final.source = 'presensi' and final.month = units.month
    group by all
),

-- the people counted at the window's last month
headcount as (
    select attendance.period, attendance.which, sum(units.headcount)::integer as headcount
    from attendance
    inner join marts.unit_summary as units on units.month = attendance.last_month
    group by all
),

tpp as (
    select
        windows.period,
        windows.which,
        count(distinct deductions.nip)::integer as employees,
        exact_mean(deductions.total_pct) as mean_total_pct,
        exact_mean(deductions.discipline_pct) as mean_discipline_pct,
        exact_mean(deductions.performance_pct) as mean_performance_pct,
        rate_pct(count(*) filter (where deductions.events > 0), count(*))::double as deducted_pct
    from windows
    inner join marts.tpp_deductions as deductions on deductions.month between windows.start_date and windows.end_date
    inner join marts.data_final_months as final on final.source = 'semua' and final.month = deductions.month
    group by all
),

productivity as (
    select
        windows.period,
        windows.which,
        count(distinct months.nip)::integer as employees,
        rate_pct(sum(months.counted_minutes), sum(months.expected_minutes))::double as productivity_pct
    from windows
    inner join marts.productivity_monthly as months on months.month between windows.start_date and windows.end_date
    inner join marts.data_final_months as final on final.source = 'e_kinerja' and final.month = months.month
    group by all
),

predikat as (
    select
        windows.period,
        windows.which,
        count(*)::integer as skp_rated,
        count(distinct performance.nip)::integer as employees,
        rate_pct(count(*) filter (where performance.is_good), count(*))::double as skp_good_pct
    from windows
    inner join marts.performance as performance
        on performance.period_kind = windows.skp_period_kind
        and performance.period_start >= windows.start_date and performance.period_end <= windows.skp_end
    group by all
),

ikp as (
    select
        windows.period,
        windows.which,
        (count(*) filter (where results.is_due))::integer as due,
        (count(distinct results.nip) filter (where results.is_due))::integer as employees,
        rate_pct(count(*) filter (where results.is_kept), count(*) filter (where results.is_due))::double as on_time_pct
    from windows
    inner join marts.ikp_results as results on results.month between windows.start_date and windows.end_date
    inner join marts.data_final_months as final on final.source = 'ikp' and final.month = results.month
    group by all
),

pppk as (
    select
        windows.period,
        windows.which,
        coalesce(sum(rungs.employees), 0)::integer as employees,
        coalesce(sum(rungs.employees_with_days), 0)::integer as employees_with_days,
        coalesce(sum(rungs.days_total), 0)::integer as days_total,
        coalesce(sum(rungs.employees) filter (where rungs.level <> 'none'), 0)::integer as on_rung
    from windows
    left join marts.discipline_rungs_monthly as rungs
        on rungs.month = date_trunc('month', windows.end_date) and rungs.employee_type = 'PPPK'
    group by all
),

figures as (
    select
        windows.period,
        windows.which,
        unnest([
            {figure: 'months', value: attendance.months, n: null},
            {figure: 'headcount', value: headcount.headcount, n: headcount.headcount},
            {figure: 'employee_days', value: attendance.employee_days, n: null},
            {figure: 'attendance_rate', value: attendance.present_days / nullif(attendance.employee_days, 0), n: headcount.headcount},
            {figure: 'tk_days', value: attendance.tk_days, n: headcount.headcount},
            {figure: 'tk_per_100', value: per_100(attendance.tk_days, attendance.employee_days), n: headcount.headcount},
            {figure: 'late_per_100', value: per_100(attendance.late_days, attendance.employee_days), n: headcount.headcount},
            {figure: 'late_minutes', value: attendance.late_minutes, n: headcount.headcount},
            {figure: 'early_minutes', value: attendance.early_minutes, n: headcount.headcount},
            {figure: 'tpp_mean_total_pct', value: tpp.mean_total_pct, n: tpp.employees},
            {figure: 'tpp_mean_discipline_pct', value: tpp.mean_discipline_pct, n: tpp.employees},
            {figure: 'tpp_mean_performance_pct', value: tpp.mean_performance_pct, n: tpp.employees},
            {figure: 'tpp_deducted_pct', value: tpp.deducted_pct, n: tpp.employees},
            {figure: 'productivity_pct', value: productivity.productivity_pct, n: productivity.employees},
            {figure: 'skp_rated', value: predikat.skp_rated, n: predikat.employees},
            {figure: 'skp_good_pct', value: predikat.skp_good_pct, n: predikat.employees},
            {figure: 'ikp_due', value: ikp.due, n: null},
            {figure: 'ikp_on_time_pct', value: ikp.on_time_pct, n: ikp.employees},
            -- PPPK: counts of people are about themselves; their days about those who have any
            {figure: 'pppk_employees', value: pppk.employees, n: pppk.employees},
            {figure: 'pppk_employees_with_days', value: pppk.employees_with_days, n: pppk.employees_with_days},
            {figure: 'pppk_days_total', value: pppk.days_total, n: pppk.employees_with_days},
            {figure: 'pppk_on_rung', value: pppk.on_rung, n: pppk.on_rung}
        ], recursive := true)
    from windows
    left join attendance using (period, which)
    left join headcount using (period, which)
    left join tpp using (period, which)
    left join productivity using (period, which)
    left join predikat using (period, which)
    left join ikp using (period, which)
    left join pppk using (period, which)
),

compared as (
    select
        current.period,
        current.figure,
        current.value::double as value,
        current.n::integer as n,
        previous.value::double as previous_value,
        previous.n::integer as previous_n,
        catalogue.better,
        catalogue.tolerance,
        left_out.months_left_out,
        previous_left_out.months_left_out as previous_months_left_out
    from figures as current
    inner join figures as previous
        on previous.period = current.period and previous.figure = current.figure and previous.which = 'previous'
    left join rules.figures as catalogue on catalogue.figure = current.figure
    left join marts.report_period_left_out as left_out
        on left_out.period = current.period and left_out.which = 'current' and left_out.source = catalogue.source
    left join marts.report_period_left_out as previous_left_out
        on previous_left_out.period = current.period and previous_left_out.which = 'previous' and previous_left_out.source = catalogue.source
    where current.which = 'current'
)

select
    period,
    figure,
    value,
    n,
    previous_value,
    previous_n,
    value - previous_value as change,
    better,
    -- against the period before: setara within the figure's tolerance (rules.figures.tolerance); no
    -- verdict for a figure with no better direction
    figure_verdict(value, previous_value, better, tolerance) as verdict,
    tolerance::double as tolerance,
    -- the months this figure leaves out because their data is not final (docs/aturan.md#kelengkapan)
    months_left_out,
    previous_months_left_out
from compared
