// TPP deduction per OPD and month: the mean share lost by the OPD's employees (of the discipline
// part, of the kinerja part once the pipeline prices it, and of the whole TPP), and how many had a
// discipline deduction.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    deductions.opd_code,
    opds.opd_name,
    strftime(deductions.month, '%Y-%m-%d') as month,
    count(*)::integer as employees,
    (count(*) filter (where deductions.events > 0))::integer as employees_deducted,
    sum(deductions.events)::integer as events,
    avg(deductions.discipline_pct)::double as mean_discipline_pct,
    avg(deductions.performance_pct)::double as mean_performance_pct, -- null while the kinerja part is not priced
    avg(deductions.total_pct)::double as mean_total_pct,
    max(deductions.discipline_pct)::double as max_discipline_pct
  from marts.tpp_deductions as deductions
  left join (select distinct opd_code, opd_name from marts.employees) as opds using (opd_code)
  group by all
  order by deductions.opd_code, month
`);
