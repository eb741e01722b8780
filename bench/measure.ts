// Runs one stage in this process and prints {ms, maxRssMb, ...} as JSON on stdout, so that the
// benchmark reads the peak memory of that stage alone (DuckDB's memory included).
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ingest } from "../pipeline/ingest/index.ts";
import { isSpreadsheet, readWorkbook } from "../pipeline/ingest/spreadsheet.ts";
import { Profile } from "../pipeline/profile.ts";
import { runPipeline } from "../pipeline/run.ts";
import { generateSample } from "../pipeline/sample/index.ts";
import { writeSheetPair } from "./spreadsheet-input.ts";

const [stage, ...args] = process.argv.slice(2);
const started = performance.now();
const extra: Record<string, unknown> = {};

if (stage === "sample") {
  const [out, employees] = args;
  const result = await generateSample({ out, employees: Number(employees) });
  extra.rows = result.files.reduce((sum, f) => sum + f.rows, 0);
} else if (stage === "pipeline") {
  const [input, db] = args;
  const profile = new Profile();
  await runPipeline({ input, db, profile, log: (msg) => process.stderr.write(`[bench]   ${msg}\n`) });
  // The five longest stages (ingest steps and models), to say where the time went.
  extra.top = profile.top(5).map((s) => ({ name: s.name, ms: Math.round(s.ms) }));
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const read = await conn.runAndReadAll("select sum(rows_read)::double from marts.load_report");
  extra.rows = Number(read.getRows()[0][0]);
  conn.closeSync();
  instance.closeSync();
} else if (stage === "scan") {
  // The floor: DuckDB merely counting the rows of every input file, one read_csv per file.
  const [input] = args;
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  let rows = 0;
  let bytes = 0;
  // Workbooks have no DuckDB floor (DuckDB cannot read them here): the scan counts text files only.
  for (const file of readdirSync(input).sort().filter((f) => !isSpreadsheet(f) && !f.endsWith(".json"))) {
    const path = join(input, file).replaceAll("'", "''");
    bytes += statSync(join(input, file)).size;
    const options = file.endsWith(".dat") ? "delim = '\\t', header = false" : "header = true";
    const result = await conn.runAndReadAll(
      `select count(*)::double from read_csv('${path}', ${options}, all_varchar = true, ignore_errors = true)`,
    );
    rows += Number(result.getRows()[0][0]);
  }
  extra.rows = rows;
  extra.mb = bytes / 1e6;
  conn.closeSync();
  instance.closeSync();
} else if (stage === "sheet-write") {
  // The same presensi rows as one .xlsx sheet and as one CSV (written once, outside the timings).
  const [dir, rows] = args;
  mkdirSync(dir, { recursive: true });
  await writeSheetPair(dir, Number(rows));
  extra.rows = Number(rows);
} else if (stage === "sheet-read") {
  // Our reader alone: every row of the sheet as typed cells.
  const [path] = args;
  let rows = 0;
  for await (const sheet of readWorkbook(path)) for await (const _row of sheet.rows) rows++;
  extra.rows = rows;
} else if (stage === "sheet-ingest") {
  // The whole ingest of one folder (recognition, conversion, DuckDB typing, zod, rejects, dedupe).
  const [input] = args;
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: "1500MB" });
  const conn = await instance.connect();
  const result = await ingest(conn, input, () => {});
  extra.rows = result.files.filter((f) => f.source === "presensi").reduce((n, f) => n + f.rowsRead, 0);
  conn.closeSync();
  instance.closeSync();
} else {
  throw new Error(`unknown stage ${stage}`);
}

const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }) + "\n");
