// The `run` command: config -> ingest -> SQL models -> (Parquet) -> database file, replaced
// atomically so that a failed run leaves the previous database intact.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadConfig } from "./config/schema.ts";
import { loadConfigTables } from "./config/load.ts";
import { ingest } from "./ingest/index.ts";
import { runModels } from "./sql/run.ts";
import { checkCalendarYears } from "./calendar-years.ts";
import { formatCount, formatSeconds } from "./format.ts";
import { Profile } from "./profile.ts";

/**
 * DuckDB's memory limit: an eighth of the machine's memory, between 512 MB and 1.500 MB, so that a
 * run stays a modest guest on an office PC and the peak stays under 2 GB at 50.000 employees. Past
 * it DuckDB evicts table blocks to the database file and spills operators to the temporary
 * folder. ASN_MEMORY_LIMIT (e.g. 4GB) overrides it; on a larger machine it makes big runs faster.
 */
export function memoryLimit(): string {
  if (process.env.ASN_MEMORY_LIMIT) return process.env.ASN_MEMORY_LIMIT;
  const mb = Math.round(totalmem() / 8 / 1e6);
  return `${Math.min(1500, Math.max(512, mb))}MB`;
}

/**
 * Settings of a build's database: always a file (an in-memory table cannot be evicted: symlinked
 * 50.000-employee exports ran out of memory), spilling beside it. No automatic checkpoint while
 * building: each one rewrote (and recompressed) the tables that the next ingest step changed, which
 * made building in a file ~1,6x slower than in memory; the run checkpoints after ingest (the raw
 * tables are final then) and at the end.
 */
export function buildSettings(spill: string): Record<string, string> {
  return { memory_limit: memoryLimit(), temp_directory: spill, checkpoint_threshold: "1TB" };
}

/** Bytes of the export folder; a symlinked export counts as the file it points to. */
export function inputBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => statSync(join(entry.parentPath, entry.name), { throwIfNoEntry: false }))
    .reduce((sum, stat) => sum + (stat?.isFile() ? stat.size : 0), 0);
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
  // DuckDB names the database after the file's stem: a target called marts.duckdb (or raw, config)
  // would clash with the schema of that name, so the build's file has a name of its own.
  const temp = join(dirname(target), `asn_build_${process.pid}_${basename(target).replace(/\W+/g, "_")}`);
  removeDatabase(temp);
  // The memory limit keeps the peak bounded: past it DuckDB spills to the temporary folder.
  const spill = `${temp}.spill`;
  const settings = buildSettings(spill);
  const instance = await DuckDBInstance.create(temp, settings);
  const conn = await instance.connect();
  try {
    await profile.time(conn, "konfigurasi", () => loadConfigTables(conn, config));
    const exclude = [join(opts.input, INSTANSI_FILE), ...(configFile ? [configFile] : [])];
    await ingest(conn, opts.input, log, { imports: config.imports, exclude, workDir: dirname(target), profile });
    // The raw tables are final here: written once now, their updates and deletes leave memory.
    await profile.time(conn, "checkpoint setelah ingest", () => conn.run("checkpoint"));
    await runModels(conn, log, undefined, profile);
    await profile.time(conn, "pemeriksaan tahun kalender", () => checkCalendarYears(conn, log));
    if (opts.parquet) await profile.time(conn, "parquet", () => writeParquet(conn, opts.parquet!, log));
    const writeStarted = performance.now();
    await profile.time(conn, "tulis basis data", () => conn.run("checkpoint"));
    const mb = formatCount(Math.round(inputBytes(opts.input) / 1e6));
    log(`basis data: dibangun di berkas, masukan ${mb} MB, batas memori ${settings.memory_limit} (checkpoint ${formatSeconds(performance.now() - writeStarted)})`);
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
