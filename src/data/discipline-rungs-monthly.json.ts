// People on each rung of the PP 94/2021 ladder at each month end, per OPD (counts only; the
// sanction text comes from discipline-ladder.json).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    rungs.opd_code,
    opds.opd_name,
    strftime(rungs.month, '%Y-%m-%d') as month,
    rungs.level,
    rungs.sanction,
    rungs.employees::integer as employees
  from marts.discipline_rungs_monthly as rungs
  left join (select distinct opd_code, opd_name from marts.employees) as opds using (opd_code)
  where rungs.level <> 'none'
  order by rungs.month, rungs.opd_code, rungs.sanction
`);
