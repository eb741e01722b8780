// TPP deduction of the whole kabupaten per month (marts.tpp_deduction_summary, the row without an
// OPD): the Potongan TPP page's cards in both builds. Public build: a figure about fewer than
// min_group_size people is null, and there is no maximum (one person's figure).
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const all = (value: string) => suppressSmall("employees", value, k);
const deducted = (value: string) => suppressSmall("employees_deducted", value, k);

await printQuery(`
  select
    strftime(month, '%Y-%m-%d') as month,
    ${all("employees")} as employees,
    ${deducted("employees_deducted")} as employees_deducted,
    ${deducted("events")} as events,
    ${all("mean_discipline_pct")} as mean_discipline_pct,
    ${all("mean_performance_pct")} as mean_performance_pct, -- null while the kinerja part is not priced
    ${all("mean_total_pct")} as mean_total_pct,
    ${isPublic() ? "null::double" : "max_discipline_pct"} as max_discipline_pct
  from marts.tpp_deduction_summary
  where opd_code is null
  order by month
`);
