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
