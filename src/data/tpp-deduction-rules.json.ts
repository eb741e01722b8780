// TPP deduction lines counted per month, event and the rule that priced them (rules.md §7).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    strftime(month, '%Y-%m-%d') as month,
    event,
    rule,
    any_value(legal_basis) as legal_basis,
    count(*)::integer as lines,
    count(distinct nip)::integer as employees,
    sum(pct)::double as pct
  from marts.tpp_deduction_lines
  group by all
  order by month, lines desc
`);
