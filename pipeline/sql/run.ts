// Runs the SQL models: one `select` per file, named by the file, layer by layer
// (staging -> intermediate -> marts), each layer in the order its references demand.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { formatCount, formatSeconds } from "../format.ts";
import { Profile } from "../profile.ts";

export const LAYERS = ["staging", "intermediate", "marts"] as const;
// Staging models only rename and type: views, as in dbt, so millions of rows are not copied.
const MATERIALISED_AS: Record<string, "view" | "table"> = { staging: "view", intermediate: "table", marts: "table" };
const SQL_DIR = new URL(".", import.meta.url).pathname;

export interface Model {
  schema: string;
  name: string;
  file: string;
  sql: string;
  dependsOn: string[];
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, "");
}

export function readModels(dir = SQL_DIR): Model[] {
  const models: Model[] = [];
  for (const schema of LAYERS) {
    for (const file of readdirSync(join(dir, schema)).filter((f) => f.endsWith(".sql")).sort()) {
      const sql = readFileSync(join(dir, schema, file), "utf8");
      models.push({ schema, name: basename(file, ".sql"), file: join(schema, file), sql, dependsOn: [] });
    }
  }
  const known = new Set(models.map((m) => `${m.schema}.${m.name}`));
  for (const m of models) {
    const refs = stripComments(m.sql).match(/\b(staging|intermediate|marts)\.[a-z_][a-z0-9_]*/gi) ?? [];
    m.dependsOn = [...new Set(refs.map((r) => r.toLowerCase()))].filter((r) => r !== `${m.schema}.${m.name}`);
    const unknown = m.dependsOn.filter((r) => !known.has(r));
    if (unknown.length) throw new Error(`Model ${m.file} merujuk tabel yang tidak ada: ${unknown.join(", ")}`);
  }
  return orderModels(models);
}

/** Topological order; a cycle is a bug in the models and stops the run. */
export function orderModels(models: Model[]): Model[] {
  const byKey = new Map(models.map((m) => [`${m.schema}.${m.name}`, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: Model[] = [];
  const visit = (key: string) => {
    if (done.has(key)) return;
    if (visiting.has(key)) throw new Error(`Model SQL saling merujuk (siklus) di ${key}`);
    visiting.add(key);
    for (const dep of byKey.get(key)!.dependsOn) visit(dep);
    visiting.delete(key);
    done.add(key);
    ordered.push(byKey.get(key)!);
  };
  for (const key of byKey.keys()) visit(key);
  return ordered;
}

/**
 * A mart that only publishes an intermediate model (`select * from intermediate.x`, so that the
 * models reading it stay in intermediate) is a view: the rows are not copied twice.
 */
function materialisedAs(m: Model, body: string): "view" | "table" {
  const publishes = m.schema === "marts" && /^select \* from intermediate\.[a-z_][a-z0-9_]*$/i.test(stripComments(body).trim());
  return publishes ? "view" : MATERIALISED_AS[m.schema];
}

export async function runModels(
  conn: DuckDBConnection,
  log: (msg: string) => void,
  models = readModels(),
  profile = new Profile(),
): Promise<void> {
  for (const schema of LAYERS) await conn.run(`create schema if not exists ${schema}`);
  await conn.run(readFileSync(join(SQL_DIR, "macros.sql"), "utf8"));
  // The references decide the order (as in dbt), not the folders; progress is reported per layer.
  const elapsed = new Map<string, number>();
  const counts = new Map<string, string[]>();
  for (const m of models) {
    const started = performance.now();
    const body = m.sql.trim().replace(/;\s*$/, "");
    const kind = materialisedAs(m, body);
    try {
      await profile.time(conn, `${m.schema}.${m.name}`, () => conn.run(`create or replace ${kind} ${m.schema}.${m.name} as\n${body}`));
    } catch (e) {
      throw new Error(`Model ${m.file} gagal: ${(e as Error).message.split("\n")[0]}`);
    }
    elapsed.set(m.schema, (elapsed.get(m.schema) ?? 0) + performance.now() - started);
    let label = m.name;
    if (m.schema === "marts" || (profile.detailed && kind === "table")) {
      const n = Number((await conn.runAndReadAll(`select count(*)::integer as n from ${m.schema}.${m.name}`)).getRows()[0][0]);
      profile.stages.find((s) => s.name === `${m.schema}.${m.name}`)!.rows = n;
      if (m.schema === "marts") label += ` ${formatCount(n)}`;
    }
    counts.set(m.schema, [...(counts.get(m.schema) ?? []), label]);
  }
  for (const layer of LAYERS) {
    const list = counts.get(layer) ?? [];
    const detail = layer === "marts" ? `: ${list.join(", ")}` : "";
    log(`${layer}: ${list.length} model, ${formatSeconds(elapsed.get(layer) ?? 0)}${detail}`);
  }
}
