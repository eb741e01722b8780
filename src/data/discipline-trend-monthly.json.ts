// Whole-organisation discipline events per month (unit_summary summed over OPDs), as counts and
// per 100 employee-days so that months with more working days do not look worse.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    strftime(month, '%Y-%m-%d') as month,
    sum(employee_days)::integer as employee_days,
    sum(tk_days)::integer as tk_days,
    sum(late_days)::integer as late_days,
    sum(early_days)::integer as early_days,
    sum(outside_geofence_days)::integer as outside_geofence_days,
    (100.0 * sum(tk_days) / nullif(sum(employee_days), 0))::double as tk_per_100,
    (100.0 * sum(late_days) / nullif(sum(employee_days), 0))::double as late_per_100,
    (100.0 * sum(early_days) / nullif(sum(employee_days), 0))::double as early_per_100,
    (100.0 * sum(outside_geofence_days) / nullif(sum(employee_days), 0))::double as outside_geofence_per_100
  from marts.unit_summary
  group by month
  order by month
`);
