// People on each rung of their employee type's ladder at each month end, per OPD (counts only;
// each row brings its sanction text). PNS rows are the PP 94/2021 rungs reached; a PPPK under the
// default rule (PP 49/2018 Pasal 52) stands on no rung, and comes as evidence instead: how many
// PPPK have TK (or converted) days in the year so far. Public build: whole-kabupaten counts only
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
    rungs.employee_type,
    rungs.level,
    rungs.sanction,
    rungs.sanction_label,
    ${suppressSmall("sum(rungs.employees)", "sum(rungs.employees)::integer", k)} as employees,
    -- evidence on a ladder without sanctions: people with days counted, and their days
    ${suppressSmall("sum(rungs.employees_with_days)", "sum(rungs.employees_with_days)::integer", k)} as employees_with_days,
    ${suppressSmall("sum(rungs.employees_with_days)", "sum(rungs.days_total)::integer", k)} as days_total
  from marts.discipline_rungs_monthly as rungs
  left join marts.opds as opds using (opd_code)
  where rungs.level <> 'none' or not rungs.has_sanctions
  group by ${isPublic() ? "" : "rungs.opd_code, "}rungs.month, rungs.employee_type, rungs.level, rungs.sanction, rungs.sanction_label
  order by rungs.month, ${isPublic() ? "" : "rungs.opd_code, "}rungs.employee_type, rungs.sanction
`);
