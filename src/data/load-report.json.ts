// One row per input file: what was read, loaded, rejected and de-duplicated.
// `reconciled` is computed by the pipeline (rows_read = rows_loaded + rows_rejected).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select
    source,
    file,
    rows_read::integer as rows_read,
    rows_loaded::integer as rows_loaded,
    rows_rejected::integer as rows_rejected,
    rows_duplicate::integer as rows_duplicate,
    reconciled
  from marts.load_report
  order by source, file
`);
