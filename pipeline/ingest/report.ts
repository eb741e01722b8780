// raw.rejects and raw.load_report, and the one progress line per source.
import type { DuckDBConnection } from "@duckdb/node-api";
import { formatCount, formatSeconds } from "../format.ts";
import { sqlString } from "./sql.ts";

export interface FileReport {
  source: string;
  file: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
}

export async function createReportTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TABLE raw.rejects (source VARCHAR, file VARCHAR, line INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR)`,
  );
  await conn.run(
    "CREATE OR REPLACE TABLE raw.load_report (source VARCHAR, file VARCHAR, rows_read INTEGER, rows_loaded INTEGER, rows_rejected INTEGER, rows_duplicate INTEGER)",
  );
}

export async function insertLoadReport(conn: DuckDBConnection, files: readonly FileReport[]): Promise<void> {
  if (!files.length) return;
  const values = files.map(
    (f) => `(${sqlString(f.source)}, ${sqlString(f.file)}, ${f.rowsRead}, ${f.rowsLoaded}, ${f.rowsRejected}, ${f.rowsDuplicate})`,
  );
  await conn.run(`INSERT INTO raw.load_report VALUES ${values.join(", ")}`);
}

/** e.g. `presensi: 13 berkas, 612.300 baris dibaca, 612.288 dimuat, 12 ditolak, 40 duplikat (1,8 dtk)`; never a row's content. */
export function progressLine(source: string, files: readonly FileReport[], ms: number, absent: readonly string[]): string {
  if (!files.length) return `${source}: tidak ada berkas`;
  const sum = (pick: (f: FileReport) => number) => files.reduce((n, f) => n + pick(f), 0);
  const parts = [
    `${formatCount(files.length)} berkas`,
    `${formatCount(sum((f) => f.rowsRead))} baris dibaca`,
    `${formatCount(sum((f) => f.rowsLoaded))} dimuat`,
    `${formatCount(sum((f) => f.rowsRejected))} ditolak`,
  ];
  const duplicates = sum((f) => f.rowsDuplicate);
  if (duplicates) parts.push(`${formatCount(duplicates)} duplikat`);
  const missing = absent.length ? `; kolom tidak ada: ${absent.join(", ")}` : "";
  return `${source}: ${parts.join(", ")} (${formatSeconds(ms)})${missing}`;
}
