// `schedule`: the working week, Ramadan's week and dates, work patterns per unit or employee
// group, and the check-in windows (docs/aturan.md#jam-kerja, #kehadiran, #pola-kerja).
import { z } from "zod";
import { clock, isoDate } from "./common.ts";

const daySchedule = z
  .object({
    start: clock,
    end: clock,
    break_minutes: z.number().int().min(0).max(240),
  })
  .refine((d) => d.start < d.end, { message: "jam mulai harus sebelum jam selesai" });

/** Monday..Friday schedule; a weekday missing from the map is not a working day. */
const weekSchedule = z.object({
  mon: daySchedule.optional(),
  tue: daySchedule.optional(),
  wed: daySchedule.optional(),
  thu: daySchedule.optional(),
  fri: daySchedule.optional(),
  sat: daySchedule.optional(),
  sun: daySchedule.optional(),
});

/**
 * A work pattern (docs/aturan.md#pola-kerja): who it applies to (every selector given must match; units match
 * a unit or the OPD above it) and its week. Without `ramadan_week` the same week runs in Ramadan.
 */
const workPattern = z
  .object({
    name: z.string().regex(/^[a-z0-9_]+$/, "nama pola: huruf kecil, angka dan _"),
    units: z.array(z.string().min(1)).min(1).optional(),
    employee_types: z.array(z.enum(["PNS", "PPPK"])).min(1).optional(),
    nips: z.array(z.string().regex(/^\d{18}$/, "NIP 18 angka")).min(1).optional(),
    week: weekSchedule,
    ramadan_week: weekSchedule.optional(),
  })
  .strict()
  .refine((p) => p.units || p.employee_types || p.nips, { message: "pola perlu units, employee_types atau nips" })
  .refine((p) => Object.values(p.week).some(Boolean), { message: "pola tanpa hari kerja" });

// Perpres 21/2023: 37,5 jam seminggu; Senin-Kamis 07.30-16.00 (istirahat 60 menit), Jumat 07.30-16.30 (90 menit).
const regular = { start: "07:30", end: "16:00", break_minutes: 60 };
const friday = { start: "07:30", end: "16:30", break_minutes: 90 };
// Ramadan: 32,5 jam seminggu, mulai 08.00 (docs/aturan.md#jam-kerja); the end times are the common SE MenPANRB pattern.
const ramadan = { start: "08:00", end: "15:00", break_minutes: 30 };
const ramadanFriday = { start: "08:00", end: "15:30", break_minutes: 60 };

export type WeekSchedule = z.infer<typeof weekSchedule>;

export const scheduleSchema = z
  .object({
    week: weekSchedule.default({ mon: regular, tue: regular, wed: regular, thu: regular, fri: friday }),
    /** The working week during Ramadan (docs/aturan.md#jam-kerja: 32,5 jam, mulai 08.00). */
    ramadan_week: weekSchedule.default({ mon: ramadan, tue: ramadan, wed: ramadan, thu: ramadan, fri: ramadanFriday }),
    /**
     * Ramadan's dates are data per year (pipeline/rules/ramadan.csv). An entry here replaces the
     * shipped dates of its year (e.g. a regional decision), or adds a year; `week` defaults to
     * `ramadan_week`.
     */
    ramadan: z
      .array(
        z
          .object({ start: isoDate, end: isoDate, week: weekSchedule.optional() })
          .refine((r) => r.start <= r.end && r.start.slice(0, 4) === r.end.slice(0, 4), { message: "start harus sebelum end, dalam satu tahun" }),
      )
      .default([]),
    /**
     * Work patterns per unit or employee group (Perpres 21/2023 lets the PPK set them): six-day
     * units, PPPK paruh waktu. The first pattern that matches an employee applies; others keep `week`.
     */
    patterns: z.array(workPattern).default([]).superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((p, i) => {
        if (seen.has(p.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `nama pola ${p.name} dipakai dua kali` });
        seen.add(p.name);
      });
    }),
    /** A rostered shift's check-in may come this many minutes before its start. */
    shift_checkin_window_minutes: z.number().int().min(30).max(720).default(180),
    /** After a night shift ends, punches on the next morning within this many minutes are its check-out. */
    night_checkout_window_minutes: z.number().int().min(30).max(720).default(300),
    /** Minutes after the start before a check-in counts as late (docs/aturan.md#kehadiran, default 0). */
    grace_minutes: z.number().int().min(0).max(120).default(0),
    /** Punches from this time until the midpoint of the working day are check-in candidates. */
    checkin_window_start: clock.default("04:00"),
  })
  .prefault({});
