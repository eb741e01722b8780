// TPP deduction per OPD and month (marts.tpp_deduction_summary): the mean share lost by the OPD's
// employees (of the discipline part, of the kinerja part once the pipeline prices it, and of the
// whole TPP), and how many had a discipline deduction. Public build: no maximum (one person's
// figure), and figures about fewer than min_group_size people (the deducted, or a small OPD) are null.
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const opd = (value: string) => suppressSmall("summary.employees", value, k);
const deducted = (value: string) => suppressSmall("summary.employees_deducted", value, k);

await printQuery(`
  select
    summary.opd_code,
    opds.opd_name,
    strftime(summary.month, '%Y-%m-%d') as month,
    ${opd("summary.employees")} as employees,
    ${deducted("summary.employees_deducted")} as employees_deducted,
    ${deducted("summary.events")} as events,
    ${opd("summary.mean_discipline_pct")} as mean_discipline_pct,
    ${opd("summary.mean_performance_pct")} as mean_performance_pct, -- null while the kinerja part is not priced
    ${opd("summary.mean_total_pct")} as mean_total_pct,
    ${isPublic() ? "null::double" : "summary.max_discipline_pct"} as max_discipline_pct
  from marts.tpp_deduction_summary as summary
  left join marts.opds as opds using (opd_code)
  where summary.opd_code is not null
  order by summary.opd_code, month
`);
