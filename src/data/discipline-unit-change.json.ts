// Per OPD: TK + late days per 100 employee-days, last quarter against the one before. Public
// build: an OPD of fewer than min_group_size employees in those two quarters shows no figure.
import { printQuery } from "./lib/query.ts";
import { suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const small = (value: string) => suppressSmall("headcount", value, k);

await printQuery(`
  with sizes as (
    select change.opd_code, min(units.headcount) as headcount
    from marts.page_unit_discipline_change as change
    left join marts.unit_summary as units
      on units.opd_code = change.opd_code and units.month >= change.previous_quarter
    group by change.opd_code
  )
  select
    opd_code,
    opd_name,
    strftime(previous_quarter, '%Y-%m-%d') as previous_quarter,
    strftime(current_quarter, '%Y-%m-%d') as current_quarter,
    ${small("previous_employee_days")} as previous_employee_days,
    ${small("previous_tk_late_days")} as previous_tk_late_days,
    ${small("previous_rate")} as previous_rate,
    ${small("current_employee_days")} as current_employee_days,
    ${small("current_tk_late_days")} as current_tk_late_days,
    ${small("current_rate")} as current_rate,
    ${small("change")} as change,
    ${small("verdict")} as verdict,
    (select tolerance from rules.figures where figure = 'tk_late_per_100') as tolerance
  from marts.page_unit_discipline_change
  left join sizes using (opd_code)
  order by change
`);
