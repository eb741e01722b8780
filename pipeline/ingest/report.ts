// raw.rejects, raw.load_report and raw.load_columns, and the one progress line per source.
import type { DuckDBConnection } from "@duckdb/node-api";
import { formatCount, formatSeconds } from "../format.ts";
import type { InputUnit } from "./prepare.ts";
import { fileNames, type Source } from "./source.ts";
import { uploadRows } from "./sql.ts";

/** One file, or one sheet of a workbook: how it was recognised and what became of its rows. */
export interface FileReport {
  source: string | null;
  file: string;
  sheet: string | null;
  format: string;
  encoding: string | null;
  /** dimuat (loaded), or tidak_dikenali (no source recognised: nothing read) */
  status: "dimuat" | "tidak_dikenali";
  matchedBy: string | null;
  importIndex: number | null;
  headerRow: number | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsDuplicate: number;
  /** contract columns filled by the import map's defaults, comma-separated */
  defaultedColumns: string | null;
  /** not recognised: why, and what to do */
  note: string | null;
}

export async function createReportTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TABLE raw.rejects (source VARCHAR, file VARCHAR, sheet VARCHAR, line INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR)`,
  );
  await conn.run(
    "CREATE OR REPLACE TABLE raw.load_report (source VARCHAR, file VARCHAR, sheet VARCHAR, format VARCHAR, encoding VARCHAR, status VARCHAR, " +
      "matched_by VARCHAR, import_index INTEGER, header_row INTEGER, rows_read INTEGER, rows_loaded INTEGER, rows_rejected INTEGER, " +
      "rows_duplicate INTEGER, defaulted_columns VARCHAR, note VARCHAR)",
  );
  await conn.run(
    "CREATE OR REPLACE TABLE raw.load_columns (source VARCHAR, file VARCHAR, sheet VARCHAR, position INTEGER, \"column\" VARCHAR, " +
      "required BOOLEAN, export_column VARCHAR, origin VARCHAR, default_value VARCHAR)",
  );
}

/** The sources this build knows, in their order: what each file holds and the names it matches (marts.sources). */
export async function insertSources(conn: DuckDBConnection, sources: readonly Source[]): Promise<void> {
  await uploadRows(conn, "_ingest_sources", { position: "INTEGER", source: "VARCHAR", files: "VARCHAR", about: "VARCHAR" },
    sources.map((s, i) => ({ position: i + 1, source: s.name, files: fileNames(s), about: s.about })));
  await conn.run("CREATE OR REPLACE TABLE raw.sources AS SELECT * FROM _ingest_sources");
  await conn.run("DROP TABLE _ingest_sources");
}

export function reportOf(unit: InputUnit, counts: { read: number; rejected: number; duplicate: number }): FileReport {
  const defaulted = unit.columns.filter((c) => c.origin === "bawaan").map((c) => c.column);
  return {
    source: unit.source?.name ?? null,
    file: unit.file,
    sheet: unit.sheet,
    format: unit.format,
    encoding: unit.encoding,
    status: unit.source ? "dimuat" : "tidak_dikenali",
    matchedBy: unit.matchedBy,
    importIndex: unit.importIndex,
    headerRow: unit.headerRow,
    rowsRead: counts.read,
    rowsLoaded: counts.read - counts.rejected,
    rowsRejected: counts.rejected,
    rowsDuplicate: counts.duplicate,
    defaultedColumns: defaulted.length ? defaulted.join(", ") : null,
    note: unit.note,
  };
}

export async function insertLoadReport(conn: DuckDBConnection, files: readonly FileReport[]): Promise<void> {
  if (!files.length) return;
  const rows = files.map((f) => ({
    source: f.source,
    file: f.file,
    sheet: f.sheet,
    format: f.format,
    encoding: f.encoding,
    status: f.status,
    matched_by: f.matchedBy,
    import_index: f.importIndex,
    header_row: f.headerRow,
    rows_read: f.rowsRead,
    rows_loaded: f.rowsLoaded,
    rows_rejected: f.rowsRejected,
    rows_duplicate: f.rowsDuplicate,
    defaulted_columns: f.defaultedColumns,
    note: f.note,
  }));
  await uploadRows(conn, "_ingest_report", {
    source: "VARCHAR", file: "VARCHAR", sheet: "VARCHAR", format: "VARCHAR", encoding: "VARCHAR", status: "VARCHAR", matched_by: "VARCHAR",
    import_index: "INTEGER", header_row: "INTEGER", rows_read: "INTEGER", rows_loaded: "INTEGER", rows_rejected: "INTEGER",
    rows_duplicate: "INTEGER", defaulted_columns: "VARCHAR", note: "VARCHAR",
  }, rows);
  await conn.run("INSERT INTO raw.load_report SELECT * FROM _ingest_report");
  await conn.run("DROP TABLE _ingest_report");
}

/** Every contract column of every recognised unit, and the export column (or default) behind it. */
export async function insertLoadColumns(conn: DuckDBConnection, units: readonly InputUnit[]): Promise<void> {
  const rows = units.flatMap((u) =>
    u.columns.map((c, position) => ({
      source: u.source?.name ?? null,
      file: u.file,
      sheet: u.sheet,
      position: position + 1,
      column: c.column,
      required: c.required,
      export_column: c.exportColumn,
      origin: c.origin,
      default_value: c.defaultValue,
    })),
  );
  if (!rows.length) return;
  await uploadRows(conn, "_ingest_columns", {
    source: "VARCHAR", file: "VARCHAR", sheet: "VARCHAR", position: "INTEGER", column: "VARCHAR", required: "BOOLEAN",
    export_column: "VARCHAR", origin: "VARCHAR", default_value: "VARCHAR",
  }, rows);
  await conn.run("INSERT INTO raw.load_columns SELECT * FROM _ingest_columns");
  await conn.run("DROP TABLE _ingest_columns");
}

/** e.g. `presensi: 13 berkas, 612.300 baris dibaca, 612.288 dimuat, 12 ditolak, 40 duplikat (1,8 dtk)`; never a row's content. */
export function progressLine(source: string, files: readonly FileReport[], ms: number, absent: readonly string[]): string {
  if (!files.length) return `${source}: tidak ada berkas`;
  const sum = (pick: (f: FileReport) => number) => files.reduce((n, f) => n + pick(f), 0);
  const fileCount = new Set(files.map((f) => f.file)).size;
  const sheets = files.filter((f) => f.sheet !== null).length;
  const parts = [
    `${formatCount(fileCount)} berkas${sheets ? ` (${formatCount(sheets)} lembar)` : ""}`,
    `${formatCount(sum((f) => f.rowsRead))} baris dibaca`,
    `${formatCount(sum((f) => f.rowsLoaded))} dimuat`,
    `${formatCount(sum((f) => f.rowsRejected))} ditolak`,
  ];
  const duplicates = sum((f) => f.rowsDuplicate);
  if (duplicates) parts.push(`${formatCount(duplicates)} duplikat`);
  const missing = absent.length ? `; kolom tidak ada: ${absent.join(", ")}` : "";
  return `${source}: ${parts.join(", ")} (${formatSeconds(ms)})${missing}`;
}

/** The stderr line for a file or sheet that matched no source. */
export function notRecognisedLine(unit: InputUnit): string {
  return `tidak dikenali: ${unit.file}${unit.sheet !== null ? ` lembar ${unit.sheet}` : ""}: ${unit.note}`;
}
