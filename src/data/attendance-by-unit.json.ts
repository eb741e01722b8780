// Attendance per OPD and month, as the unit_summary mart has it. Public build: an OPD-month of
// fewer than min_group_size employees shows no figure (src/data/lib/profile.ts).
import { printQuery } from "./lib/query.ts";
import { suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const small = (value: string) => suppressSmall("headcount", value, k);

await printQuery(`
  select
    opd_code,
    opd_name,
    strftime(month, '%Y-%m-%d') as month,
    ${small("headcount::integer")} as headcount,
    ${small("employee_days::integer")} as employee_days,
    ${small("present_days::integer")} as present_days,
    ${small("tk_days::integer")} as tk_days,
    ${small("attendance_rate::double")} as attendance_rate
  from marts.unit_summary
  order by opd_code, month
`);
