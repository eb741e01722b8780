// Attendance per OPD and month, as the unit_summary mart has it.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    opd_code,
    opd_name,
    strftime(month, '%Y-%m-%d') as month,
    headcount::integer as headcount,
    employee_days::integer as employee_days,
    present_days::integer as present_days,
    tk_days::integer as tk_days,
    attendance_rate::double as attendance_rate
  from marts.unit_summary
  order by opd_code, month
`);
