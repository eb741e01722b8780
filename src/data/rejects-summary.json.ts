// Rejected rows counted per source file and reason (exact totals for the charts).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    source,
    file,
    reason,
    count(*)::integer as rejects
  from marts.rejects
  group by source, file, reason
  order by rejects desc, source, file, reason
`);
