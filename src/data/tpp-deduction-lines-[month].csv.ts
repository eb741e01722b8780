// Every priced TPP deduction line of one calendar month (`--month=07`): date, event, minutes and
// the rule. Loaded by the page only when someone opens a person's details.
import { monthParam } from "./lib/params.ts";
import { printCsv } from "./lib/query.ts";

await printCsv(`
  select
    nip,
    strftime(date, '%Y-%m-%d') as date,
    event,
    minutes::integer as minutes,
    pct::double as pct,
    rule
  from marts.tpp_deduction_lines
  where month(month) = ${monthParam()}
  order by nip, date, event
`);
