// Reading the sample's exports back for the sample tests (test/unit/sample*.test.ts): TK recounted
// from the files alone, the files as tables, and the nine-box read from a real pipeline run.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import Papa from "papaparse";
import { afterAll, it } from "vitest";
import { runPipeline } from "../../../pipeline/run.ts";
import { generateSample, type SampleCase, type SampleResult } from "../../../pipeline/sample/index.ts";
import { readGlog, readMapped, readSiasn, type SiasnEmployee } from "./sample-files.ts";

export const EMPLOYEES = 250;
export interface Generated { out: string; result: SampleResult }

/** Samples for one test file (250 employees), generated on demand and removed after its tests. */
export function useSamples() {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const sample = async (seed: number, year = 2025): Promise<Generated> => {
    const out = mkdtempSync(join(tmpdir(), "sample-"));
    dirs.push(out);
    return { out, result: await generateSample({ out, employees: EMPLOYEES, seed, year }) };
  };
  return { dirs, sample };
}

/** e-Kinerja's SKP header row, as the sample writes it. */
export const SKP_HEADER = ["no", "nip", "nama", "tahun_skp", "periode_awal_skp", "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
  "is_skp_plt_plh_pjb", "nip_atasan"];

export const casesNamed = (cases: SampleCase[], pattern: RegExp) => cases.filter((c) => pattern.test(c.case));
export const datesIn = (detail: string) => detail.slice(detail.lastIndexOf(": ") + 2).split(" ").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));

/** The PermenPANRB 6/2022 matrix, from the rules table the pipeline joins (pipeline/rules/). */
export const PREDIKAT = new Map(
  Papa.parse<Record<string, string>>(readFileSync(new URL("../../../pipeline/rules/permenpanrb_6_2022_predikat.csv", import.meta.url), "utf8"), { header: true, skipEmptyLines: true })
    .data.map((r) => [`${r.rating_results}|${r.rating_behaviour}`, r.predikat]),
);
export function predikat(hasil: string, perilaku: string): string {
  const norm = (x: string) => {
    const t = x.toLowerCase().replace(/ekspektasi/, "").replace(/[^a-z]/g, "");
    return t === "diatas" ? "di_atas" : t === "dibawah" ? "di_bawah" : t;
  };
  return PREDIKAT.get(`${norm(hasil)}|${norm(perilaku)}`)!;
}

export interface Placed {
  box: number;
  assessed_on: string;
  track_record_score: number;
  potential_score: number;
  in_talent_pool: boolean;
  excluded_reason: string | null;
  /** the person's recorded sanctions as "level year" */
  sanction_levels: string[];
}

/** Runs the real pipeline on the sample and reads each placed person's nine-box for `year`. */
export async function placeNineBox(dir: string, year: number, dirs: string[]): Promise<Map<string, Placed>> {
  const db = join(mkdtempSync(join(tmpdir(), "sample-talent-")), "asn.duckdb");
  dirs.push(dirname(db));
  await runPipeline({ input: dir, db });
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const rows = (await conn.runAndReadAll(`
    select box.nip, box.box, box.assessed_on::varchar as assessed_on, box.track_record_score, box.potential_score,
        box.in_talent_pool, box.excluded_reason,
        coalesce(list(ladder.level || ' ' || year(sanctions.decree_date) order by sanctions.decree_date)
          filter (where sanctions.nip is not null), []) as sanction_levels
    from marts.talent_nine_box as box
    left join staging.stg_sanctions as sanctions using (nip)
    left join rules.pp94_2021_ladder as ladder on ladder.sanction = sanctions.sanction
    where box.year = ${year}
    group by all`)).getRowObjectsJson() as unknown as (Placed & { nip: string })[];
  conn.closeSync();
  instance.closeSync();
  return new Map(rows.map((r) => [r.nip, { ...r, sanction_levels: (r.sanction_levels ?? []).map(String) }]));
}

// ---- reading the exports back ------------------------------------------------------------------

export interface Csv {
  header: string[];
  rows: string[][];
  objects(): Record<string, string>[];
}

/** A CSV as the contract describes it: BOM or not, ',' ';' or tab, headers matched loosely. */
export function readExport(dir: string, file: string): Csv {
  const text = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "");
  const first = text.slice(0, text.indexOf("\n"));
  const delimiter = [";", "\t", ","].find((d) => first.includes(d)) ?? ",";
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
  const aliases: Record<string, string> = { tmt_cpns: "tmt_mulai" };
  const header = parsed[0].map((h) => h.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_")).map((h) => aliases[h] ?? h);
  const rows = parsed.slice(1);
  return { header, rows, objects: () => rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

export const minutesOf = (hhmmss: string) => Number(hhmmss.slice(0, 2)) * 60 + Number(hhmmss.slice(3, 5)) + Number(hhmmss.slice(6, 8) || 0) / 60;

export interface WorkPattern {
  name: string;
  units?: string[];
  employee_types?: string[];
  nips?: string[];
  week: Record<string, { start: string; end: string; break_minutes: number }>;
  ramadan_week?: Record<string, { start: string; end: string; break_minutes: number }>;
}

export const WEEKDAY = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
export const nextDate = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
export const datesOfYear = (year: number) => {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

export interface Day {
  checkIn?: number;
  checkOut?: number;
  lastActivityEnd?: number;
  activities: number;
}

export class SampleFiles {
  /** The employees: SIASN's rows with a text NIP. */
  readonly pegawai: SiasnEmployee[];
  readonly byNip: Map<string, SiasnEmployee>;
  readonly holidays: Set<string>;
  /** `${device}|${pin}` -> nip; device "" for a PIN that holds on every machine (the GLog machine's). */
  readonly pins: Map<string, string>;
  private daysCache?: Map<string, Map<string, Day>>;

  constructor(readonly dir: string) {
    this.pegawai = readSiasn(dir).filter((e) => e.nip !== "");
    this.byNip = new Map(this.pegawai.map((p) => [p.nip, p]));
    const names = readdirSync(dir);
    this.holidays = new Set(names.filter((n) => n.startsWith("hari_libur")).flatMap((n) => readExport(dir, n).rows.map((r) => r[0])));
    this.pins = new Map(readExport(dir, "mesin_pegawai.csv").rows.map(([device, pin, nip]) => [`${device}|${pin}`, nip]));
  }

  private files(prefix: string): string[] {
    return readdirSync(this.dir).filter((n) => n.startsWith(prefix)).sort();
  }

  presensi(): Record<string, string>[] {
    return this.files("presensi").flatMap((f) => readExport(this.dir, f).objects());
  }

  /** Fingerprint ("kantor") people are in mesin_pegawai.csv; the rest check in with the app. */
  mode(nip: string): "kantor" | "mobile" {
    if (!this.kantor) this.kantor = new Set(this.pins.values());
    return this.kantor.has(nip) ? "kantor" : "mobile";
  }
  private kantor?: Set<string>;

  /** ketidakhadiran.csv and the recap workbook read through instansi.json's import map. */
  absences(): Record<string, string>[] {
    return [...readExport(this.dir, "ketidakhadiran.csv").objects(), ...readMapped(this.dir, "ketidakhadiran")];
  }

  /** Every person's days from presensi, attlog, GLog and aktivitas (repeated exports collapse on the key). */
  days(): Map<string, Map<string, Day>> {
    if (this.daysCache) return this.daysCache;
    const all = new Map<string, Map<string, Day>>();
    const day = (nip: string, date: string) => {
      const person = all.get(nip) ?? all.set(nip, new Map()).get(nip)!;
      return person.get(date) ?? person.set(date, { activities: 0 }).get(date)!;
    };
    for (const r of this.presensi()) {
      const d = day(r.nip, r.tanggal);
      if (r.jam_masuk) d.checkIn = minutesOf(r.jam_masuk);
      if (r.jam_pulang) d.checkOut = minutesOf(r.jam_pulang);
    }
    for (const f of this.files("FP")) {
      const device = f.split("_")[0];
      for (const line of readFileSync(join(this.dir, f), "utf8").split("\r\n")) {
        if (!line) continue;
        const [pin, stamp, , status] = line.split("\t");
        const nip = this.pins.get(`${device}|${pin.trim()}`);
        if (!nip) continue;
        const [date, clock] = stamp.split(" ");
        const d = day(nip, date);
        const t = minutesOf(clock);
        if (status === "0" && (d.checkIn === undefined || t < d.checkIn)) d.checkIn = t;
        if (status === "1" && (d.checkOut === undefined || t > d.checkOut)) d.checkOut = t;
      }
    }
    for (const glog of readGlog(this.dir)) {
      for (const p of glog.punches) {
        const nip = this.pins.get(`|${p.pin}`);
        if (!nip) continue;
        const d = day(nip, p.date);
        const t = minutesOf(p.time);
        if (p.status === "0" && (d.checkIn === undefined || t < d.checkIn)) d.checkIn = t;
        if (p.status === "1" && (d.checkOut === undefined || t > d.checkOut)) d.checkOut = t;
      }
    }
    for (const f of this.files("aktivitas").filter((n) => /^aktivitas_\d{4}-\d{2}\.csv$/.test(n))) {
      for (const r of readExport(this.dir, f).objects()) {
        const d = day(r.nip, r.tanggal);
        d.activities++;
        d.lastActivityEnd = Math.max(d.lastActivityEnd ?? 0, minutesOf(r.jam_selesai));
      }
    }
    return (this.daysCache = all);
  }

  /** Late days, late minutes and early-leave minutes against the default schedule (Ramadan 2025 08:00-15:00/15:30). */
  lateness(nip: string): { days: number; minutes: number; early: number } {
    let days = 0, minutes = 0, early = 0;
    for (const [date, d] of this.days().get(nip) ?? []) {
      const ramadan = date >= "2025-03-01" && date <= "2025-03-30";
      const friday = new Date(`${date}T00:00:00Z`).getUTCDay() === 5;
      const start = ramadan ? 8 * 60 : 7 * 60 + 30;
      const end = (ramadan ? 15 * 60 : 16 * 60) + (friday ? 30 : 0);
      if (d.checkIn !== undefined && d.checkIn > start) {
        days++;
        minutes += d.checkIn - start;
      }
      if (d.checkOut !== undefined && d.checkOut < end) early += end - d.checkOut;
    }
    return { days, minutes: Math.round(minutes), early: Math.round(early) };
  }

  /** Metres from each mobile check-in to the person's unit. */
  checkinDistances(): Map<string, number[]> {
    const units = new Map(readExport(this.dir, "unit.csv").objects().map((u) => [u.kode_unit, u]));
    const seen = new Set<string>();
    const out = new Map<string, number[]>();
    for (const r of this.presensi()) {
      const person = this.byNip.get(r.nip);
      if (!person || !r.lat_masuk || seen.has(`${r.nip}|${r.tanggal}`)) continue;
      seen.add(`${r.nip}|${r.tanggal}`);
      const u = units.get(person.kode_unit)!;
      const metres = Math.hypot((Number(r.lat_masuk) - Number(u.lat)) * 110_574, (Number(r.lon_masuk) - Number(u.lon)) * 110_350);
      (out.get(r.nip) ?? out.set(r.nip, []).get(r.nip)!).push(metres);
    }
    return out;
  }

  /** nip -> date -> kode_shift, from the jadwal exports. */
  roster(): Map<string, Map<string, string>> {
    if (this.rosterCache) return this.rosterCache;
    const out = new Map<string, Map<string, string>>();
    for (const f of this.files("jadwal")) {
      for (const r of readExport(this.dir, f).objects()) (out.get(r.nip) ?? out.set(r.nip, new Map()).get(r.nip)!).set(r.tanggal, r.kode_shift);
    }
    return (this.rosterCache = out);
  }
  private rosterCache?: Map<string, Map<string, string>>;

  /** Shift code -> [start, end] in minutes; a night shift ends past 1440. */
  shifts(): Map<string, [number, number]> {
    return new Map(this.files("shift").flatMap((f) => readExport(this.dir, f).objects()).map((r) => {
      const start = minutesOf(r.jam_masuk), end = minutesOf(r.jam_pulang);
      return [r.kode_shift, [start, end <= start ? end + 1440 : end]];
    }));
  }

  corrections(): Record<string, string>[] {
    return this.files("koreksi_presensi").flatMap((f) => readExport(this.dir, f).objects());
  }

  /** instansi.json's schedule.patterns. */
  patterns(): WorkPattern[] {
    return (JSON.parse(readFileSync(join(this.dir, "instansi.json"), "utf8")) as { schedule?: { patterns?: WorkPattern[] } }).schedule?.patterns ?? [];
  }

  /** The first pattern that matches a person (every selector given must match; a unit matches its sub-units too). */
  patternOf(p: SiasnEmployee): WorkPattern | undefined {
    return this.patterns().find((x) => (!x.units || x.units.some((u) => p.kode_unit === u || p.kode_unit.startsWith(`${u}.`)))
      && (!x.employee_types || x.employee_types.includes(p.jenis_pegawai)) && (!x.nips || x.nips.includes(p.nip)));
  }

  /** GLog punches per nip and date: minutes after midnight and IOMd status. */
  glogByNip(): Map<string, Map<string, { t: number; status: string }[]>> {
    const out = new Map<string, Map<string, { t: number; status: string }[]>>();
    for (const glog of readGlog(this.dir)) {
      for (const p of glog.punches) {
        const nip = this.pins.get(`|${p.pin}`);
        if (!nip) continue;
        const person = out.get(nip) ?? out.set(nip, new Map()).get(nip)!;
        (person.get(p.date) ?? person.set(p.date, []).get(p.date)!).push({ t: minutesOf(p.time), status: p.status });
      }
    }
    return out;
  }

  dayKinds(nip: string): Record<string, number> {
    const kinds = { noActivity: 0, lateActivityNoCheckout: 0, noCheckout: 0, noCheckin: 0 };
    for (const [, d] of this.days().get(nip) ?? []) {
      const hasIn = d.checkIn !== undefined, hasOut = d.checkOut !== undefined;
      if (hasIn && hasOut && d.activities === 0) kinds.noActivity++;
      if (hasIn && !hasOut) kinds.noCheckout++;
      if (!hasIn && hasOut) kinds.noCheckin++;
      if (hasIn && !hasOut && (d.lastActivityEnd ?? 0) >= 18 * 60) kinds.lateActivityNoCheckout++;
    }
    return kinds;
  }
}

/**
 * TK per person: working days within the person's TMT range with no presensi row, no punch, no
 * approved correction and no approved absence; and the longest run of consecutive working days TK.
 * A working day is a rostered shift day (jadwal), else a day of the person's work pattern
 * (instansi.json), else a weekday; never a holiday unless rostered. A night shift's punches are its
 * check-in that evening or its check-out the next morning.
 */
export function recountTk(files: SampleFiles, year: number): Map<string, { days: string[]; longestRun: number }> {
  const all = datesOfYear(year);
  const workingFor = (week: Record<string, unknown>) => all.filter((d) => week[WEEKDAY[new Date(d).getUTCDay()]] !== undefined && !files.holidays.has(d));
  const weekdays = workingFor({ mon: 1, tue: 1, wed: 1, thu: 1, fri: 1 });
  const roster = files.roster();
  const corrected = new Set(files.corrections().filter((c) => c.status === "disetujui" && (c.jam_masuk || c.jam_pulang)).map((c) => `${c.nip}|${c.tanggal}`));
  const absent = new Set<string>();
  for (const r of files.absences()) {
    for (let t = Date.parse(r.tanggal_mulai); t <= Date.parse(r.tanggal_selesai); t += 86_400_000) {
      absent.add(`${r.nip}|${new Date(t).toISOString().slice(0, 10)}`);
    }
  }
  const days = files.days();
  const result = new Map<string, { days: string[]; longestRun: number }>();
  for (const p of files.pegawai) {
    const from = p.tmt_mulai > `${year}-01-01` ? p.tmt_mulai : `${year}-01-01`;
    const to = p.tmt_selesai || `${year}-12-31`;
    const present = days.get(p.nip) ?? new Map<string, Day>();
    const shifts = roster.get(p.nip);
    const pattern = files.patternOf(p);
    const working = shifts ? all.filter((d) => (shifts.get(d) ?? "libur") !== "libur") : pattern ? workingFor(pattern.week) : weekdays;
    const punched = (date: string) => {
      const d = present.get(date);
      if (!shifts) return d !== undefined && (d.checkIn !== undefined || d.checkOut !== undefined);
      if (shifts.get(date) !== "M") return d !== undefined && (d.checkIn !== undefined || d.checkOut !== undefined);
      const morning = present.get(nextDate(date));
      return d?.checkIn !== undefined || (morning?.checkOut !== undefined && morning.checkOut < 12 * 60);
    };
    const tk: string[] = [];
    let run = 0, longestRun = 0;
    for (const date of working) {
      if (date < from || date > to) continue;
      const isTk = !punched(date) && !corrected.has(`${p.nip}|${date}`) && !absent.has(`${p.nip}|${date}`);
      if (isTk) tk.push(date);
      run = isTk ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    result.set(p.nip, { days: tk, longestRun });
  }
  return result;
}
