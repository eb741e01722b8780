// TPP deduction per OPD and month: the mean share lost by the OPD's employees (of the discipline
// part, of the kinerja part once the pipeline prices it, and of the whole TPP), and how many had a
// discipline deduction. Public build: no maximum (one person's figure), and figures about fewer
// than min_group_size people (the deducted, or a small OPD) are null.
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const opd = (value: string) => suppressSmall("count(*)", value, k);
const deducted = (value: string) => suppressSmall("count(*) filter (where deductions.events > 0)", value, k);

await printQuery(`
  select
    deductions.opd_code,
    opds.opd_name,
    strftime(deductions.month, '%Y-%m-%d') as month,
    ${opd("count(*)::integer")} as employees,
    ${deducted("(count(*) filter (where deductions.events > 0))::integer")} as employees_deducted,
    ${deducted("sum(deductions.events)::integer")} as events,
    ${opd("avg(deductions.discipline_pct)::double")} as mean_discipline_pct,
    ${opd("avg(deductions.performance_pct)::double")} as mean_performance_pct, -- null while the kinerja part is not priced
    ${opd("avg(deductions.total_pct)::double")} as mean_total_pct,
    ${isPublic() ? "null::double" : "max(deductions.discipline_pct)::double"} as max_discipline_pct
  from marts.tpp_deductions as deductions
  left join (select distinct opd_code, opd_name from marts.employees) as opds using (opd_code)
  group by all
  order by deductions.opd_code, month
`);
