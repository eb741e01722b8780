// Deterministic sample exports for a fictional kabupaten, with planted cases and dirt, for one
// calendar year or a span of whole months across a year end.
// Usage (wired by pipeline/cli.ts): sample --out DIR [--employees N] [--year YYYY | --from YYYY-MM --to YYYY-MM] [--seed S]
import { mkdirSync } from "node:fs";
import { writeAttendance } from "./attendance.ts";
import { buildCalendar, MAX_SPAN_MONTHS, monthsIn, type Span } from "./calendar.ts";
import { CaseLog, type SampleCase } from "./cases.ts";
import { writeApel, writeCorrections } from "./corrections.ts";
import { buildEmployees } from "./employees.ts";
import { chooseLayouts, plantAccentedName, renumberGlogPins } from "./layouts.ts";
import { plantHtmlName, writeAbsences, writeDevices, writeHolidays, writeSiasn, writeUnits } from "./master.ts";
import { buildOrganisation } from "./organisation.ts";
import { chooseWorkPatterns, planRosters, scheduleConfig, writeRosters } from "./patterns.ts";
import { planPerformance, writeSkp } from "./performance.ts";
import { buildPlan, yearEndRunStart } from "./plan.ts";
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
  /** Default 2025: the same as from YYYY-01 to YYYY-12. */
  year?: number;
  /** First and last month of the span ("YYYY-MM"), instead of year; both or neither. */
  from?: string;
  to?: string;
  /** Default 1. */
  seed?: number;
}

export interface SampleResult {
  files: { file: string; rows: number }[];
  cases: SampleCase[];
}

export const MIN_EMPLOYEES = 200;
export const DEFAULT_YEAR = 2025;
/** The planted cases counted per year (up to 30 TK days, never two in a row) need half a year in one year. */
export const MIN_SPAN_MONTHS = 12;

/** The span the options ask for (its length up to 24 months), or an error in the CLI's words. */
export function sampleSpan(opts: Pick<SampleOptions, "year" | "from" | "to">): Span {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/;
  if (opts.from !== undefined || opts.to !== undefined) {
    if (opts.year !== undefined) throw new Error("sampel: --year tidak dapat digabung dengan --from/--to");
    if (opts.from === undefined || opts.to === undefined) throw new Error("sampel: --from dan --to harus diisi bersama");
    for (const [name, value] of [["from", opts.from], ["to", opts.to]]) {
      if (!month.test(value)) throw new Error(`sampel: --${name} harus bulan YYYY-MM, bukan "${value}"`);
    }
    const span = { from: opts.from, to: opts.to };
    const n = monthsIn(span);
    if (n < 1) throw new Error(`sampel: --from ${span.from} harus tidak lebih dari --to ${span.to}`);
    if (n > MAX_SPAN_MONTHS) throw new Error(`sampel: rentang ${span.from} s.d. ${span.to} ${n} bulan; paling banyak ${MAX_SPAN_MONTHS} bulan`);
    for (const y of [span.from, span.to].map((m) => Number(m.slice(0, 4)))) {
      if (y < 2000 || y > 2100) throw new Error("sampel: tahun --from/--to harus antara 2000 dan 2100");
    }
    return span;
  }
  const year = opts.year ?? DEFAULT_YEAR;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error("sampel: --year harus tahun antara 2000 dan 2100");
  return { from: `${year}-01`, to: `${year}-12` };
}

export async function generateSample(opts: SampleOptions): Promise<SampleResult> {
  const total = opts.employees ?? 6000;
  const seed = (opts.seed ?? 1) >>> 0;
  if (!Number.isInteger(total) || total < MIN_EMPLOYEES) throw new Error(`sampel: --employees harus bilangan bulat paling sedikit ${MIN_EMPLOYEES}`);
  // The calendar first: a year without its holiday list stops the sample before any file is written.
  const span = sampleSpan(opts);
  const cal = buildCalendar(span);
  const n = monthsIn(span);
  if (n < MIN_SPAN_MONTHS) throw new Error(`sampel: rentang ${span.from} s.d. ${span.to} ${n} bulan; paling sedikit ${MIN_SPAN_MONTHS} bulan agar setiap kasus tertanam muat`);
  const year = cal.year;
  mkdirSync(opts.out, { recursive: true });

  const log = new CaseLog();
  const rng = new Rng(seed);
  const opds = buildOrganisation(rng);
  const employees = buildEmployees(opds, total, cal, rng);
  const patterns = chooseWorkPatterns(opds, employees);
  const roles = assignRoles(employees, year, rng, patterns, yearEndRunStart(cal) >= 0);
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
    writeSiasn(out, cal, employees, seed, log, pending),
    writeUnits(out, opds),
    ...writeHolidays(out, cal),
    writeDevices(out, employees, layouts),
    ...writeAbsences(out, cal, employees, plan, roles, layouts, log, pending, { schedule: scheduleConfig(patterns, employees) }),
    ...writeSkp(out, cal, employees, perf, roles, seed, log, pending),
    ...writeAttendance({ out, seed, cal, employees, plan, roles, log, layouts, patterns }),
    ...writeRosters(out, cal, employees, patterns),
    ...writeCorrections(out, cal, employees, plan, patterns, seed, log),
    ...writeApel(out, cal, employees, plan, roles, patterns, seed, log),
    ...write360(out, cal, employees, perf, roles, seed, log),
    writeStandards(out),
    writeCompetency(out, cal, employees, roles, seed, log),
    writeSanctions(out, cal, employees, plan, roles, seed, log),
    writeIkp(out, cal, employees, seed, log),
    writeTraining(out, cal, employees, roles, seed, log),
  ];
  for (const e of roles.quiet) {
    log.add(employees[e].nip, "quiet_performer", `${employees[e].opd.code} (the largest OPD): SKP sesuai/di_atas (baik) every period both years, below the many sangat_baik peers; 3 approved activities a day at full volume, 360 around 4.5, no TK, no late minutes, no sanction`);
  }
  await pending.settle();
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, cases: log.cases };
}
