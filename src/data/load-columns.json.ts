// The column mapping of every recognised file and sheet: one row per contract column, with the
// export header it was read from (`origin` kolom), the import map's default that filled it
// (bawaan, `default_value`), or nothing (tidak_ada). Header texts, not values: no personal data.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select * from marts.load_columns
  order by file, sheet nulls first, position
`);
