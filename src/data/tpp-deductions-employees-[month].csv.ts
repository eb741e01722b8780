// Per employee (internal: names), the TPP deduction of one calendar month (`--month=07`; every
// year in the data), only where something was deducted. One file a month keeps each download small.
import { monthParam } from "./lib/params.ts";
import { printCsv } from "./lib/query.ts";

await printCsv(`
  select
    deductions.nip,
    employees.name,
    deductions.opd_code,
    strftime(deductions.month, '%Y-%m-%d') as month,
    deductions.working_days::integer as working_days,
    deductions.events::integer as events,
    deductions.discipline_lines_pct::double as discipline_lines_pct,
    deductions.discipline_pct::double as discipline_pct,
    deductions.performance_pct::double as performance_pct, -- empty while the kinerja part is not priced
    deductions.total_pct::double as total_pct
  from marts.tpp_deductions as deductions
  left join marts.employees as employees using (nip)
  where month(deductions.month) = ${monthParam()} and deductions.total_pct > 0
  order by deductions.month, deductions.discipline_pct desc, employees.name
`);
