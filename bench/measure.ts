// Runs one stage in this process and prints {ms, maxRssMb, ...} as JSON on stdout, so that the
// benchmark reads the peak memory of that stage alone (DuckDB's memory included).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { runPipeline } from "../pipeline/run.ts";
import { generateSample } from "../pipeline/sample/index.ts";

const [stage, ...args] = process.argv.slice(2);
const started = performance.now();
const extra: Record<string, number> = {};

if (stage === "sample") {
  const [out, employees] = args;
  const result = await generateSample({ out, employees: Number(employees) });
  extra.rows = result.files.reduce((sum, f) => sum + f.rows, 0);
} else if (stage === "pipeline") {
  const [input, db] = args;
  await runPipeline({ input, db, log: (msg) => process.stderr.write(`[bench]   ${msg}\n`) });
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
  for (const file of readdirSync(input).sort()) {
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
} else {
  throw new Error(`unknown stage ${stage}`);
}

const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }) + "\n");
