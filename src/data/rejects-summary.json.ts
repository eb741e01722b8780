// Rejected rows counted per source file (and sheet of a workbook) and reason (exact totals for
// the charts).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    source,
    file,
    sheet,
    reason,
    count(*)::integer as rejects
  from marts.rejects
  group by source, file, sheet, reason
  order by rejects desc, source, file, sheet, reason
`);
