// Layers run one way (staging reads raw, intermediate reads staging and intermediate, marts read
// intermediate and marts) and pages see only what is published: loaders read marts, rules and
// config through the one query helper. Checked on the model files and the site's sources as
// they are, so a model or a loader that reaches back fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readModels } from "../../pipeline/sql/run.ts";

const models = readModels();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|md)$/.test(name) ? [path] : [];
  });
}

describe("layering", () => {
  it("staging reads only raw", () => {
    const reaching = models.filter((m) => m.schema === "staging" && m.dependsOn.length > 0).map((m) => `${m.file}: ${m.dependsOn.join(", ")}`);
    expect(reaching).toEqual([]);
  });

  it("no intermediate model reads a mart", () => {
    const reaching = models
      .filter((m) => m.schema === "intermediate")
      .flatMap((m) => m.dependsOn.filter((d) => d.startsWith("marts.")).map((d) => `${m.file} -> ${d}`));
    expect(reaching).toEqual([]);
  });

  it("no loader, component or page reads raw, staging or intermediate, or opens its own database", () => {
    const offenders = files("src")
      .filter((f) => f !== join("src", "data", "lib", "query.ts"))
      .flatMap((f) => {
        const text = readFileSync(f, "utf8").replace(/\/\/[^\n]*|--[^\n]*/g, "");
        const found = [...text.matchAll(/\b(raw|staging|intermediate)\.[a-z_]+/g)].map((m) => m[0]);
        if (/DuckDBInstance/.test(text)) found.push("DuckDBInstance");
        return found.map((what) => `${f}: ${what}`);
      });
    expect(offenders).toEqual([]);
  });
});
