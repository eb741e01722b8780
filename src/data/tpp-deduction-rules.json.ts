// TPP deduction lines counted per month, event and the rule that priced them (docs/aturan.md#tpp).
// Public build: counted per calendar year (`month` is the year's first month in the data), and a
// rule that priced fewer than min_group_size people shows no figure.
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const period = isPublic() ? "min(month) over (partition by year(month))" : "month";
const small = (value: string) => suppressSmall("count(distinct nip)", value, k);

await printQuery(`
  with lines as (
    select *, ${period} as period from marts.tpp_deduction_lines
  )
  select
    strftime(period, '%Y-%m-%d') as month,
    event,
    rule,
    any_value(legal_basis) as legal_basis,
    ${small("count(*)::integer")} as lines,
    ${small("count(distinct nip)::integer")} as employees,
    ${small("sum(pct)::double")} as pct
  from lines
  group by period, event, rule
  order by month, lines desc
`);
