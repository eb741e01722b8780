// Judging what load.ts could not type in SQL, with the sources' zod schemas, once per distinct
// value; then every row with a problem moves to raw.rejects (reported on its first failing column)
// and the values zod normalised are written back.
import type { DuckDBConnection } from "@duckdb/node-api";
import { EMPTY, firstReason, type FieldValue } from "./fields.ts";
import { checkedColumns, rawOf, rawTable, unitKey } from "./load.ts";
import { ident, queryRows, sqlString, uploadRows } from "./sql.ts";
import type { Column, Source } from "./source.ts";

export const UNKNOWN_NIP = "NIP tidak terdaftar di data pegawai";
const TOO_MANY_FIELDS = "jumlah kolom melebihi baris judul (pemisah di dalam nilai tanpa tanda kutip?)";

/** Rejects invalid rows of a loaded source; returns the number rejected per file. */
export async function validateRows(conn: DuckDBConnection, source: Source): Promise<Map<string, number>> {
  const judged = checkedColumns(source);
  const fixable = new Map<Column, number>();
  for (const col of judged) fixable.set(col, await judgeDistinctValues(conn, source, col));
  const rejected = await rejectRows(conn, source, problemSql(source, judged));
  for (const col of judged) {
    if (fixable.get(col)) {
      await conn.run(
        `UPDATE ${rawTable(source)} SET ${ident(col.name)} = d.v FROM ${dictionary(col)} d ` +
          `WHERE ${rawOf(col.name)} = d.raw AND d.e IS NULL AND d.v IS NOT NULL`,
      );
    }
    await conn.run(`DROP TABLE ${dictionary(col)}`);
  }
  if (source.rowCheck) addCounts(rejected, await checkRows(conn, source));
  return rejected;
}

const dictionary = (col: Column): string => ident(`_ingest_dict_${col.name}`);

/** Each distinct value SQL left undecided, through the column's zod schema: value or reason. Returns how many are valid. */
async function judgeDistinctValues(conn: DuckDBConnection, source: Source, col: Column): Promise<number> {
  const raws = await queryRows<{ raw: string }>(
    conn,
    `SELECT DISTINCT ${rawOf(col.name)} AS raw FROM ${rawTable(source)} WHERE ${rawOf(col.name)} IS NOT NULL`,
  );
  const known = raws.length && source.masterNips.includes(col.name) ? await pegawaiNips(conn) : undefined;
  const entries = raws.map(({ raw }) => {
    const parsed = col.schema.safeParse(raw);
    if (!parsed.success) return { raw, v: null, e: firstReason(parsed.error) };
    if (known && !known.has(parsed.data as string)) return { raw, v: null, e: UNKNOWN_NIP };
    return { raw, v: parsed.data, e: null };
  });
  await uploadRows(conn, `_ingest_dict_${col.name}`, { raw: "VARCHAR", v: col.field.sqlType, e: "VARCHAR" }, entries);
  return entries.filter((e) => e.v !== null).length;
}

async function pegawaiNips(conn: DuckDBConnection): Promise<Set<string>> {
  const rows = await queryRows<{ nip: string }>(conn, "SELECT nip FROM raw.pegawai");
  return new Set(rows.map((r) => r.nip));
}

/** The first problem of a row, column by column in file order, as a struct (NULL: none). */
function problemSql(source: Source, judged: Column[]): { from: string; problem: string; where: string } {
  const cases: string[] = [
    // What the spreadsheet reader saw in a cell comes first: it is why the text is wrong.
    `WHEN x._cell_reason IS NOT NULL THEN {'col': x._cell_column, 'val': x._cell_value, 'reason': x._cell_reason}`,
    `WHEN x._extra IS NOT NULL THEN {'col': NULL, 'val': NULL, 'reason': ${sqlString(TOO_MANY_FIELDS)}}`,
  ];
  const suspects = ["x._cell_reason IS NOT NULL", "x._extra IS NOT NULL"];
  const joins: string[] = [];
  for (const col of source.columns.filter((c) => c.stored)) {
    const value = `x.${ident(col.name)}`;
    const isJudged = judged.includes(col);
    if (col.required) {
      const empty = isJudged ? `${value} IS NULL AND x.${rawOf(col.name)} IS NULL` : `${value} IS NULL`;
      cases.push(`WHEN ${empty} THEN {'col': ${sqlString(col.name)}, 'val': NULL, 'reason': ${sqlString(EMPTY)}}`);
      suspects.push(`${value} IS NULL`);
    }
    if (isJudged) {
      const d = ident(`d_${col.name}`);
      joins.push(`LEFT JOIN ${dictionary(col)} ${d} ON ${d}.raw = x.${rawOf(col.name)}`);
      cases.push(`WHEN ${d}.e IS NOT NULL THEN {'col': ${sqlString(col.name)}, 'val': x.${rawOf(col.name)}, 'reason': ${d}.e}`);
      suspects.push(`x.${rawOf(col.name)} IS NOT NULL`);
    }
  }
  if (source.lookup) {
    const { column, reason, reportOn } = source.lookup;
    const message = reason
      .split(/(\{\w+\})/)
      .filter(Boolean)
      .map((part) => (/^\{\w+\}$/.test(part) ? `coalesce(x.${ident(part.slice(1, -1))}, '')` : sqlString(part)))
      .join(" || ");
    cases.push(`WHEN x.${ident(column)} IS NULL THEN {'col': ${sqlString(reportOn)}, 'val': x.${ident(reportOn)}, 'reason': ${message}}`);
    suspects.push(`x.${ident(column)} IS NULL`);
  }
  return {
    from: `${rawTable(source)} x ${joins.join(" ")}`,
    problem: `CASE ${cases.join(" ")} END`,
    where: suspects.join(" OR "),
  };
}

/** Moves rows with a problem to raw.rejects; returns the count per file. */
async function rejectRows(conn: DuckDBConnection, source: Source, q: { from: string; problem: string; where: string }) {
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE _ingest_bad AS SELECT * FROM (` +
      `SELECT x.rowid AS _ord, x.source_file, x.source_sheet, x.source_line, ${q.problem} AS p FROM ${q.from} WHERE ${q.where}) WHERE p IS NOT NULL`,
  );
  await conn.run(
    `INSERT INTO raw.rejects SELECT ${sqlString(source.name)}, source_file, source_sheet, source_line, p.col, p.val, p.reason FROM _ingest_bad ORDER BY _ord`,
  );
  await conn.run(`DELETE FROM ${rawTable(source)} WHERE rowid IN (SELECT _ord FROM _ingest_bad)`);
  const counts = await queryRows<{ file: string; sheet: string | null; n: number }>(
    conn,
    "SELECT source_file AS file, source_sheet AS sheet, count(*)::INTEGER AS n FROM _ingest_bad GROUP BY ALL",
  );
  await conn.run("DROP TABLE _ingest_bad");
  return new Map(counts.map((c) => [unitKey(c.file, c.sheet), c.n]));
}

/** The source's row check, run once per distinct combination of the columns it reads: rejects, then fills. */
async function checkRows(conn: DuckDBConnection, source: Source): Promise<Map<string, number>> {
  const { columns, check } = source.rowCheck!;
  const types = new Map(source.tableColumns.map((c) => [c.name, c.sqlType]));
  // Dates and times come back as the strings zod produces; numbers as numbers.
  const asJs = (c: string) => (types.get(c) === "DOUBLE" || types.get(c) === "INTEGER" ? ident(c) : `CAST(${ident(c)} AS VARCHAR)`);
  const tuples = await queryRows<Record<string, FieldValue>>(
    conn,
    `SELECT DISTINCT ${columns.map((c) => `${asJs(c)} AS ${ident(c)}`).join(", ")} FROM ${rawTable(source)}`,
  );
  const failing: Record<string, FieldValue>[] = [];
  const fixes: Record<string, FieldValue>[] = [];
  const filled = new Set<string>();
  for (const row of tuples) {
    const outcome = check(row);
    if (outcome && "reason" in outcome) failing.push({ ...row, _col: outcome.column, _reason: outcome.reason });
    else if (outcome) {
      fixes.push({ ...row, ...Object.fromEntries(Object.entries(outcome.set).map(([k, v]) => [`_set_${k}`, v])) });
      Object.keys(outcome.set).forEach((k) => filled.add(k));
    }
  }
  const shape = Object.fromEntries(columns.map((c) => [c, types.get(c)!]));
  const same = (alias: string) => columns.map((c) => `x.${ident(c)} IS NOT DISTINCT FROM ${alias}.${ident(c)}`).join(" AND ");
  let rejected = new Map<string, number>();
  if (failing.length) {
    await uploadRows(conn, "_ingest_failing", { ...shape, _col: "VARCHAR", _reason: "VARCHAR" }, failing);
    const value = `CASE f._col ${source.tableColumns.map((c) => `WHEN ${sqlString(c.name)} THEN CAST(x.${ident(c.name)} AS VARCHAR)`).join(" ")} END`;
    rejected = await rejectRows(conn, source, {
      from: `${rawTable(source)} x JOIN _ingest_failing f ON ${same("f")}`,
      problem: `{'col': f._col, 'val': ${value}, 'reason': f._reason}`,
      where: "true",
    });
    await conn.run("DROP TABLE _ingest_failing");
  }
  if (fixes.length) {
    const sets = [...filled];
    await uploadRows(conn, "_ingest_fixes", { ...shape, ...Object.fromEntries(sets.map((k) => [`_set_${k}`, types.get(k)!])) }, fixes);
    const assignments = sets.map((k) => `${ident(k)} = coalesce(f.${ident(`_set_${k}`)}, x.${ident(k)})`).join(", ");
    await conn.run(`UPDATE ${rawTable(source)} AS x SET ${assignments} FROM _ingest_fixes f WHERE ${same("f")}`);
    await conn.run("DROP TABLE _ingest_fixes");
  }
  return rejected;
}

function addCounts(into: Map<string, number>, more: Map<string, number>): void {
  for (const [k, n] of more) into.set(k, (into.get(k) ?? 0) + n);
}
