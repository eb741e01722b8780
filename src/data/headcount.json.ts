// Active employees per OPD and position type (counts only: no NIP, no name).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    opd_code,
    any_value(opd_name) as opd_name,
    position_type,
    count(*)::integer as employees
  from marts.employees
  where active
  group by opd_code, position_type
  order by opd_code, position_type
`);
