// Discipline events per OPD and month, per 100 employee-days (big and small OPD compare fairly).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    opd_code,
    opd_name,
    strftime(month, '%Y-%m-%d') as month,
    employee_days::integer as employee_days,
    tk_days::integer as tk_days,
    late_days::integer as late_days,
    early_days::integer as early_days,
    outside_geofence_days::integer as outside_geofence_days,
    (100.0 * tk_days / nullif(employee_days, 0))::double as tk_per_100,
    (100.0 * late_days / nullif(employee_days, 0))::double as late_per_100,
    (100.0 * early_days / nullif(employee_days, 0))::double as early_per_100,
    (100.0 * outside_geofence_days / nullif(employee_days, 0))::double as outside_geofence_per_100
  from marts.unit_summary
  order by opd_code, month
`);
