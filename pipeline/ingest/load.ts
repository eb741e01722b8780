// Reading a source's files into its raw table. DuckDB parses each CSV, and each field's SQL half
// (fields.ts) types the canonical values on the way in; what it cannot type is kept, as written,
// in a helper column `_raw_<column>` for validate.ts to judge with zod.
//
// The rows are first loaded into a temporary staging table (`rawTable`), held in memory within the
// run's memory limit, so loading, the line-number and NIP UPDATEs and the validation DELETEs do not
// write the database file (in a file table they cost about 1,6x as much). `finishRawTable` writes
// the final `raw.<source>` once, without the helper columns, in load order. (Peak memory on the
// sample rose from about 1,7 to 2,4 GB with it; the 50.000 run is still to be measured.)
//
// The INSERT is a plain scan -> projection (no join, no window), so DuckDB runs it on all cores and
// keeps the file's order: the table is append-only while loading, so a row's rowid gives its
// record number, hence its line (one UPDATE per source, of that one column, after the last file).
// The rowid is also the load order (file order, then line order: which duplicate wins): a DELETE
// never renumbers rows, so it holds until the staging table is written out.
// (`row_number() over ()` in the INSERT would number rows while reading, but it makes DuckDB parse
// the file on one thread, which costs more than the UPDATE on two cores.)
import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { UnusableInputError } from "./errors.ts";
import { sqlTrim } from "./fields.ts";
import { lineShifts } from "./lines.ts";
import type { InputUnit, ReadPlan } from "./prepare.ts";
import { compactValue } from "./recognise.ts";
import { ident, queryRows, sqlString, uploadRows } from "./sql.ts";
import type { Column, Source } from "./source.ts";
import { Profile } from "../profile.ts";

/** A unit's rows in the raw table: file and sheet (`\t`-joined, sheet empty for text files). */
export const unitKey = (file: string, sheet: string | null): string => `${file}\t${sheet ?? ""}`;

/** The staging table a source is loaded into (temporary); `raw.<source>` once finished. */
export const rawTable = (source: Source): string => ident(`_ingest_raw_${source.name}`);
const finalTable = (source: Source): string => `raw.${ident(source.name)}`;
/** Columns that may need zod: stored, and not decided entirely in SQL. */
export const checkedColumns = (source: Source): Column[] => source.columns.filter((c) => c.stored && !c.field.total);
export const rawOf = (column: string): string => ident(`_raw_${column}`);
/**
 * The staging table, empty, with the helper columns that `finishRawTable` leaves out: _extra (a
 * field beyond the header's), _cell_* (a problem the spreadsheet reader saw in a cell: a NIP typed
 * as a number) and _raw_* (text left for zod).
 */
export async function createRawTable(conn: DuckDBConnection, source: Source): Promise<void> {
  const columns = [
    ...source.tableColumns.map((c) => `${ident(c.name)} ${c.sqlType}`),
    "source_file VARCHAR",
    "source_sheet VARCHAR",
    "source_line INTEGER",
    "_extra VARCHAR",
    "_cell_column VARCHAR",
    "_cell_value VARCHAR",
    "_cell_reason VARCHAR",
    ...checkedColumns(source).map((c) => `${rawOf(c.name)} VARCHAR`),
  ];
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${rawTable(source)} (${columns.join(", ")})`);
}

/** Writes `raw.<source>` from the staging table, in load order, without the helper columns. */
export async function finishRawTable(conn: DuckDBConnection, source: Source): Promise<void> {
  const kept = [...source.tableColumns.map((c) => ident(c.name)), "source_file", "source_sheet", "source_line"];
  await conn.run(`CREATE OR REPLACE TABLE ${finalTable(source)} AS SELECT ${kept.join(", ")} FROM ${rawTable(source)} ORDER BY rowid`);
  await conn.run(`DROP TABLE ${rawTable(source)}`);
}

/**
 * Loads the units (sorted by file, then sheet) and resolves NIPs and lookups; returns the rows read
 * per unit (unitKey) and the optional columns some header lacks.
 */
export async function loadFiles(conn: DuckDBConnection, source: Source, units: readonly InputUnit[], profile = new Profile()) {
  const stage = (step: string) => `ingest ${source.name}: ${step}`;
  let loaded = 0;
  const absent = new Set<string>();
  const textUnits: { unit: InputUnit; from: number; to: number; firstLine: number }[] = [];
  for (const unit of units) {
    const plan = unit.plan!;
    for (const c of unit.columns) if (c.origin === "tidak_ada") absent.add(c.column);
    const inserted = await profile.time(conn, stage("baca"), () => insertRows(conn, source, unit, plan), (n) => n);
    // A text file's record k (0-based) is line skip + 1 + k: its rows are rowids [loaded, loaded + inserted).
    if (!plan.sheet && inserted) textUnits.push({ unit, from: loaded, to: loaded + inserted, firstLine: plan.skip + 1 });
    loaded += inserted;
  }
  if (textUnits.length) {
    await profile.time(conn, stage("nomor baris"), async () => {
      const shift = textUnits.map((t) => `WHEN rowid < ${t.to} THEN ${t.firstLine - t.from}`).join(" ");
      await conn.run(`UPDATE ${rawTable(source)} SET source_line = (rowid + CASE ${shift} END)::INTEGER WHERE source_sheet IS NULL`);
      for (const { unit, firstLine } of textUnits) {
        const scan = unit.plan!.scan!;
        if (scan.hasQuote || scan.blanks.some((b) => b > firstLine && b < scan.lastLine)) {
          await correctLines(conn, source, unit.file, firstLine, scan.blanks, scan.hasQuote);
        }
      }
    });
  }
  await profile.time(conn, stage("baris kosong"), () => deleteEmptyRows(conn, source, units));
  await profile.time(conn, stage("NIP dan rujukan"), async () => {
    await setAsideUnknownNips(conn, source);
    if (source.lookup) await resolveLookup(conn, source);
  });
  const counts = await queryRows<{ file: string; sheet: string | null; n: number }>(
    conn,
    `SELECT source_file AS file, source_sheet AS sheet, count(*)::INTEGER AS n FROM ${rawTable(source)} GROUP BY ALL`,
  );
  return { rowsRead: new Map(counts.map((c) => [unitKey(c.file, c.sheet), c.n])), absent: [...absent] };
}

/** The raw text of a column's cell: the field, through the import map's values; or its default. */
function cellSql(plan: ReadPlan, column: string): string | undefined {
  const p = plan.positions.get(column);
  if (p === undefined) {
    const fallback = plan.defaults.get(column);
    return fallback === undefined ? undefined : sqlString(fallback);
  }
  const field = `r.c${p}`;
  const values = plan.values.get(column);
  if (!values?.size) return field;
  // Case and spaces ignored, as compactValue does.
  const key = `regexp_replace(lower(${field}), '\\s+', '', 'g')`;
  return `CASE ${key} ${[...values].map(([from, to]) => `WHEN ${sqlString(compactValue(from))} THEN ${sqlString(to)}`).join(" ")} ELSE ${field} END`;
}

async function insertRows(conn: DuckDBConnection, source: Source, unit: InputUnit, plan: ReadPlan): Promise<number> {
  const fields = Array.from({ length: plan.fieldCount + 1 }, (_, i) => `c${i}`); // one more: too many fields
  const quote = plan.quoted ? `'"'` : "''";
  const csv =
    `read_csv(${sqlString(plan.path)}, header = false, skip = ${plan.skip}, delim = ${sqlString(plan.delimiter)}, ` +
    `quote = ${quote}, escape = ${quote}, auto_detect = false, null_padding = true, strict_mode = false, ` +
    `columns = {${fields.map((f) => `'${f}': 'VARCHAR'`).join(", ")}})`;

  // v: each field's candidate value, computed once; then the canonical ones kept, the rest set aside.
  const candidates: string[] = [];
  const values = new Map<string, string>();
  const raws: string[] = [];
  for (const col of source.columns.filter((c) => c.stored)) {
    const cell = cellSql(plan, col.name);
    const checked = !col.field.total;
    if (cell === undefined) {
      values.set(col.name, `NULL::${col.field.sqlType}`);
      if (checked) raws.push("NULL");
      continue;
    }
    const [candidate, input] = [ident(`_v_${col.name}`), ident(`_in_${col.name}`)];
    if (source.masterNips.includes(col.name)) {
      // Kept as written (trimmed); setAsideUnknownNips moves those not in pegawai to _raw_.
      candidates.push(`${sqlTrim(cell)} AS ${candidate}`);
      values.set(col.name, `v.${candidate}`);
      raws.push("NULL");
      continue;
    }
    const { value, valid } = col.field.sql;
    candidates.push(`${value(cell)} AS ${candidate}`);
    if (checked) candidates.push(`${cell} AS ${input}`);
    const typed = valid ? `CASE WHEN ${valid(`v.${candidate}`, `v.${input}`)} THEN v.${candidate} END` : `v.${candidate}`;
    values.set(col.name, typed);
    if (checked) raws.push(`CASE WHEN ${typed} IS NULL THEN v.${input} END`);
  }
  if (source.fromFileName) values.set(source.fromFileName.column, sqlString(source.fromFileName.value(basename(unit.file))));
  if (source.lookup) values.set(source.lookup.column, "NULL::VARCHAR");

  const meta = plan.sheet
    ? ["TRY_CAST(r.c0 AS INTEGER) AS _line", "r.c1 AS _cell_column", "r.c2 AS _cell_value", "r.c3 AS _cell_reason"]
    : ["NULL::INTEGER AS _line", "NULL AS _cell_column", "NULL AS _cell_value", "NULL AS _cell_reason"];
  const select = [
    ...source.tableColumns.map((c) => values.get(c.name)),
    sqlString(unit.file),
    unit.sheet === null ? "NULL" : sqlString(unit.sheet),
    "v._line", // source_line: the Excel row; text files get theirs from rowid once all are inserted
    `v._extra`,
    "v._cell_column",
    "v._cell_value",
    "v._cell_reason",
    ...raws,
  ];

  const sql =
    `INSERT INTO ${rawTable(source)} SELECT ${select.join(", ")} ` +
    `FROM (SELECT r.c${plan.fieldCount} AS _extra, ${[...meta, ...candidates].join(", ")} FROM ${csv} r) v`;
  try {
    const result = await conn.run(sql);
    return Number(result.rowsChanged);
  } catch (error) {
    // DuckDB's message quotes the offending lines: only the line number and the kind of fault are kept.
    const text = String(error);
    const line = /on Line: (\d+)/i.exec(text)?.[1];
    const where = line && !plan.sheet ? ` (sekitar baris ${line})` : "";
    const why = /maximum line size/i.test(text) ? ": baris terlalu panjang, mungkin tanda kutip tidak ditutup" : "";
    throw new UnusableInputError(`Berkas ${unit.file}${unit.sheet !== null ? ` lembar ${unit.sheet}` : ""} tidak dapat dibaca sebagai tabel${where}${why}`);
  }
}

/** Moves `source_line` from record order to the real line where empty lines or multi-line values intervene. */
async function correctLines(conn: DuckDBConnection, source: Source, file: string, firstLine: number, blanks: number[], hasQuote: boolean) {
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
        `WHERE source_file = ${sqlString(file)} AND (${texts.map((t) => `contains(${t}, chr(10))`).join(" OR ")}) ORDER BY 1`,
    );
  }
  const shifts = lineShifts(firstLine, blanks, spans);
  if (!shifts.length) return;
  await uploadRows(conn, "_ingest_shift", { lo: "BIGINT", hi: "BIGINT", add: "INTEGER" }, shifts.map((s) => ({ lo: s.from, hi: s.to, add: s.add })));
  await conn.run(
    `UPDATE ${rawTable(source)} SET source_line = source_line + s.add FROM _ingest_shift s ` +
      `WHERE source_file = ${sqlString(file)} AND source_line >= s.lo AND source_line < s.hi`,
  );
  await conn.run("DROP TABLE _ingest_shift");
}

/**
 * A line with every field empty (Excel leaves `;;;;` lines, OPD templates numbered but empty rows)
 * is no row. Only the file's own fields decide: a column the import map filled with a default is
 * left out of the test for that file, or an empty row would become a reject.
 */
async function deleteEmptyRows(conn: DuckDBConnection, source: Source, units: readonly InputUnit[]): Promise<void> {
  const empty = (skip: ReadonlySet<string>) =>
    [
      ...source.columns.filter((c) => c.stored && !skip.has(c.name)).map((c) => `${ident(c.name)} IS NULL`),
      ...checkedColumns(source).filter((c) => !skip.has(c.name)).map((c) => `${rawOf(c.name)} IS NULL`),
      "_extra IS NULL",
    ].join(" AND ");
  const unitIs = (u: InputUnit) => `(source_file = ${sqlString(u.file)} AND source_sheet IS NOT DISTINCT FROM ${u.sheet === null ? "NULL" : sqlString(u.sheet)})`;
  const defaulted = units.filter((u) => u.plan!.defaults.size);
  const others = defaulted.length ? ` AND NOT (${defaulted.map(unitIs).join(" OR ")})` : "";
  await conn.run(`DELETE FROM ${rawTable(source)} WHERE ${empty(new Set())}${others}`);
  for (const u of defaulted) {
    await conn.run(`DELETE FROM ${rawTable(source)} WHERE ${unitIs(u)} AND ${empty(new Set(u.plan!.defaults.keys()))}`);
  }
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

/**
 * A column resolved through a table loaded earlier (attlog: nip from device and PIN); no match
 * stays NULL. An exact match wins over a row that leaves the wildcard column empty.
 */
async function resolveLookup(conn: DuckDBConnection, source: Source): Promise<void> {
  const { table, match, value, column, wildcard } = source.lookup!;
  const on = (entries: [string, string][]) => entries.map(([mine, theirs]) => `l.${ident(theirs)} = t.${ident(mine)}`);
  await conn.run(`UPDATE ${rawTable(source)} AS t SET ${ident(column)} = l.${ident(value)} FROM raw.${ident(table)} l WHERE ${on(Object.entries(match)).join(" AND ")}`);
  if (!wildcard) return;
  const rest = Object.entries(match).filter(([mine]) => mine !== wildcard);
  await conn.run(
    `UPDATE ${rawTable(source)} AS t SET ${ident(column)} = l.${ident(value)} FROM raw.${ident(table)} l ` +
      `WHERE t.${ident(column)} IS NULL AND l.${ident(match[wildcard])} IS NULL AND ${on(rest).join(" AND ")}`,
  );
}
