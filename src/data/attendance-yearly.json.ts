// Whole-organisation attendance per calendar year (for the "tahun berjalan" cards).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    year(month)::integer as year,
    strftime(min(month), '%Y-%m-%d') as first_month,
    strftime(max(month), '%Y-%m-%d') as last_month,
    sum(employee_days)::integer as employee_days,
    sum(present_days)::integer as present_days,
    sum(absent_excused_days)::integer as absent_excused_days,
    sum(tk_days)::integer as tk_days,
    (sum(present_days) / nullif(sum(employee_days), 0))::double as attendance_rate
  from marts.unit_summary
  group by year(month)
  order by year
`);
