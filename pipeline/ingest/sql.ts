// Small DuckDB helpers shared by the ingest steps.
import type { DuckDBConnection } from "@duckdb/node-api";

/** A SQL string literal. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A quoted SQL identifier (column names such as "column" are keywords). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Rows of a query as plain objects (BIGINT arrives as string: cast in SQL where a number is needed). */
export async function queryRows<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson() as T[];
}

/**
 * Creates (or replaces) temp table `name` holding `rows`, typed by `columns` (name -> DuckDB type).
 * The rows travel as one JSON parameter: no temp file, no escaping, one statement.
 */
export async function uploadRows(
  conn: DuckDBConnection,
  name: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const shape = JSON.stringify([columns]);
  const select = rows.length
    ? `SELECT unnest(from_json($1::JSON, ${sqlString(shape)}), recursive := true)`
    : `SELECT ${Object.entries(columns).map(([c, t]) => `NULL::${t} AS ${ident(c)}`).join(", ")} WHERE false`;
  const statement = await conn.prepare(`CREATE OR REPLACE TEMP TABLE ${ident(name)} AS ${select}`);
  if (rows.length) statement.bindVarchar(1, JSON.stringify(rows));
  await statement.run();
}
