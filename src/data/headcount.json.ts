// Active employees per OPD and position type (counts only: no NIP, no name). Public build: an OPD
// of fewer than min_group_size active employees is left out (src/data/lib/profile.ts).
import { printQuery } from "./lib/query.ts";
import { suppressionThreshold } from "./lib/profile.ts";

const k = await suppressionThreshold();

await printQuery(`
  select
    opd_code,
    any_value(opd_name) as opd_name,
    position_type,
    count(*)::integer as employees
  from marts.employees
  where active
  group by opd_code, position_type
  qualify sum(count(*)) over (partition by opd_code) >= ${k}
  order by opd_code, position_type
`);
