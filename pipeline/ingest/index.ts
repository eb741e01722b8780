// Ingestion: every export under the input folder read, validated, loaded into raw.*, de-duplicated
// and reconciled (raw.load_report: read = loaded + rejected, per file).
import type { DuckDBConnection } from "@duckdb/node-api";
import { SOURCES } from "../sources/index.ts";
import { dropDuplicates } from "./dedupe.ts";
import { discoverFiles } from "./discover.ts";
import { UnusableInputError } from "./errors.ts";
import { createRawTable, finishRawTable, loadFiles } from "./load.ts";
import { createReportTables, insertLoadReport, progressLine, type FileReport } from "./report.ts";
import { validateRows } from "./validate.ts";

export { UnusableInputError };

export interface IngestResult {
  files: { source: string; file: string; rowsRead: number; rowsLoaded: number; rowsRejected: number; rowsDuplicate: number }[];
}

export async function ingest(conn: DuckDBConnection, inputDir: string, log: (msg: string) => void): Promise<IngestResult> {
  const filesBySource = discoverFiles(inputDir, SOURCES);
  if (!filesBySource.get("pegawai")?.length) throw new UnusableInputError(`Berkas pegawai*.csv tidak ditemukan di ${inputDir}`);
  await conn.run("CREATE SCHEMA IF NOT EXISTS raw");
  await createReportTables(conn);

  const result: IngestResult = { files: [] };
  for (const source of SOURCES) {
    const started = performance.now();
    const files = filesBySource.get(source.name) ?? [];
    await createRawTable(conn, source);
    const { rowsRead, absent } = await loadFiles(conn, source, files);
    const rejected = files.length ? await validateRows(conn, source) : new Map<string, number>();
    const duplicates = files.length ? await dropDuplicates(conn, source) : new Map<string, number>();
    await finishRawTable(conn, source);

    const reports: FileReport[] = files.map(({ name }) => {
      const [read, rowsRejected] = [rowsRead.get(name) ?? 0, rejected.get(name) ?? 0];
      return { source: source.name, file: name, rowsRead: read, rowsLoaded: read - rowsRejected, rowsRejected, rowsDuplicate: duplicates.get(name) ?? 0 };
    });
    await insertLoadReport(conn, reports);
    result.files.push(...reports);
    log(progressLine(source.name, reports, performance.now() - started, absent));
  }
  return result;
}
