// The year's calendar for the sample: holidays and working days, with each day's schedule taken
// from the pipeline's default config (Perpres 21/2023 and the Ramadan hours), and the holidays
// from the shipped list in pipeline/rules/hari_libur/ when the year has one.
import { existsSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { configSchema } from "../config/schema.ts";
import { ramadanPeriods } from "../config/load.ts";

const HOLIDAY_DIR = new URL("../rules/hari_libur/", import.meta.url);
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export interface Holiday {
  tanggal: string;
  keterangan: string;
  jenis: "libur_nasional" | "cuti_bersama";
}

/** Fixed-date national holidays, used for years without a shipped list. */
const FIXED_HOLIDAYS: [string, string][] = [
  ["01-01", "Tahun Baru Masehi"],
  ["05-01", "Hari Buruh Internasional"],
  ["06-01", "Hari Lahir Pancasila"],
  ["08-17", "Hari Proklamasi Kemerdekaan RI"],
  ["12-25", "Kelahiran Yesus Kristus"],
];

export function holidaysFor(year: number): Holiday[] {
  const shipped = new URL(`${year}.csv`, HOLIDAY_DIR);
  if (existsSync(shipped)) {
    return Papa.parse<Holiday>(readFileSync(shipped, "utf8"), { header: true, skipEmptyLines: true }).data;
  }
  return FIXED_HOLIDAYS.map(([md, keterangan]) => ({
    tanggal: `${year}-${md}`,
    keterangan,
    jenis: "libur_nasional" as const,
  }));
}

export interface Day {
  iso: string;
  /** 0 = Sunday ... 6 = Saturday. */
  dow: number;
  month: number;
  working: boolean;
  /** Inside the year's Ramadan dates (rules/ramadan.csv). */
  ramadan: boolean;
  /** Schedule in minutes after midnight (0 on non-working days). */
  start: number;
  end: number;
}

export interface Calendar {
  year: number;
  days: Day[];
  /** Day-of-year index of each working day, in order. */
  workDays: number[];
  /** Working-day index of each day of the year, -1 when not a working day. */
  workIndex: Int32Array;
  holidays: Holiday[];
  /** National holidays and cuti bersama, as ISO dates. */
  off: Set<string>;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function buildCalendar(year: number): Calendar {
  const config = configSchema.parse({});
  const { schedule } = config;
  const ramadans = ramadanPeriods(config);
  const holidays = holidaysFor(year);
  const off = new Set(holidays.map((h) => h.tanggal));
  const days: Day[] = [];
  const workDays: number[] = [];
  const t0 = Date.UTC(year, 0, 1);
  for (let i = 0; ; i++) {
    const d = new Date(t0 + i * 86_400_000);
    if (d.getUTCFullYear() !== year) break;
    const month = d.getUTCMonth() + 1;
    const iso = isoDate(year, month, d.getUTCDate());
    const dow = d.getUTCDay();
    const ramadan = ramadans.find((r) => iso >= r.start && iso <= r.end);
    const hours = (ramadan?.week ?? schedule.week)[WEEKDAYS[dow]];
    const working = hours !== undefined && !off.has(iso);
    if (working) workDays.push(i);
    days.push({ iso, dow, month, working, ramadan: ramadan !== undefined, start: working ? minutes(hours.start) : 0, end: working ? minutes(hours.end) : 0 });
  }
  const workIndex = new Int32Array(days.length).fill(-1);
  workDays.forEach((d, w) => (workIndex[d] = w));
  return { year, days, workDays, workIndex, holidays, off };
}

/** Index of the first working day on or after an ISO date (workDays.length if none). */
export function workDayOnOrAfter(cal: Calendar, iso: string): number {
  for (let w = 0; w < cal.workDays.length; w++) if (cal.days[cal.workDays[w]].iso >= iso) return w;
  return cal.workDays.length;
}

/** Index of the last working day on or before an ISO date (-1 if none). */
export function workDayOnOrBefore(cal: Calendar, iso: string): number {
  for (let w = cal.workDays.length - 1; w >= 0; w--) if (cal.days[cal.workDays[w]].iso <= iso) return w;
  return -1;
}
