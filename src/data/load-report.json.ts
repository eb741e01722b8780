// One row per input file, and per sheet of a workbook: what it was recognised as and how, the
// header row, the encoding, and what was read, loaded, rejected and de-duplicated; a file or
// sheet the pipeline did not recognise has status "tidak_dikenali" and a `note` saying what to do.
// `reconciled` is computed by the pipeline (rows_read = rows_loaded + rows_rejected).
// File and sheet names are not personal data: both builds carry them.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select * from marts.load_report
  order by source nulls first, file, sheet nulls first
`);
