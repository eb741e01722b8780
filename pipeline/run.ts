// The `run` command: config -> ingest -> SQL models -> (Parquet) -> database file, replaced
// atomically so that a failed run leaves the previous database intact.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadConfig } from "./config/schema.ts";
import { loadConfigTables } from "./config/load.ts";
import { ingest } from "./ingest/index.ts";
import { runModels } from "./sql/run.ts";
import { checkCalendarYears } from "./calendar-years.ts";
import { formatSeconds } from "./format.ts";
import { Profile } from "./profile.ts";

/** DuckDB's memory limit for a run; a larger machine can raise it (ASN_MEMORY_LIMIT=4GB). */
const MEMORY_LIMIT = process.env.ASN_MEMORY_LIMIT ?? "1500MB";
/**
 * Inputs up to this size are built in memory (loading is ~1,6x faster than into a file) and
 * copied into the file at the end. Larger ones are built in the file itself: an in-memory
 * table cannot be evicted, and at 50.000 employees (3,6 GB of exports) the memory limit was hit.
 */
const IN_MEMORY_MAX_BYTES = 600e6;

function inputBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export interface RunOptions {
  input: string;
  db: string;
  config?: string;
  parquet?: string;
  log?: (msg: string) => void;
  /** records every stage's time (run --profile); one is made when not given */
  profile?: Profile;
}

/** The config file named, else `instansi.json` beside the exports, else none (the defaults). */
export function configFileFor(input: string, config?: string): string | undefined {
  if (config) return config;
  const beside = join(input, INSTANSI_FILE);
  return existsSync(beside) ? beside : undefined;
}

/** The instansi config an agency may keep in its export folder; never read as an export. */
export const INSTANSI_FILE = "instansi.json";

export async function runPipeline(opts: RunOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const profile = opts.profile ?? new Profile();
  const started = performance.now();
  if (!existsSync(opts.input)) throw new Error(`Folder masukan ${opts.input} tidak ditemukan`);
  const configFile = configFileFor(opts.input, opts.config);
  const config = loadConfig(configFile);
  const found = configFile && !opts.config ? " (ditemukan di folder masukan)" : "";
  log(`konfigurasi: ${configFile ?? "bawaan"}${found} (${config.instansi.timezone}${config.imports.length ? `, ${config.imports.length} entri peta impor` : ""})`);

  const target = resolve(opts.db);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  removeDatabase(temp);
  // The memory limit keeps the peak bounded: past it DuckDB spills to the temporary folder.
  const spill = `${temp}.spill`;
  const inMemory = inputBytes(opts.input) <= IN_MEMORY_MAX_BYTES;
  const instance = await DuckDBInstance.create(inMemory ? ":memory:" : temp, { memory_limit: MEMORY_LIMIT, temp_directory: spill });
  const conn = await instance.connect();
  try {
    await profile.time(conn, "konfigurasi", () => loadConfigTables(conn, config));
    const exclude = [join(opts.input, INSTANSI_FILE), ...(configFile ? [configFile] : [])];
    await ingest(conn, opts.input, log, { imports: config.imports, exclude, workDir: dirname(target), profile });
    await runModels(conn, log, undefined, profile);
    await profile.time(conn, "pemeriksaan tahun kalender", () => checkCalendarYears(conn, log));
    if (opts.parquet) await profile.time(conn, "parquet", () => writeParquet(conn, opts.parquet!, log));
    const writeStarted = performance.now();
    await profile.time(conn, "tulis basis data", async () => {
      if (inMemory) {
        await conn.run(`attach '${temp.replaceAll("'", "''")}' as target; copy from database memory to target; detach target`);
      } else {
        await conn.run("checkpoint");
      }
    });
    const how = inMemory ? "dibangun di memori lalu disalin ke berkas" : "dibangun langsung di berkas (masukan besar)";
    log(`basis data: ${how} (${formatSeconds(performance.now() - writeStarted)})`);
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
