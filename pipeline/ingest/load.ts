// Reading a source's files into its raw table. DuckDB parses each CSV, and each field's SQL half
// (fields.ts) types the canonical values on the way in; what it cannot type is kept, as written,
// in a helper column `_raw_<column>` for validate.ts to judge with zod.
//
// The INSERT is a plain scan -> projection (no join, no window), so DuckDB runs it on all cores and
// keeps the file's order: the table is append-only while loading, so a row's rowid gives its
// record number, hence its line.
import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { UnusableInputError } from "./errors.ts";
import { sqlTrim } from "./fields.ts";
import { readHeader } from "./header.ts";
import { lineShifts } from "./lines.ts";
import { scanFile, type FileScan } from "./scan.ts";
import { ident, queryRows, sqlString, uploadRows } from "./sql.ts";
import type { Column, Source } from "./source.ts";

export interface InputFile {
  source: Source;
  /** absolute path */
  path: string;
  /** path relative to the input folder, `/`-separated: `source_file` and the name in messages */
  name: string;
}

export const rawTable = (source: Source): string => `raw.${ident(source.name)}`;
/** Columns that may need zod: stored, and not decided entirely in SQL. */
export const checkedColumns = (source: Source): Column[] => source.columns.filter((c) => c.stored && !c.field.total);
export const rawOf = (column: string): string => ident(`_raw_${column}`);
const HELPERS = ["_ord", "_extra"];

/** The raw table, empty, with the helper columns dropped by `finishRawTable`. */
export async function createRawTable(conn: DuckDBConnection, source: Source): Promise<void> {
  const columns = [
    ...source.tableColumns.map((c) => `${ident(c.name)} ${c.sqlType}`),
    "source_file VARCHAR",
    "source_line INTEGER",
    // file order then line order: which duplicate wins
    "_ord BIGINT",
    // a field beyond the header's: the row has too many
    "_extra VARCHAR",
    ...checkedColumns(source).map((c) => `${rawOf(c.name)} VARCHAR`),
  ];
  await conn.run(`CREATE OR REPLACE TABLE ${rawTable(source)} (${columns.join(", ")})`);
}

export async function finishRawTable(conn: DuckDBConnection, source: Source): Promise<void> {
  for (const helper of [...HELPERS, ...checkedColumns(source).map((c) => `_raw_${c.name}`)]) {
    await conn.run(`ALTER TABLE ${rawTable(source)} DROP COLUMN ${ident(helper)}`);
  }
}

/**
 * Loads the files (sorted by name) and resolves NIPs and lookups; returns the rows read per file
 * and the optional columns some header lacks.
 */
export async function loadFiles(conn: DuckDBConnection, source: Source, files: readonly InputFile[]) {
  let loaded = 0;
  const absent = new Set<string>();
  for (const file of files) {
    const scan = scanFile(file.path, file.name, source.header);
    const layout = fieldLayout(source, file, scan);
    layout.absent.forEach((c) => absent.add(c));
    const firstLine = layout.headerLine + 1;
    const inserted = await insertRows(conn, file, layout);
    await conn.run(
      `UPDATE ${rawTable(source)} SET source_line = (rowid - ${loaded} + ${firstLine})::INTEGER, _ord = rowid WHERE rowid >= ${loaded}`,
    );
    loaded += inserted;
    if (inserted && (scan.hasQuote || scan.blanks.some((b) => b > firstLine && b < scan.lastLine))) {
      await correctLines(conn, file, firstLine, scan.blanks, scan.hasQuote);
    }
  }
  await deleteEmptyRows(conn, source);
  await setAsideUnknownNips(conn, source);
  if (source.lookup) await resolveLookup(conn, source);
  const counts = await queryRows<{ file: string; n: number }>(
    conn,
    `SELECT source_file AS file, count(*)::INTEGER AS n FROM ${rawTable(source)} GROUP BY ALL`,
  );
  return { rowsRead: new Map(counts.map((c) => [c.file, c.n])), absent: [...absent] };
}

interface FieldLayout {
  /** 1-based; 0 without header */
  headerLine: number;
  delimiter: string;
  /** column name -> 0-based field position */
  positions: Map<string, number>;
  fieldCount: number;
  absent: string[];
}

/** Where each column is: the header is the first of the leading lines naming every required column. */
function fieldLayout(source: Source, file: InputFile, scan: FileScan): FieldLayout {
  if (!source.header) {
    const positions = new Map(source.columns.map((c, i) => [c.name, i]));
    return { headerLine: 0, delimiter: "\t", positions, fieldCount: source.columns.length, absent: [] };
  }
  if (!scan.leading.length) throw new UnusableInputError(`Berkas ${file.name} kosong: tidak ada baris judul`);
  const candidates = scan.leading.map(({ line, text }) => ({ headerLine: line, ...readHeader(text, source) }));
  const header = candidates.find((c) => !c.missing.length);
  if (header) return header;
  const best = candidates.reduce((a, b) => (b.positions.size > a.positions.size ? b : a));
  throw new UnusableInputError(`Berkas ${file.name} baris ${best.headerLine}: kolom wajib tidak ditemukan: ${best.missing.join(", ")}`);
}

async function insertRows(conn: DuckDBConnection, file: InputFile, layout: FieldLayout): Promise<number> {
  const skip = layout.headerLine;
  const { source } = file;
  const fields = Array.from({ length: layout.fieldCount + 1 }, (_, i) => `c${i}`); // one more: too many fields
  const quote = source.header ? `'"'` : "''";
  const csv =
    `read_csv(${sqlString(file.path)}, header = false, skip = ${layout.headerLine}, delim = ${sqlString(layout.delimiter)}, ` +
    `quote = ${quote}, escape = ${quote}, auto_detect = false, null_padding = true, strict_mode = false, ` +
    `columns = {${fields.map((f) => `'${f}': 'VARCHAR'`).join(", ")}})`;

  // v: each field's candidate value, computed once; then the canonical ones kept, the rest set aside.
  const candidates: string[] = [];
  const values = new Map<string, string>();
  const raws: string[] = [];
  for (const col of source.columns.filter((c) => c.stored)) {
    const p = layout.positions.get(col.name);
    const checked = !col.field.total;
    if (p === undefined) {
      values.set(col.name, `NULL::${col.field.sqlType}`);
      if (checked) raws.push("NULL");
      continue;
    }
    const [candidate, input] = [ident(`_v_${col.name}`), ident(`_in_${col.name}`)];
    if (source.masterNips.includes(col.name)) {
      // Kept as written (trimmed); setAsideUnknownNips moves those not in pegawai to _raw_.
      candidates.push(`${sqlTrim(`r.c${p}`)} AS ${candidate}`);
      values.set(col.name, `v.${candidate}`);
      raws.push("NULL");
      continue;
    }
    const { value, valid } = col.field.sql;
    candidates.push(`${value(`r.c${p}`)} AS ${candidate}`);
    if (checked) candidates.push(`r.c${p} AS ${input}`);
    const typed = valid ? `CASE WHEN ${valid(`v.${candidate}`, `v.${input}`)} THEN v.${candidate} END` : `v.${candidate}`;
    values.set(col.name, typed);
    if (checked) raws.push(`CASE WHEN ${typed} IS NULL THEN v.${input} END`);
  }
  if (source.fromFileName) values.set(source.fromFileName.column, sqlString(source.fromFileName.value(basename(file.name))));
  if (source.lookup) values.set(source.lookup.column, "NULL::VARCHAR");

  const select = [
    ...source.tableColumns.map((c) => values.get(c.name)),
    sqlString(file.name),
    "NULL", // source_line and _ord: set from rowid once inserted
    "NULL",
    `v._extra`,
    ...raws,
  ];
  const sql =
    `INSERT INTO ${rawTable(source)} SELECT ${select.join(", ")} ` +
    `FROM (SELECT r.c${layout.fieldCount} AS _extra, ${candidates.join(", ")} FROM ${csv} r) v`;
  try {
    const result = await conn.run(sql);
    return Number(result.rowsChanged);
  } catch (error) {
    // DuckDB's message quotes the offending lines: only the line number and the kind of fault are kept.
    const text = String(error);
    const line = /on Line: (\d+)/i.exec(text)?.[1];
    const where = line ? ` (sekitar baris ${line})` : "";
    const why = /maximum line size/i.test(text) ? ": baris terlalu panjang, mungkin tanda kutip tidak ditutup" : "";
    throw new UnusableInputError(`Berkas ${file.name} tidak dapat dibaca sebagai CSV${where}${why}`);
  }
}

/** Moves `source_line` from record order to the real line where empty lines or multi-line values intervene. */
async function correctLines(conn: DuckDBConnection, file: InputFile, firstLine: number, blanks: number[], hasQuote: boolean) {
  const { source } = file;
  let spans: { line: number; extra: number }[] = [];
  if (hasQuote) {
    const texts = [
      ...source.columns.filter((c) => c.stored && c.field.total).map((c) => ident(c.name)),
      ...checkedColumns(source).map((c) => rawOf(c.name)),
      "_extra",
    ];
    const newlines = texts.map((t) => `coalesce(length(${t}) - length(replace(${t}, chr(10), '')), 0)`).join(" + ");
    spans = await queryRows(
      conn,
      `SELECT source_line AS line, (${newlines})::INTEGER AS extra FROM ${rawTable(source)} ` +
        `WHERE source_file = ${sqlString(file.name)} AND (${texts.map((t) => `contains(${t}, chr(10))`).join(" OR ")}) ORDER BY 1`,
    );
  }
  const shifts = lineShifts(firstLine, blanks, spans);
  if (!shifts.length) return;
  await uploadRows(conn, "_ingest_shift", { lo: "BIGINT", hi: "BIGINT", add: "INTEGER" }, shifts.map((s) => ({ lo: s.from, hi: s.to, add: s.add })));
  await conn.run(
    `UPDATE ${rawTable(source)} SET source_line = source_line + s.add FROM _ingest_shift s ` +
      `WHERE source_file = ${sqlString(file.name)} AND source_line >= s.lo AND source_line < s.hi`,
  );
  await conn.run("DROP TABLE _ingest_shift");
}

/** A line with every field empty (Excel leaves `;;;;` lines) is no row. */
async function deleteEmptyRows(conn: DuckDBConnection, source: Source): Promise<void> {
  const fromFile = [
    ...source.columns.filter((c) => c.stored).map((c) => ident(c.name)),
    ...checkedColumns(source).map((c) => rawOf(c.name)),
    "_extra",
  ];
  await conn.run(`DELETE FROM ${rawTable(source)} WHERE ${fromFile.map((c) => `${c} IS NULL`).join(" AND ")}`);
}

/** NIPs not found as written in raw.pegawai go to `_raw_` for zod to say why (format, or not registered). */
async function setAsideUnknownNips(conn: DuckDBConnection, source: Source): Promise<void> {
  for (const name of source.masterNips) {
    const col = ident(name);
    await conn.run(
      `UPDATE ${rawTable(source)} SET ${rawOf(name)} = ${col}, ${col} = NULL ` +
        `WHERE ${col} IS NOT NULL AND ${col} NOT IN (SELECT nip FROM raw.pegawai)`,
    );
  }
}

/** A column resolved through a table loaded earlier (attlog: nip from device and PIN); no match stays NULL. */
async function resolveLookup(conn: DuckDBConnection, source: Source): Promise<void> {
  const { table, match, value, column } = source.lookup!;
  const on = Object.entries(match).map(([mine, theirs]) => `l.${ident(theirs)} = t.${ident(mine)}`);
  await conn.run(`UPDATE ${rawTable(source)} AS t SET ${ident(column)} = l.${ident(value)} FROM raw.${ident(table)} l WHERE ${on.join(" AND ")}`);
}
