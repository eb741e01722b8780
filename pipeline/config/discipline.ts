// The discipline ladder per employee type. PP 94/2021 applies to PNS only; PPPK discipline is the
// PPK's under PP 49/2018 Pasal 52 and the perjanjian kerja. By default a PPPK's days are counted
// as evidence on one open row (pipeline/rules/pp49_2018_pppk.csv); an instansi whose own rule
// sets PPPK rungs gives them as `discipline.pppk`. Both become config.discipline_ladder and
// config.discipline_run, the only ladder the models place people on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import type { DuckDBConnection } from "@duckdb/node-api";

const RULES_DIR = new URL("../rules/", import.meta.url).pathname;

const LEVEL = z.enum(["none", "ringan", "sedang", "berat"]);
const CODE = z.string().regex(/^[a-z0-9_]+$/, "kode sanksi: huruf kecil, angka dan _");
const TEXT = z.string().trim().min(1);

interface ShippedRung { min_days: string; max_days: string; level: string; sanction: string }

/** PP 94/2021's sedang and berat codes (tunjangan kinerja, jabatan, "sebagai PNS"): never a PPPK's. */
let pnsOnly: Set<string> | undefined;
function pnsOnlyCodes(): Set<string> {
  if (pnsOnly) return pnsOnly;
  const ladder = Papa.parse<ShippedRung>(readFileSync(join(RULES_DIR, "pp94_2021_ladder.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  const run = Papa.parse<ShippedRung>(readFileSync(join(RULES_DIR, "pp94_2021_consecutive.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  pnsOnly = new Set([...ladder, ...run].filter((r) => r.level === "sedang" || r.level === "berat").map((r) => r.sanction));
  return pnsOnly;
}

const sanctionCode = CODE.superRefine((code, ctx) => {
  if (pnsOnlyCodes().has(code)) ctx.addIssue({ code: "custom", message: `${code} adalah hukuman disiplin PNS (PP 94/2021), tidak berlaku bagi PPPK: pakai kode sendiri` });
});

/** A rung: level none goes with sanction none, and only with it. */
const rung = z
  .object({
    min_days: z.number().int().min(0),
    max_days: z.number().int().min(0).nullable(),
    level: LEVEL,
    sanction: sanctionCode,
    sanction_label: TEXT,
    legal_basis: TEXT,
  })
  .strict()
  .refine((r) => (r.level === "none") === (r.sanction === "none"), { path: ["sanction"], message: "sanction none hanya untuk level none, dan sebaliknya" });

/** Rungs in days: from 0, following each other without gaps, the last open (null), as the TPP bands. */
const rungs = z.array(rung).min(1).superRefine((list, ctx) => {
  list.forEach((r, i) => {
    const expected = i === 0 ? 0 : (list[i - 1].max_days ?? NaN) + 1;
    if (r.min_days !== expected) ctx.addIssue({ code: "custom", path: [i, "min_days"], message: `anak tangga harus mulai pada ${expected} hari` });
    if (r.max_days !== null && r.max_days < r.min_days) ctx.addIssue({ code: "custom", path: [i, "max_days"], message: "max_days lebih kecil dari min_days" });
  });
  if (list[list.length - 1].max_days !== null) ctx.addIssue({ code: "custom", path: [list.length - 1, "max_days"], message: "anak tangga terakhir harus terbuka (null)" });
});

/** Consecutive TK working days that bring a rung of their own (PNS: 10 days, Pasal 11 ayat (2) huruf d angka 4). */
const run = z
  .object({
    min_consecutive_days: z.number().int().min(2).max(60),
    level: LEVEL.exclude(["none"]),
    sanction: sanctionCode,
    sanction_label: TEXT,
    legal_basis: TEXT,
  })
  .strict();

/** `discipline.pppk`: an instansi's own PPPK ladder; absent, the shipped PP 49/2018 open row applies. */
export const pppkDisciplineSchema = z.object({ rungs, run: run.optional() }).strict();

export type PppkDiscipline = z.infer<typeof pppkDisciplineSchema>;

const sqlString = (s: string | null): string => (s === null ? "null" : `'${s.replaceAll("'", "''")}'`);

/**
 * config.discipline_ladder (employee_type, min_days, max_days, level, sanction, sanction_label,
 * legal_basis) and config.discipline_run (employee_type, min_consecutive_days, ...): PNS from the
 * PP 94/2021 tables, PPPK from `discipline.pppk` or pipeline/rules/pp49_2018_pppk.csv. Every text
 * a rung can print is also a value of the enum config.discipline_text, so that the per-day model
 * carries labels and citations at one byte a row.
 */
export async function loadDisciplineLadders(conn: DuckDBConnection, pppk: PppkDiscipline | undefined): Promise<void> {
  const columns = "min_days integer, max_days integer, level varchar, sanction varchar, sanction_label varchar, legal_basis varchar";
  await conn.run(`create or replace table rules.pp49_2018_pppk as
    select * from read_csv(${sqlString(join(RULES_DIR, "pp49_2018_pppk.csv"))}, header = true,
      columns = {'min_days': 'INTEGER', 'max_days': 'INTEGER', 'level': 'VARCHAR', 'sanction': 'VARCHAR', 'sanction_label': 'VARCHAR', 'legal_basis': 'VARCHAR'})`);
  await conn.run(`create or replace table config.discipline_ladder (employee_type varchar, ${columns})`);
  await conn.run(`insert into config.discipline_ladder select 'PNS', * from rules.pp94_2021_ladder`);
  await conn.run(`create or replace table config.discipline_run (employee_type varchar, min_consecutive_days integer,
    level varchar, sanction varchar, sanction_label varchar, legal_basis varchar)`);
  await conn.run(`insert into config.discipline_run select 'PNS', * from rules.pp94_2021_consecutive`);
  if (pppk) {
    const values = pppk.rungs.map((r) => `('PPPK', ${r.min_days}, ${r.max_days ?? "null"}, ${[r.level, r.sanction, r.sanction_label, r.legal_basis].map(sqlString).join(", ")})`);
    await conn.run(`insert into config.discipline_ladder values ${values.join(", ")}`);
    const r = pppk.run;
    if (r) await conn.run(`insert into config.discipline_run values ('PPPK', ${r.min_consecutive_days}, ${[r.level, r.sanction, r.sanction_label, r.legal_basis].map(sqlString).join(", ")})`);
  } else {
    await conn.run(`insert into config.discipline_ladder select 'PPPK', * from rules.pp49_2018_pppk`);
  }
  // a count rung and the run with the same sanction are cited together ("...; ...")
  await conn.run(`drop type if exists config.discipline_text`);
  await conn.run(`create type config.discipline_text as enum (
    select distinct text from (
      select unnest([level, sanction, sanction_label, legal_basis]) as text from config.discipline_ladder
      union all
      select unnest([level, sanction, sanction_label, legal_basis]) from config.discipline_run
      union all
      select ladder.legal_basis || '; ' || run.legal_basis
      from config.discipline_ladder as ladder
      inner join config.discipline_run as run using (employee_type, sanction)
    ) order by text)`);
}

/** `discipline`: late and early minutes as days (docs/aturan.md#disiplin), and PPPK's own ladder if any. */
export const disciplineSchema = z
  .object({
    // docs/aturan.md#disiplin: late + early minutes convert to whole days of this many minutes (7,5 jam).
    minutes_per_day: z.number().int().min(60).max(720).default(450),
    include_converted_days: z.boolean().default(true),
    /** PPPK's own ladder (PP 49/2018 Pasal 52: the PPK's rule); absent, counted as evidence only. */
    pppk: pppkDisciplineSchema.optional(),
  })
  .prefault({});
