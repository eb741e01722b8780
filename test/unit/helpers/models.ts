// Runs a chosen few SQL models on literal input rows: "given these rows, expect these rows".
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { configSchema } from "../../../pipeline/config/schema.ts";
import { loadConfigTables } from "../../../pipeline/config/load.ts";
import { readModels, runModels } from "../../../pipeline/sql/run.ts";

export async function modelDb(config: unknown = {}): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  await loadConfigTables(conn, configSchema.parse(config));
  for (const schema of ["raw", "staging", "intermediate", "marts"]) await conn.run(`create schema ${schema}`);
  return conn;
}

/** Runs the named models (and only those) in dependency order over tables already present. */
export async function runOnly(conn: DuckDBConnection, ...names: string[]): Promise<void> {
  const models = readModels().filter((m) => names.includes(m.name));
  await runModels(conn, () => {}, models);
}

export async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

/** Monday-Friday dates from `start`, skipping `holidays`, `count` of them (ISO strings). */
export function workingDays(start: string, count: number, holidays: string[] = []): string[] {
  const out: string[] = [];
  for (const d = new Date(`${start}T00:00:00Z`); out.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() % 6 !== 0 && !holidays.includes(iso)) out.push(iso);
  }
  return out;
}

/**
 * staging.stg_employees with the employee type of every NIP in the test's attendance days
 * (intermediate.int_daily_attendance, else marts.daily_attendance; the discipline ladder depends
 * on it): PNS, except the NIPs given as PPPK.
 */
export async function employeeTypes(conn: DuckDBConnection, pppk: string[] = []): Promise<void> {
  const list = pppk.map((nip) => `'${nip}'`).join(", ");
  const [found] = await rows(conn, `select count(*)::integer as n from duckdb_tables() where schema_name = 'intermediate' and table_name = 'int_daily_attendance'`);
  const days = found.n ? "intermediate.int_daily_attendance" : "marts.daily_attendance";
  await conn.run(`create table staging.stg_employees as
    select distinct nip, case when nip in (${list || "null"}) then 'PPPK' else 'PNS' end as employee_type
    from ${days}`);
}
