// The sample's calendar: every day of its span (whole months, up to 24), holidays and working
// days, with each day's schedule taken from the pipeline's default config (Perpres 21/2023 and the
// Ramadan hours). Holidays come from the shipped lists in pipeline/rules/hari_libur/, Ramadan from
// pipeline/rules/ramadan.csv: a year of the span without its list stops the sample, since a
// guessed calendar would plant TK on days that are really holidays.
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

/** The shipped holiday list of a year; a year without one stops the sample with the file to add. */
export function holidaysFor(year: number): Holiday[] {
  const shipped = new URL(`${year}.csv`, HOLIDAY_DIR);
  if (!existsSync(shipped)) {
    throw new Error(`sampel: tidak ada daftar hari libur ${year}; tambahkan pipeline/rules/hari_libur/${year}.csv (tanggal,keterangan,jenis; lihat pipeline/rules/README.md)`);
  }
  return Papa.parse<Holiday>(readFileSync(shipped, "utf8"), { header: true, skipEmptyLines: true }).data;
}

/** A span of whole months, "YYYY-MM" to "YYYY-MM" inclusive. */
export interface Span {
  from: string;
  to: string;
}

export const MAX_SPAN_MONTHS = 24;

/** Months from `from` to `to`, both included (0 or less when `to` is before `from`). */
export const monthsIn = ({ from, to }: Span) => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

export interface Day {
  iso: string;
  /** 0 = Sunday ... 6 = Saturday. */
  dow: number;
  /** Calendar year and month (1-12) of the day. */
  year: number;
  month: number;
  working: boolean;
  /** Inside that year's Ramadan dates (rules/ramadan.csv). */
  ramadan: boolean;
  /** Schedule in minutes after midnight (0 on non-working days). */
  start: number;
  end: number;
}

export interface Calendar {
  /**
   * The year that carries the planted cases counted per year (the TK ladder, SKP with its dirt,
   * 360, the nine-box): the year of the span with the most days, the earlier on a tie.
   */
  year: number;
  /** Every calendar year the span touches, in order. */
  years: number[];
  /** Every day of the span, in order. */
  days: Day[];
  /** Day index (into days) of each working day, in order. */
  workDays: number[];
  /** Working-day index of each day of the span, -1 when not a working day. */
  workIndex: Int32Array;
  /** The shipped holidays of every year of the span (whole years). */
  holidays: Holiday[];
  /** National holidays and cuti bersama, as ISO dates. */
  off: Set<string>;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function buildCalendar(span: Span): Calendar {
  const config = configSchema.parse({});
  const { schedule } = config;
  const ramadans = ramadanPeriods(config);
  const y0 = Number(span.from.slice(0, 4)), y1 = Number(span.to.slice(0, 4));
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const holidays = years.flatMap(holidaysFor);
  for (const y of years) {
    if (!ramadans.some((r) => r.start.startsWith(`${y}-`))) {
      throw new Error(`sampel: tidak ada tanggal Ramadan ${y}; tambahkan barisnya ke pipeline/rules/ramadan.csv (mulai,selesai,tahun_hijriah,dasar)`);
    }
  }
  const off = new Set(holidays.map((h) => h.tanggal));
  const days: Day[] = [];
  const workDays: number[] = [];
  const t0 = Date.UTC(y0, Number(span.from.slice(5, 7)) - 1, 1);
  const end = Date.UTC(y1, Number(span.to.slice(5, 7)), 1);
  const perYear = new Map<number, number>();
  for (let i = 0; t0 + i * 86_400_000 < end; i++) {
    const d = new Date(t0 + i * 86_400_000);
    const year = d.getUTCFullYear(), month = d.getUTCMonth() + 1;
    const iso = isoDate(year, month, d.getUTCDate());
    const dow = d.getUTCDay();
    const ramadan = ramadans.find((r) => iso >= r.start && iso <= r.end);
    const hours = (ramadan?.week ?? schedule.week)[WEEKDAYS[dow]];
    const working = hours !== undefined && !off.has(iso);
    if (working) workDays.push(i);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    days.push({ iso, dow, year, month, working, ramadan: ramadan !== undefined, start: working ? minutes(hours.start) : 0, end: working ? minutes(hours.end) : 0 });
  }
  const workIndex = new Int32Array(days.length).fill(-1);
  workDays.forEach((d, w) => (workIndex[d] = w));
  const year = years.reduce((a, b) => (perYear.get(b)! > perYear.get(a)! ? b : a));
  return { year, years, days, workDays, workIndex, holidays, off };
}

/** The day after the span's last day. */
export const dayAfter = (cal: Calendar) => new Date(Date.parse(cal.days[cal.days.length - 1].iso) + 86_400_000).toISOString().slice(0, 10);

/** Working-day indices [first, last] of a calendar year within the span ([0, -1] when none). */
export function workRangeOf(cal: Calendar, year: number): [number, number] {
  let first = -1, last = -1;
  for (let w = 0; w < cal.workDays.length; w++) {
    if (cal.days[cal.workDays[w]].year !== year) continue;
    if (first < 0) first = w;
    last = w;
  }
  return first < 0 ? [0, -1] : [first, last];
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
