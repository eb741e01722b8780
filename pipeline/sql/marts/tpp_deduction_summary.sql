-- TPP deduction per month and OPD, and the kabupaten as its own row (opd_code null)
-- (docs/aturan.md#tpp): the mean share lost per employee (of the discipline part, the kinerja part
-- and the whole TPP, counting those not cut), how many had a discipline deduction and how many
-- lines priced it. The Potongan TPP page's cards and heatmap in both builds.
with deductions as (
    select * from marts.tpp_deductions
)

select
    month,
    opd_code,
    count(*)::integer as employees,
    (count(*) filter (where events > 0))::integer as employees_deducted,
    sum(events)::integer as events,
    exact_mean(discipline_pct) as mean_discipline_pct,
    exact_mean(performance_pct) as mean_performance_pct,
    exact_mean(total_pct) as mean_total_pct,
    max(discipline_pct)::double as max_discipline_pct
from deductions
group by grouping sets ((month, opd_code), (month))
