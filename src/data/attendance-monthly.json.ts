// Whole-organisation attendance per month: the unit_summary mart summed over OPDs.
// The rate is re-derived from the summed day counts (never an average of unit rates).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    strftime(month, '%Y-%m-%d') as month,
    sum(employee_days)::integer as employee_days,
    sum(present_days)::integer as present_days,
    sum(tk_days)::integer as tk_days,
    (sum(present_days) / nullif(sum(employee_days), 0))::double as attendance_rate
  from marts.unit_summary
  group by month
  order by month
`);
