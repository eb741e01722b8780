// Discipline events per OPD and month, per 100 employee-days (big and small OPD compare fairly).
// Public build: an OPD-month of fewer than min_group_size employees shows no figure.
import { printQuery } from "./lib/query.ts";
import { suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const small = (value: string) => suppressSmall("headcount", value, k);

await printQuery(`
  select
    opd_code,
    opd_name,
    strftime(month, '%Y-%m-%d') as month,
    ${small("employee_days::integer")} as employee_days,
    ${small("tk_days::integer")} as tk_days,
    ${small("late_days::integer")} as late_days,
    ${small("early_days::integer")} as early_days,
    ${small("outside_geofence_days::integer")} as outside_geofence_days,
    ${small("(100.0 * tk_days / nullif(employee_days, 0))::double")} as tk_per_100,
    ${small("(100.0 * late_days / nullif(employee_days, 0))::double")} as late_per_100,
    ${small("(100.0 * early_days / nullif(employee_days, 0))::double")} as early_per_100,
    ${small("(100.0 * outside_geofence_days / nullif(employee_days, 0))::double")} as outside_geofence_per_100
  from marts.unit_summary
  order by opd_code, month
`);
