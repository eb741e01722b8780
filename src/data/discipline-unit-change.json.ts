// Per OPD: TK + late days per 100 employee-days, last quarter against the one before.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    opd_code,
    opd_name,
    strftime(previous_quarter, '%Y-%m-%d') as previous_quarter,
    strftime(current_quarter, '%Y-%m-%d') as current_quarter,
    previous_employee_days,
    previous_tk_late_days,
    previous_rate,
    current_employee_days,
    current_tk_late_days,
    current_rate,
    change
  from marts.page_unit_discipline_change
  order by change
`);
