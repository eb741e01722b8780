// The one helper every data loader uses: open the pipeline's DuckDB file read-only, run one
// SELECT on the marts, print the rows as JSON on stdout (which Framework saves as the file).
// Loaders stay thin: the SQL only selects, filters and sums; rules live in the pipeline.
import { existsSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import Papa from "papaparse";
import { databasePath } from "./env.ts";

/**
 * Runs `sql` and returns plain JSON rows. BIGINT and DECIMAL come back as strings from
 * getRowObjectsJson(), so cast counts to INTEGER/DOUBLE in the SQL itself.
 */
export async function queryRows(sql: string): Promise<Record<string, unknown>[]> {
  const path = databasePath();
  if (!existsSync(path)) {
    throw new Error(`Basis data tidak ditemukan: ${path}. Jalankan pipeline dulu, atau setel ASN_DB.`);
  }
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as Record<string, unknown>[];
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Runs several SELECTs on one connection (one process, one open), handing each result on. */
export async function queryEach(queries: [string, string][], each: (name: string, rows: Record<string, unknown>[]) => void): Promise<void> {
  const instance = await DuckDBInstance.create(databasePath(), { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    for (const [name, sql] of queries) each(name, (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Loader entry point: query, print JSON, exit non-zero with the reason on failure. */
export async function printQuery(sql: string): Promise<void> {
  try {
    process.stdout.write(JSON.stringify(await queryRows(sql)));
  } catch (error) {
    process.stderr.write(`loader gagal (${databasePath()}): ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

/**
 * Rows as CSV (RFC 4180, header row, "\n" line ends, papaparse's quoting) for the members of a
 * loader's zip: about half the bytes of JSON for the long per-person files. Every value arrives
 * in the page as a string: convert numbers there, and never parse with `typed: true` (an 18-digit
 * NIP would become an inexact number). No rows, no header: an empty file.
 */
export function toCsv(rows: Record<string, unknown>[]): string {
  return rows.length ? Papa.unparse(rows, { newline: "\n" }) + "\n" : "";
}
