// The instansi's settings: every regional choice lives here, validated at start-up. One module
// per section (schedule.ts, discipline.ts, tpp.ts, ...); this file puts them together in the
// JSON file's order. Defaults follow the regulations as docs/aturan.md explains them; an instansi overrides them with
// one JSON file (--config).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { awardsSchema } from "./awards.ts";
import { completenessSchema } from "./completeness.ts";
import { disciplineSchema } from "./discipline.ts";
import { importsSchema } from "./imports.ts";
import { instansiSchema, periodSchema } from "./instansi.ts";
import { mobileSchema } from "./mobile.ts";
import { behaviour360Schema, ikpSchema, performanceSchema, productivitySchema } from "./performance.ts";
import { publishingSchema } from "./publishing.ts";
import { scheduleSchema } from "./schedule.ts";
import { meritSchema, talentSchema } from "./talent.ts";
import { tppPerformanceSchema, tppSchema } from "./tpp.ts";

export const configSchema = z
  .object({
    instansi: instansiSchema,
    period: periodSchema,
    schedule: scheduleSchema,
    discipline: disciplineSchema,
    tpp: tppSchema,
    productivity: productivitySchema,
    performance: performanceSchema,
    behaviour_360: behaviour360Schema,
    ikp: ikpSchema,
    tpp_performance: tppPerformanceSchema,
    awards: awardsSchema,
    talent: talentSchema,
    merit: meritSchema,
    mobile: mobileSchema,
    /** The import map: exports in layouts no source knows (pipeline/config/imports.ts). */
    imports: importsSchema,
    completeness: completenessSchema,
    publishing: publishingSchema,
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** `imports[0].columns.jenis`: the setting as a person finds it in the JSON file. */
export function settingPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

/** Reads and validates the config; the message names the file and the first bad setting. */
export function loadConfig(file?: string): Config {
  let input: unknown = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new ConfigError(`Berkas konfigurasi ${file} tidak dapat dibaca`);
    }
    try {
      input = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`Berkas konfigurasi ${file} bukan JSON yang sah: ${(e as Error).message}`);
    }
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? settingPath(issue.path) : "(akar)";
    throw new ConfigError(`Konfigurasi ${file ?? "bawaan"} tidak sah pada ${where}: ${issue.message}`);
  }
  return parsed.data;
}
