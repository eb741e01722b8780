// Deterministic sample exports for a fictional kabupaten, with planted cases and dirt.
// Usage (wired by pipeline/cli.ts): sample --out DIR [--employees N] [--year YYYY] [--seed S]
import { mkdirSync } from "node:fs";
import { writeAttendance } from "./attendance.ts";
import { buildCalendar } from "./calendar.ts";
import { CaseLog, type SampleCase } from "./cases.ts";
import { writeApel, writeCorrections } from "./corrections.ts";
import { buildEmployees } from "./employees.ts";
import { chooseLayouts, plantAccentedName, renumberGlogPins } from "./layouts.ts";
import { plantHtmlName, writeAbsences, writeDevices, writeHolidays, writeSiasn, writeUnits } from "./master.ts";
import { buildOrganisation } from "./organisation.ts";
import { chooseWorkPatterns, planRosters, scheduleConfig, writeRosters } from "./patterns.ts";
import { planPerformance, writeSkp } from "./performance.ts";
import { buildPlan } from "./plan.ts";
import { Rng } from "./random.ts";
import { writeIkp, writeSanctions, writeTraining } from "./records.ts";
import { assignRoles } from "./roles.ts";
import { write360, writeCompetency, writeStandards } from "./talent.ts";
import { PendingFiles } from "./xlsx.ts";

export type { SampleCase } from "./cases.ts";

export interface SampleOptions {
  out: string;
  /** Default 6000; at least 200 so that every planted case fits. */
  employees?: number;
  /** Default 2025. */
  year?: number;
  /** Default 1. */
  seed?: number;
}

export interface SampleResult {
  files: { file: string; rows: number }[];
  cases: SampleCase[];
}

export const MIN_EMPLOYEES = 200;

export async function generateSample(opts: SampleOptions): Promise<SampleResult> {
  const total = opts.employees ?? 6000;
  const year = opts.year ?? 2025;
  const seed = (opts.seed ?? 1) >>> 0;
  if (!Number.isInteger(total) || total < MIN_EMPLOYEES) throw new Error(`sampel: --employees harus bilangan bulat paling sedikit ${MIN_EMPLOYEES}`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error("sampel: --year harus tahun antara 2000 dan 2100");
  mkdirSync(opts.out, { recursive: true });

  const log = new CaseLog();
  const rng = new Rng(seed);
  const cal = buildCalendar(year);
  const opds = buildOrganisation(rng);
  const employees = buildEmployees(opds, total, cal, rng);
  const patterns = chooseWorkPatterns(opds, employees);
  const roles = assignRoles(employees, year, rng, patterns);
  const plan = buildPlan(employees, roles, cal, rng, log, patterns);
  planRosters(patterns, cal, employees, plan.absences, log);
  const perf = planPerformance(employees, opds, roles, seed, log);
  // Real layouts: which OPD's machine writes GLog, whose absences are a recap workbook; the
  // names every export carries (HTML, an accented one) are set before any file is written.
  const layouts = chooseLayouts(opds, employees);
  renumberGlogPins(layouts, employees);
  const html = plantHtmlName(employees);
  const accented = plantAccentedName(layouts, employees, roles, html);
  if (accented) log.add(accented.nip, "name_windows_1252", `NAMA ${accented.nama}: "é" is one Windows-1252 byte (0xE9) in ${layouts.glogFile}, UTF-8 elsewhere`, layouts.glogFile);

  const out = opts.out;
  // The workbooks are written by a worker thread while the CSVs and attendance files are written here.
  const pending = new PendingFiles();
  const files = [
    writeSiasn(out, year, employees, seed, log, pending),
    writeUnits(out, opds),
    writeHolidays(out, cal),
    writeDevices(out, employees, layouts),
    ...writeAbsences(out, cal, employees, plan, roles, layouts, log, pending, { schedule: scheduleConfig(patterns, employees) }),
    ...writeSkp(out, year, employees, perf, roles, seed, log, pending),
    ...writeAttendance({ out, seed, cal, employees, plan, roles, log, layouts, patterns }),
    ...writeRosters(out, cal, employees, patterns),
    writeCorrections(out, cal, employees, plan, patterns, seed, log),
    writeApel(out, cal, employees, plan, roles, patterns, seed, log),
    write360(out, year, employees, perf, roles, seed, log),
    writeStandards(out),
    writeCompetency(out, year, employees, roles, seed, log),
    writeSanctions(out, cal, employees, plan, roles, seed, log),
    writeIkp(out, cal, employees, seed, log),
    writeTraining(out, year, employees, roles, seed, log),
  ];
  for (const e of roles.quiet) {
    log.add(employees[e].nip, "quiet_performer", `${employees[e].opd.code} (the largest OPD): SKP sesuai/di_atas (baik) every period both years, below the many sangat_baik peers; 3 approved activities a day at full volume, 360 around 4.5, no TK, no late minutes, no sanction`);
  }
  await pending.settle();
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, cases: log.cases };
}
