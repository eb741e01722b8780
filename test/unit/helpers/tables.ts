// Literal input tables for model tests: a name, its columns with types, and rows as JS values.
import type { DuckDBConnection } from "@duckdb/node-api";

type Value = string | number | boolean | null | undefined;

const literal = (v: Value): string =>
  v === null || v === undefined ? "null" : typeof v === "string" ? `'${v.replaceAll("'", "''")}'` : String(v);

/** Creates `name` with `columns` ({ column: "type" }) and inserts `rows`, each in column order. */
export async function table(conn: DuckDBConnection, name: string, columns: Record<string, string>, rows: Value[][]): Promise<void> {
  await conn.run(`create table ${name} (${Object.entries(columns).map(([c, t]) => `${c} ${t}`).join(", ")})`);
  if (rows.length) await conn.run(`insert into ${name} values ${rows.map((r) => `(${r.map(literal).join(", ")})`).join(", ")}`);
}

/**
 * marts.data_months with every given month (YYYY-MM-01) final for every source unless named in
 * `open` ({month: sources not final}), then the models that read it run over real rows: the months
 * a figure may read (data_final_months) are derived, never typed twice.
 */
export async function dataMonths(conn: DuckDBConnection, months: string[], open: Record<string, ("presensi" | "e_kinerja" | "ikp")[]> = {}): Promise<void> {
  const status = (month: string, source: string) => (open[month]?.includes(source as never) ? "not_final" : "final");
  await table(conn, "marts.data_months", { month: "date", month_label: "varchar", attendance_status: "varchar", e_kinerja_status: "varchar", ikp_status: "varchar", is_final: "boolean" },
    months.map((m) => [m, m, status(m, "presensi"), status(m, "e_kinerja"), status(m, "ikp"), !open[m]?.length]));
}
