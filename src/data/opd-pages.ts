// Which OPDs get a page of their own (src/opd/[opd].md, issue 6): every OPD of marts.employees
// whose code is safe as one URL path segment. The code itself is the segment ("/opd/1.02.01"):
// Framework's router, its preview server and scripts/serve.ts all take dots in a segment.
// Read by observablehq.config.ts (dynamicPaths) and by the loader src/data/opd.zip.ts, so the
// index never links to a page that was not built.
import { existsSync } from "node:fs";
import { databasePath } from "./lib/env.ts";
import { queryRows } from "./lib/query.ts";

/** Letters, digits, ".", "_" and "-", starting and ending with a letter or digit (no "..", no "/"). */
export const OPD_CODE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.))*(?<=[A-Za-z0-9])$/;

/** True when this OPD code can be a page path (`/opd/<code>`). */
export function hasOpdPage(code: unknown): code is string {
  return typeof code === "string" && OPD_CODE_PATTERN.test(code) && !code.endsWith(".html");
}

/** The OPD codes that get a page, sorted; none when the database is not there yet. */
export async function opdPageCodes(): Promise<string[]> {
  if (!existsSync(databasePath())) return [];
  const rows = await queryRows(`select opd_code from marts.opds where employees > 0 order by opd_code`);
  return rows.map((row) => row.opd_code).filter(hasOpdPage);
}
