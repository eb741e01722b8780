import { describe, expect, it } from "vitest";
import { type Model, orderModels, readModels } from "../../pipeline/sql/run.ts";

const model = (schema: string, name: string, dependsOn: string[]): Model => ({ schema, name, file: `${schema}/${name}.sql`, sql: "", dependsOn });

describe("SQL model runner", () => {
  it("orders every shipped model after the models it reads", () => {
    const models = readModels();
    const position = new Map(models.map((m, i) => [`${m.schema}.${m.name}`, i]));
    for (const [i, m] of models.entries()) for (const dep of m.dependsOn) expect(position.get(dep)).toBeLessThan(i);
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(["daily_attendance", "employees", "load_report", "rejects", "unit_summary"]));
  });

  it("puts a dependency first even when its file sorts later", () => {
    const ordered = orderModels([model("marts", "a", ["marts.b"]), model("marts", "b", [])]);
    expect(ordered.map((m) => m.name)).toEqual(["b", "a"]);
  });

  it("stops on a cycle", () => {
    expect(() => orderModels([model("marts", "a", ["marts.b"]), model("marts", "b", ["marts.a"])])).toThrow(/siklus/);
  });
});
