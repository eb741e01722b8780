// People on each rung of the PP 94/2021 ladder at each month end, per OPD (counts only; the
// sanction text comes from discipline-ladder.json). Public build: whole-kabupaten counts only
// (opd_code and opd_name empty), and a count of fewer than min_group_size people is null.
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const opd = isPublic() ? "null::varchar" : "rungs.opd_code";
const opdName = isPublic() ? "null::varchar" : "any_value(opds.opd_name)";

await printQuery(`
  select
    ${opd} as opd_code,
    ${opdName} as opd_name,
    strftime(rungs.month, '%Y-%m-%d') as month,
    rungs.level,
    rungs.sanction,
    ${suppressSmall("sum(rungs.employees)", "sum(rungs.employees)::integer", k)} as employees
  from marts.discipline_rungs_monthly as rungs
  left join (select distinct opd_code, opd_name from marts.employees) as opds using (opd_code)
  where rungs.level <> 'none'
  group by ${isPublic() ? "" : "rungs.opd_code, "}rungs.month, rungs.level, rungs.sanction
  order by rungs.month, ${isPublic() ? "" : "rungs.opd_code, "}rungs.sanction
`);
