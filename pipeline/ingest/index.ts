// Ingestion: every export under the input folder recognised (prepare.ts), read, validated, loaded
// into raw.*, de-duplicated and reconciled (raw.load_report: read = loaded + rejected, per file
// and sheet).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ImportEntry } from "../config/imports.ts";
import { formatCount, formatSeconds } from "../format.ts";
import { SOURCES } from "../sources/index.ts";
import { dropDuplicates } from "./dedupe.ts";
import { UnusableInputError } from "./errors.ts";
import { createRawTable, finishRawTable, loadFiles, unitKey } from "./load.ts";
import { prepareInputs } from "./prepare.ts";
import { createReportTables, insertLoadColumns, insertSources, insertLoadReport, notRecognisedLine, progressLine, reportOf, type FileReport } from "./report.ts";
import { validateRows } from "./validate.ts";
import { Profile } from "../profile.ts";

export { UnusableInputError };

export interface IngestOptions {
  /** the instansi config's import map */
  imports?: readonly ImportEntry[];
  /** files under the input folder that are not exports (the instansi config) */
  exclude?: readonly string[];
  /** where converted sheets go (default: a temporary folder, removed at the end) */
  workDir?: string;
  /** where each step's time goes (run --profile) */
  profile?: Profile;
}

export interface IngestResult {
  files: FileReport[];
}

export async function ingest(conn: DuckDBConnection, inputDir: string, log: (msg: string) => void, opts: IngestOptions = {}): Promise<IngestResult> {
  const workDir = mkdtempSync(join(opts.workDir ?? tmpdir(), "asn-ingest-"));
  try {
    return await ingestUnits(conn, inputDir, log, { ...opts, workDir });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function ingestUnits(conn: DuckDBConnection, inputDir: string, log: (msg: string) => void, opts: IngestOptions & { workDir: string }) {
  const started = performance.now();
  const profile = opts.profile ?? new Profile();
  const units = await profile.time(conn, "ingest: pengenalan dan lembar Excel", () =>
    prepareInputs(inputDir, { imports: opts.imports, exclude: opts.exclude, workDir: opts.workDir }),
  );
  if (!units.some((u) => u.source?.name === "pegawai")) {
    throw new UnusableInputError(`Data pegawai tidak ditemukan di ${inputDir} (pegawai*.csv/.xlsx, ekspor pegawai SIASN, atau peta impor untuk sumber pegawai)`);
  }
  const files = new Set(units.map((u) => u.file)).size;
  const sheets = units.filter((u) => u.plan?.sheet).length;
  const unknown = units.filter((u) => !u.source).length;
  log(
    `pengenalan: ${formatCount(files)} berkas${sheets ? `, ${formatCount(sheets)} lembar Excel dibaca` : ""}` +
      `${unknown ? `, ${formatCount(unknown)} tidak dikenali` : ""} (${formatSeconds(performance.now() - started)})`,
  );
  await conn.run("CREATE SCHEMA IF NOT EXISTS raw");
  await createReportTables(conn);
  await insertSources(conn, SOURCES);

  const result: IngestResult = { files: [] };
  for (const unit of units.filter((u) => !u.source)) {
    log(notRecognisedLine(unit));
    result.files.push(reportOf(unit, { read: 0, rejected: 0, duplicate: 0 }));
  }
  for (const source of SOURCES) {
    const sourceStarted = performance.now();
    const mine = units.filter((u) => u.source === source);
    await createRawTable(conn, source);
    const { rowsRead, absent } = await loadFiles(conn, source, mine, profile);
    const stage = (step: string) => `ingest ${source.name}: ${step}`;
    const rejected = mine.length ? await profile.time(conn, stage("validasi"), () => validateRows(conn, source)) : new Map<string, number>();
    const duplicates = mine.length ? await profile.time(conn, stage("duplikat"), () => dropDuplicates(conn, source)) : new Map<string, number>();
    await profile.time(conn, stage("kolom bantu"), () => finishRawTable(conn, source));

    const reports = mine.map((unit) => {
      const key = unitKey(unit.file, unit.sheet);
      return reportOf(unit, { read: rowsRead.get(key) ?? 0, rejected: rejected.get(key) ?? 0, duplicate: duplicates.get(key) ?? 0 });
    });
    result.files.push(...reports);
    log(progressLine(source.name, reports, performance.now() - sourceStarted, absent));
  }
  await insertLoadReport(conn, result.files);
  await insertLoadColumns(conn, units.filter((u) => u.source));
  return result;
}
