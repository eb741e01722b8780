// Work patterns of the sample kabupaten (docs/aturan.md#pola-kerja): RSUD's care units on a three-shift roster
// (shift_rsud.csv + monthly jadwal), one puskesmas on a six-day week, and a few PPPK paruh waktu on
// mornings only. The last two are config (instansi.json "schedule.patterns"), the roster is data.
// The units are fixed by name, never by the seed.
import { dayAfter, WEEKDAYS, type Calendar, type Day } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import type { Opd, Unit } from "./organisation.ts";
import type { Absence } from "./plan.ts";
import { ChunkWriter } from "./writers.ts";

export const enum Pattern {
  Default = 0,
  SixDay = 1,
  PartTime = 2,
  Rostered = 3,
}

interface Hours {
  start: string;
  end: string;
  break_minutes: number;
}
type Week = Partial<Record<(typeof WEEKDAYS)[number], Hours>>;

const hours = (start: string, end: string, break_minutes: number): Hours => ({ start, end, break_minutes });
const every = (days: (typeof WEEKDAYS)[number][], h: Hours): Week => Object.fromEntries(days.map((d) => [d, h]));

/** Six-day puskesmas, 37,5 jam a week: Mon-Thu 4 x 6,5 h, Fri 4 h, Sat 7,5 h (no break). */
export const SIX_DAY_WEEK: Week = { ...every(["mon", "tue", "wed", "thu"], hours("07:30", "14:30", 30)), fri: hours("07:30", "11:30", 0), sat: hours("07:30", "15:00", 0) };
/** Its Ramadan week, 32,5 jam: Mon-Thu 4 x 5,5 h, Fri 3,5 h, Sat 7 h, from 08:00. */
export const SIX_DAY_RAMADAN: Week = { ...every(["mon", "tue", "wed", "thu"], hours("08:00", "14:00", 30)), fri: hours("08:00", "11:30", 0), sat: hours("08:00", "15:00", 0) };
/** PPPK paruh waktu: 4 hours every weekday morning, Ramadan included (no ramadan_week). */
export const PART_TIME_WEEK: Week = every(["mon", "tue", "wed", "thu", "fri"], hours("08:00", "12:00", 0));

/** RSUD's shifts; the night shift ends the next morning. */
export const SHIFTS = [
  { kode: "P", masuk: "07:00", pulang: "14:00", istirahat: 30 },
  { kode: "S", masuk: "14:00", pulang: "21:00", istirahat: 30 },
  { kode: "M", masuk: "21:00", pulang: "07:00", istirahat: 60 },
] as const;
/** Pagi, pagi, siang, siang, malam, malam, libur, libur, each person offset along it. */
export const ROTATION = ["P", "P", "S", "S", "M", "M", "libur", "libur"] as const;
export type RosterCode = (typeof ROTATION)[number];

const ROSTER_OPD = "RSUD";
const ROSTER_UNITS = ["Bidang Pelayanan Medik", "Bidang Keperawatan", "Instalasi Gawat Darurat"];
const SIX_DAY_OPD = "DINKES";
const SIX_DAY_UNIT = "UPT Puskesmas Wonosari";
/** OPDs whose pelaksana PPPK include the paruh waktu (cleaning, parks, markets). */
const PART_TIME_OPDS = ["DLH", "DISDAGKOP", "DISPERKIM", "SETDA"];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface WorkPatterns {
  /** Pattern per employee. */
  of: Uint8Array;
  sixDayUnit: Unit;
  /** Rostered people (fingerprint staff of RSUD's care units), in employee order. */
  rostered: number[];
  /** Position in ROTATION on the first day of the year, per employee (rostered only). */
  rosterOffset: Int8Array;
  partTime: number[];
  /** Shift days set apart by planted cases: `${e}|${dayIndex}` -> what happens. */
  rosterFaults: Map<string, "tk" | "late_20" | "no_checkout">;
  /** Approved absences per rostered or six-day person: [from, to] ISO dates. */
  absences: Map<number, [string, string][]>;
}

/** Who works which pattern: set before roles are assigned, so no other planted case lands on them. */
export function chooseWorkPatterns(opds: Opd[], employees: Employee[]): WorkPatterns {
  const of = new Uint8Array(employees.length);
  const rsud = opds.find((o) => o.short === ROSTER_OPD)!;
  const care = new Set(rsud.subUnits.filter((u) => ROSTER_UNITS.includes(u.nama)));
  const sixDayUnit = opds.find((o) => o.short === SIX_DAY_OPD)!.subUnits.find((u) => u.nama === SIX_DAY_UNIT)!;
  const rostered: number[] = [];
  for (const e of employees) {
    if (care.has(e.unit) && e.mode === "kantor" && (e.jenisJabatan === "fungsional" || e.jenisJabatan === "pelaksana")) {
      of[e.idx] = Pattern.Rostered;
      rostered.push(e.idx);
    } else if (e.unit === sixDayUnit) {
      of[e.idx] = Pattern.SixDay;
    }
  }
  const wanted = Math.max(3, Math.round(employees.length / 1500));
  const partTime = employees
    .filter((e) => of[e.idx] === Pattern.Default && e.jenisPegawai === "PPPK" && e.jenisJabatan === "pelaksana" && e.lifecycle === "regular")
    .sort((a, b) => Number(!PART_TIME_OPDS.includes(a.opd.short)) - Number(!PART_TIME_OPDS.includes(b.opd.short)) || a.idx - b.idx)
    .slice(0, wanted)
    .map((e) => e.idx);
  for (const e of partTime) of[e] = Pattern.PartTime;
  return { of, sixDayUnit, rostered, rosterOffset: new Int8Array(employees.length), partTime, rosterFaults: new Map(), absences: new Map() };
}

/** instansi.json's "schedule": the six-day unit and the paruh waktu people. */
export function scheduleConfig(wp: WorkPatterns, employees: Employee[]) {
  return {
    patterns: [
      { name: "enam_hari", units: [wp.sixDayUnit.kode], week: SIX_DAY_WEEK, ramadan_week: SIX_DAY_RAMADAN },
      ...(wp.partTime.length > 0 ? [{ name: "pppk_paruh_waktu", employee_types: ["PPPK"], nips: wp.partTime.map((e) => employees[e].nip), week: PART_TIME_WEEK }] : []),
    ],
  };
}

/** [start, end] minutes of a non-rostered person's working day, or null for a day off. */
export function hoursOn(pattern: Pattern, day: Day, off: Set<string>): [number, number] | null {
  if (pattern === Pattern.Default) return day.working ? [day.start, day.end] : null;
  if (pattern === Pattern.Rostered || off.has(day.iso)) return null;
  const week = pattern === Pattern.PartTime ? PART_TIME_WEEK : day.ramadan ? SIX_DAY_RAMADAN : SIX_DAY_WEEK;
  const h = week[WEEKDAYS[day.dow]];
  return h ? [minutes(h.start), minutes(h.end)] : null;
}

export const rosterCode = (wp: WorkPatterns, e: number, d: number): RosterCode => ROTATION[(d + wp.rosterOffset[e]) % ROTATION.length];

/** [start, end] minutes of a shift; a night shift's end is past midnight (> 1440). */
export function shiftHours(code: RosterCode): [number, number] {
  const s = SHIFTS.find((x) => x.kode === code)!;
  const start = minutes(s.masuk), end = minutes(s.pulang);
  return [start, end <= start ? end + 1440 : end];
}

export const activeOn = (emp: Employee, iso: string) => iso >= emp.tmtMulai && (emp.tmtSelesai === "" || iso <= emp.tmtSelesai);

export function absentOn(wp: WorkPatterns, e: number, iso: string): boolean {
  const list = wp.absences.get(e);
  return list !== undefined && list.some(([from, to]) => iso >= from && iso <= to);
}

/**
 * Sets the rotation offsets and plants the roster cases: a night shift on the last day of the
 * year (its check-out on 1 January is written), a night check-in 20 minutes late, a shift with no
 * check-out, a rostered Saturday with no punch at all (TK), a weekday off and a holiday on shift.
 */
export function planRosters(wp: WorkPatterns, cal: Calendar, employees: Employee[], absences: Absence[], log: CaseLog): void {
  const iso = (w: number) => cal.days[cal.workDays[w]].iso;
  for (const a of absences) {
    if (wp.of[a.e] !== Pattern.Rostered && wp.of[a.e] !== Pattern.SixDay) continue;
    (wp.absences.get(a.e) ?? wp.absences.set(a.e, []).get(a.e)!).push([iso(a.from), iso(a.to)]);
  }
  const { rostered } = wp;
  if (rostered.length === 0) return;
  const last = cal.days.length - 1;
  const free = (e: number, d: number) => activeOn(employees[e], cal.days[d].iso) && !absentOn(wp, e, cal.days[d].iso) && !wp.rosterFaults.has(`${e}|${d}`);
  // The year-end night: the first rostered person at work on the last two days of the year.
  const yearEnd = rostered.find((e) => free(e, last) && free(e, last - 1)) ?? rostered[0];
  const base = (ROTATION.indexOf("M") + 1 - (last % ROTATION.length) + ROTATION.length * 100) % ROTATION.length;
  rostered.forEach((e, k) => (wp.rosterOffset[e] = (base + k - rostered.indexOf(yearEnd) + ROTATION.length * 100) % ROTATION.length));
  const next = dayAfter(cal);
  if (free(yearEnd, last)) {
    log.add(employees[yearEnd].nip, "roster_night_year_end", `shift M on ${cal.days[last].iso} 21:00, check-out punch on ${next} ~07:0x (the day after the export's last day); jadwal ends on ${cal.days[last].iso}`);
  }
  const pick = (k: number, test: (e: number, d: number) => boolean): [number, number] | undefined => {
    for (let i = 0; i < rostered.length; i++) {
      const e = rostered[(k + i) % rostered.length];
      for (let d = 0; d < cal.days.length - 1; d++) if (test(e, d) && free(e, d)) return [e, d];
    }
    return undefined;
  };
  const month = (d: number) => cal.days[d].month;
  const plant = (k: number, kind: "tk" | "late_20" | "no_checkout", test: (e: number, d: number) => boolean, name: string, detail: (d: number, code: string) => string) => {
    const found = pick(k, test);
    if (!found) return;
    const [e, d] = found;
    wp.rosterFaults.set(`${e}|${d}`, kind);
    log.add(employees[e].nip, name, detail(d, rosterCode(wp, e, d)));
  };
  plant(1, "late_20", (e, d) => month(d) === 2 && rosterCode(wp, e, d) === "M", "roster_night_late",
    (d) => `shift M on ${cal.days[d].iso}: check-in 21:20:00 (20 minutes late), check-out the next morning`);
  plant(2, "no_checkout", (e, d) => month(d) === 6 && rosterCode(wp, e, d) === "S", "roster_missing_checkout",
    (d) => `shift S on ${cal.days[d].iso}: check-in before 14:00, no check-out punch`);
  plant(3, "tk", (e, d) => month(d) === 5 && cal.days[d].dow === 6 && rosterCode(wp, e, d) !== "libur", "roster_tk",
    (d, code) => `shift ${code} on Saturday ${cal.days[d].iso}: no punch and no approved absence (TK on a rostered weekend day)`);
  const off = pick(4, (e, d) => cal.days[d].working && rosterCode(wp, e, d) === "libur" && rosterCode(wp, e, d - 1) === "libur");
  if (off) log.add(employees[off[0]].nip, "roster_off_weekday", `libur on working weekday ${cal.days[off[1]].iso}: no punch at all that day, and no TK`);
  const holiday = pick(5, (e, d) => cal.off.has(cal.days[d].iso) && rosterCode(wp, e, d) === "P");
  if (holiday) log.add(employees[holiday[0]].nip, "roster_holiday_shift", `shift P on holiday ${cal.days[holiday[1]].iso}: punched in and out like any shift day`);
}

/** shift_rsud.csv and the monthly jadwal_rsud_YYYY-MM.csv (one row per rostered person per active day). */
export function writeRosters(out: string, cal: Calendar, employees: Employee[], wp: WorkPatterns) {
  const shifts = new ChunkWriter(out, "shift_rsud.csv", ["kode_shift", "jam_masuk", "jam_pulang", "istirahat_menit"]);
  for (const s of SHIFTS) shifts.row([s.kode, s.masuk, s.pulang, s.istirahat]);
  const files = [shifts.close()];
  let w: ChunkWriter | null = null;
  for (let d = 0; d < cal.days.length; d++) {
    const day = cal.days[d];
    if (!w || day.iso.endsWith("-01")) {
      if (w) files.push(w.close());
      w = new ChunkWriter(out, `jadwal_rsud_${day.iso.slice(0, 7)}.csv`, ["nip", "tanggal", "kode_shift"]);
    }
    for (const e of wp.rostered) if (activeOn(employees[e], day.iso)) w.line(`${employees[e].nip},${day.iso},${rosterCode(wp, e, d)}\n`);
  }
  files.push(w!.close());
  return files;
}
