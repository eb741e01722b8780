// The instansi's settings: every regional choice lives here, validated at start-up.
// Defaults follow ../shared/domain/rules.md; an instansi overrides them with one JSON file (--config).
import { readFileSync } from "node:fs";
import { z } from "zod";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "jam harus berbentuk HH:MM (00:00-23:59)");
const isoDate = z.iso.date({ message: "tanggal harus berbentuk YYYY-MM-DD" });

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

// Perpres 21/2023: 37,5 jam seminggu; Senin-Kamis 07.30-16.00 (istirahat 60 menit), Jumat 07.30-16.30 (90 menit).
const regular = { start: "07:30", end: "16:00", break_minutes: 60 };
const friday = { start: "07:30", end: "16:30", break_minutes: 90 };
// Ramadan: 32,5 jam seminggu, mulai 08.00 (rules.md §1); the end times are the common SE MenPANRB pattern.
const ramadan = { start: "08:00", end: "15:00", break_minutes: 30 };
const ramadanFriday = { start: "08:00", end: "15:30", break_minutes: 60 };

const band = z.object({
  min_minutes: z.number().int().min(1),
  max_minutes: z.number().int().min(1).nullable(),
  pct: z.number().min(0).max(100),
});

/** Minute bands must start at 1, follow each other without gaps and end open (null). */
const bands = z.array(band).min(1).superRefine((list, ctx) => {
  list.forEach((b, i) => {
    const expected = i === 0 ? 1 : (list[i - 1].max_minutes ?? NaN) + 1;
    if (b.min_minutes !== expected) ctx.addIssue({ code: "custom", path: [i, "min_minutes"], message: `pita harus mulai pada ${expected} menit` });
    if (b.max_minutes !== null && b.max_minutes < b.min_minutes) ctx.addIssue({ code: "custom", path: [i, "max_minutes"], message: "max_minutes lebih kecil dari min_minutes" });
  });
  if (list[list.length - 1].max_minutes !== null) ctx.addIssue({ code: "custom", path: [list.length - 1, "max_minutes"], message: "pita terakhir harus terbuka (null)" });
});

// rules.md §7: a common Perbup pattern; every Pemda sets its own.
const defaultBands = [
  { min_minutes: 1, max_minutes: 30, pct: 0.5 },
  { min_minutes: 31, max_minutes: 60, pct: 1 },
  { min_minutes: 61, max_minutes: 90, pct: 1.5 },
  { min_minutes: 91, max_minutes: null, pct: 2 },
];

export const configSchema = z
  .object({
    instansi: z
      .object({
        name: z.string().min(1).default("Pemerintah Kabupaten Sukamaju"),
        // Local wall-clock zone of the exports; timestamps are never shifted through UTC.
        timezone: z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]).default("Asia/Jakarta"),
      })
      .prefault({}),
    /** Attendance calendar; by default the first to the last date in the attendance exports. */
    period: z
      .object({ start: isoDate, end: isoDate })
      .refine((p) => p.start <= p.end, { message: "period.start harus sebelum period.end" })
      .optional(),
    schedule: z
      .object({
        week: weekSchedule.default({ mon: regular, tue: regular, wed: regular, thu: regular, fri: friday }),
        ramadan: z
          .array(z.object({ start: isoDate, end: isoDate, week: weekSchedule }))
          .default([
            // 1 Ramadan 1446 H - 30 Maret 2025 (hari terakhir sebelum Idul Fitri).
            {
              start: "2025-03-01",
              end: "2025-03-30",
              week: { mon: ramadan, tue: ramadan, wed: ramadan, thu: ramadan, fri: ramadanFriday },
            },
          ]),
        /** Minutes after the start before a check-in counts as late (rules.md §2, default 0). */
        grace_minutes: z.number().int().min(0).max(120).default(0),
        /** Punches from this time until the midpoint of the working day are check-in candidates. */
        checkin_window_start: clock.default("04:00"),
      })
      .prefault({}),
    discipline: z
      .object({
        // rules.md §3: late + early minutes convert to whole days of this many minutes (7,5 jam).
        minutes_per_day: z.number().int().min(60).max(720).default(450),
        include_converted_days: z.boolean().default(true),
      })
      .prefault({}),
    tpp: z
      .object({
        /** Legal basis shown on every deduction line: the Perbup/Perwali of the instansi. */
        legal_basis: z.string().min(1).default("Peraturan Bupati tentang TPP (pola umum, dapat diatur)"),
        discipline_share_pct: z.number().min(0).max(100).default(40),
        performance_share_pct: z.number().min(0).max(100).default(60),
        late_bands: bands.default(defaultBands),
        early_bands: bands.default(defaultBands),
        /** A present day without a check-in (or check-out) is priced as the top band. */
        missing_punch_pct: z.number().min(0).max(100).default(2),
        tk_pct_per_day: z.number().min(0).max(100).default(4),
        monthly_cap_pct: z.number().min(0).max(100).default(100),
      })
      .refine((t) => t.discipline_share_pct + t.performance_share_pct === 100, {
        message: "discipline_share_pct + performance_share_pct harus 100",
      })
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

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
    const where = issue.path.length ? issue.path.join(".") : "(akar)";
    throw new ConfigError(`Konfigurasi ${file ?? "bawaan"} tidak sah pada ${where}: ${issue.message}`);
  }
  return parsed.data;
}
