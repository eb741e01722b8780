// The `run` command: config -> ingest -> SQL models -> (Parquet) -> database file, replaced
// atomically so that a failed run leaves the previous database intact.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadConfig } from "./config/schema.ts";
import { loadConfigTables } from "./config/load.ts";
import { ingest } from "./ingest/index.ts";
import { runModels } from "./sql/run.ts";
import { formatSeconds } from "./format.ts";

/** DuckDB's memory limit for a run; a larger machine can raise it (ASN_MEMORY_LIMIT=4GB). */
const MEMORY_LIMIT = process.env.ASN_MEMORY_LIMIT ?? "1500MB";

export interface RunOptions {
  input: string;
  db: string;
  config?: string;
  parquet?: string;
  log?: (msg: string) => void;
}

export async function runPipeline(opts: RunOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const config = loadConfig(opts.config);
  log(`konfigurasi: ${opts.config ?? "bawaan"} (${config.instansi.timezone})`);
  if (!existsSync(opts.input)) throw new Error(`Folder masukan ${opts.input} tidak ditemukan`);

  const target = resolve(opts.db);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  removeDatabase(temp);
  // Built in memory (loading is ~1,6x faster than into a file) and copied into the file at the
  // end. The memory limit keeps the peak bounded at any size: past it DuckDB spills to disk.
  const spill = `${temp}.spill`;
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: MEMORY_LIMIT, temp_directory: spill });
  const conn = await instance.connect();
  try {
    await loadConfigTables(conn, config);
    await ingest(conn, opts.input, log);
    await runModels(conn, log);
    if (opts.parquet) await writeParquet(conn, opts.parquet, log);
    const copyStarted = performance.now();
    await conn.run(`attach '${temp.replaceAll("'", "''")}' as target; copy from database memory to target; detach target`);
    log(`basis data: disalin ke berkas (${formatSeconds(performance.now() - copyStarted)})`);
  } catch (e) {
    conn.closeSync();
    instance.closeSync();
    removeDatabase(temp);
    rmSync(spill, { recursive: true, force: true });
    throw e;
  }
  conn.closeSync();
  instance.closeSync();
  rmSync(spill, { recursive: true, force: true });
  removeDatabase(`${target}.wal`);
  renameSync(temp, target);
  log(`selesai: ${opts.db} (${formatSeconds(performance.now() - started)})`);
}

function removeDatabase(file: string): void {
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
}

async function writeParquet(conn: import("@duckdb/node-api").DuckDBConnection, dir: string, log: (m: string) => void) {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const marts = await conn.runAndReadAll(
    "select table_name from information_schema.tables where table_schema = 'marts' order by table_name",
  );
  const names = marts.getRows().map((r) => String(r[0]));
  for (const name of names) {
    const file = join(resolve(dir), `${name}.parquet`).replaceAll("'", "''");
    await conn.run(`copy marts.${name} to '${file}' (format parquet)`);
  }
  log(`parquet: ${names.length} mart ke ${dir} (${formatSeconds(performance.now() - started)})`);
}
