-- One row: how far the data can be trusted, as every page and report states it in one line
-- (docs/aturan.md#kelengkapan). `final_through` is the last day of the last month that is final with
-- every month before it; the months after it and the latest year's SKP and 360 quarters that are
-- not complete are named with what is missing. `population_line` names the one population every
-- page counts: the employees active at the end of the attendance period (marts.employees.active).
with months as (
    select *, bool_and(is_final) over (order by month rows unbounded preceding) as final_so_far
    from marts.data_months
),

bounds as (
    select
        max(month) filter (where final_so_far) as last_final_month,
        max(month) as latest_month
    from months
),

open_months as (
    select string_agg(months.month_label || ': ' || months.note, '; ' order by months.month) as text, count(*) as n
    from months
    cross join bounds
    where not months.is_final and (bounds.last_final_month is null or months.month > bounds.last_final_month)
),

-- SKP and 360 quarters of the latest year that are not complete
open_periods as (
    select string_agg(completeness.note, '; ' order by completeness.source desc, completeness.period) as text
    from marts.data_completeness as completeness
    cross join bounds
    where completeness.period_kind = 'triwulan' and completeness.source in ('skp', 'penilaian360')
        and completeness.status <> 'final' and year(completeness.period_start) = year(bounds.latest_month)
),

population as (
    select
        (select count(*) from marts.employees where active)::integer as active_employees,
        (select end_date from intermediate.int_period) as population_as_of
)

select
    last_day(bounds.last_final_month) as final_through,
    bounds.latest_month,
    coalesce(open_months.n, 0)::integer as months_not_final,
    concat_ws('; ',
        case when bounds.last_final_month is null then 'Belum ada bulan dengan data lengkap'
            else 'Data lengkap s.d. ' || tanggal_id(last_day(bounds.last_final_month)) end,
        open_months.text,
        open_periods.text) as trust_line,
    population.active_employees,
    population.population_as_of,
    count_id(population.active_employees) || ' pegawai aktif'
        || coalesce(' per ' || tanggal_id(population.population_as_of), '') as population_line
from bounds
cross join open_months
cross join open_periods
cross join population
