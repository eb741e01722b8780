// Small helpers for CLI integration tests: run the real CLI, read the database it wrote.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

export const FIXTURES = resolve("test/fixtures/cli");

export function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "pipeline/cli.ts", ...args], { encoding: "utf8" });
  return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = "asn-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh copy of a fixture folder, for tests that add or break files. */
export function copyFixture(name: string): string {
  const dir = join(tempDir(), name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
