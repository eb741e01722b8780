// The instansi's settings: every regional choice lives here, validated at start-up.
// Defaults follow ../shared/domain/rules.md; an instansi overrides them with one JSON file (--config).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { importsSchema } from "./imports.ts";
import { pppkDisciplineSchema } from "./discipline.ts";

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

/**
 * A work pattern (rules.md §13): who it applies to (every selector given must match; units match
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

// --- Performance, 360, IKP, the TPP kinerja share and awards (rules.md §4-§7, §11) ---
const share = z.number().min(0).max(100);
const PREDIKATS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"] as const;
/** One number per predikat kinerja (PermenPANRB 6/2022), all five required. */
const perPredikat = (schema: z.ZodNumber) => z.object(Object.fromEntries(PREDIKATS.map((p) => [p, schema])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>).strict();

/** Weights in percent that must add up to 100; the message names the parts and the sum. */
function weights<K extends string>(keys: readonly K[], label: string) {
  return z
    .object(Object.fromEntries(keys.map((k) => [k, share])) as Record<K, typeof share>)
    .strict()
    .superRefine((w, ctx) => {
      const sum = (Object.values(w) as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > 1e-9) {
        ctx.addIssue({ code: "custom", message: `bobot ${label} (${keys.join(" + ")}) harus berjumlah 100, bukan ${sum}` });
      }
    });
}

/** Productivity bands in percent of the expected minutes: from 0, without gaps, the last open (null). */
const productivityBands = z
  .array(z.object({ min_pct: z.number().min(0), max_pct: z.number().positive().nullable(), deduction_pct: share }).strict())
  .min(1)
  .superRefine((list, ctx) => {
    list.forEach((b, i) => {
      const expected = i === 0 ? 0 : list[i - 1].max_pct;
      if (b.min_pct !== expected) ctx.addIssue({ code: "custom", path: [i, "min_pct"], message: `pita harus mulai pada ${expected}%` });
      if (b.max_pct !== null && b.max_pct <= b.min_pct) ctx.addIssue({ code: "custom", path: [i, "max_pct"], message: "max_pct harus lebih besar dari min_pct" });
    });
    if (list[list.length - 1].max_pct !== null) ctx.addIssue({ code: "custom", path: [list.length - 1, "max_pct"], message: "pita terakhir harus terbuka (null)" });
  });

const skpPeriod = z.enum(["TW1", "TW2", "TW3", "TW4", "TAHUNAN", ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);

const performanceSections = {
  productivity: z
    .object({
      /**
       * A month in which more than this share (%) of the instansi's logged activity minutes is still
       * menunggu has its approvals open: its productivity is provisional, it puts nobody on the
       * coaching list and its TPP kinerja line is marked provisional. Settled months keep a few
       * percent pending that no atasan will verify any more; 10 sits above that backlog.
       */
      open_approval_pct: share.default(10),
    })
    .strict()
    .prefault({}),
  performance: z
    .object({
      /** The SKP period whose predikat is checked against the unit's curve (SE MenPANRB 3/2023). */
      curve_period: skpPeriod.default("TAHUNAN"),
    })
    .strict()
    .prefault({}),
  behaviour_360: z
    .object({
      // rules.md §5: atasan 50, rekan 30, bawahan 20; without subordinates atasan 50, rekan 50.
      weights: weights(["atasan", "rekan", "bawahan"], "penilaian 360").default({ atasan: 50, rekan: 30, bawahan: 20 }),
      weights_without_subordinates: weights(["atasan", "rekan"], "penilaian 360 tanpa bawahan").default({ atasan: 50, rekan: 50 }),
      /** Fewer rekan ratings than this: the result is pending, not a number. */
      min_peers: z.number().int().min(1).max(20).default(3),
    })
    .strict()
    .prefault({}),
  ikp: z
    .object({
      // rules.md §6: amounts are regional; these defaults are an example, not a regulation.
      reward_points_on_time: z.number().min(0).max(1000).default(10),
      /** Per instruction, in percent of the TPP kinerja share of the deadline's month. */
      late_pct: share.default(1),
      not_completed_pct: share.default(2),
    })
    .strict()
    .prefault({}),
  tpp_performance: z
    .object({
      legal_basis: z.string().min(1).default("Peraturan Bupati tentang TPP: bagian produktivitas kerja (pola umum, dapat diatur)"),
      /** What prices the kinerja share: productivity bands, the month's predikat, or the larger of both. */
      basis: z.enum(["productivity", "predikat", "both"]).default("productivity"),
      // An example pattern, not a regulation: 75% of the scheduled minutes logged and approved
      // costs nothing; below that the kinerja share shrinks in steps.
      productivity_bands: productivityBands.default([
        { min_pct: 0, max_pct: 25, deduction_pct: 50 },
        { min_pct: 25, max_pct: 50, deduction_pct: 25 },
        { min_pct: 50, max_pct: 75, deduction_pct: 10 },
        { min_pct: 75, max_pct: null, deduction_pct: 0 },
      ]),
      predikat_pct: perPredikat(share).default({ sangat_baik: 0, baik: 0, butuh_perbaikan: 25, kurang_misconduct: 50, sangat_kurang: 75 }),
      monthly_cap_pct: share.default(100),
    })
    .strict()
    .prefault({}),
  awards: z
    .object({
      weights: weights(["predikat", "behaviour_360", "productivity", "discipline", "ikp"], "penghargaan").default({
        predikat: 30,
        behaviour_360: 25,
        productivity: 25,
        discipline: 15,
        ikp: 5,
      }),
      /** Points 0-100 of the quarter's predikat in the award score. */
      predikat_points: perPredikat(share).default({ sangat_baik: 100, baik: 75, butuh_perbaikan: 40, kurang_misconduct: 20, sangat_kurang: 0 }),
      nominees_per_opd: z.number().int().min(1).max(50).default(3),
      quarter_winners: z.number().int().min(1).max(50).default(1),
      shortlist_size: z.number().int().min(1).max(100).default(10),
      annual_winners: z.number().int().min(1).max(20).default(1),
      quiet_performers: z
        .object({
          min_productivity_pct: z.number().min(0).max(500).default(90),
          min_behaviour_score: z.number().min(1).max(5).default(4),
        })
        .strict()
        .prefault({}),
    })
    .strict()
    .prefault({}),
};

// --- Talent management, competency and merit (rules.md §8-§10) ---
const POSITION_TYPES = ["jpt", "administrator", "pengawas", "pelaksana", "fungsional"] as const;
const ECHELON = z.string().regex(/^(I|II|III|IV|V)\.[ab]$/, "eselon harus berbentuk seperti III.a atau IV.b");

/** Two cut-offs of one axis, the upper one strictly above the lower one (scores 0-100). */
function cutoffs<U extends string, L extends string>(upper: U, lower: L, defaults: Record<U | L, number>) {
  return z
    .object({ [upper]: share, [lower]: share } as Record<U | L, typeof share>)
    .strict()
    .refine((c) => (c as Record<string, number>)[upper] > (c as Record<string, number>)[lower], {
      message: `batas ${upper} harus lebih tinggi dari batas ${lower}`,
    })
    .default(defaults as never);
}

const careerStep = z
  .object({
    from_position_type: z.enum(POSITION_TYPES),
    to_position_type: z.enum(POSITION_TYPES),
    to_echelon: ECHELON.nullable(),
  })
  .strict();

const talentSections = {
  talent: z
    .object({
      /** Points 0-100 of a predikat kinerja in the performance (kinerja) score of the nine-box. */
      performance_points: perPredikat(share).default({ sangat_baik: 100, baik: 80, butuh_perbaikan: 60, kurang_misconduct: 40, sangat_kurang: 20 }),
      /** SKP years averaged into the performance score (PermenPANRB 3/2020: the last 2 years). */
      performance_years: z.number().int().min(1).max(5).default(2),
      /** Potential = assessment (skor_potensi) and track record (training hours), in percent. */
      potential_weights: weights(["assessment", "track_record"], "potensial").default({ assessment: 80, track_record: 20 }),
      /** Training hours (JP) a year that count as a full track record / development (PP 11/2017 Pasal 203: at least 20 JP). */
      development_target_jp: z.number().min(1).max(500).default(20),
      /** An assessment older than this many years (before the year's end) no longer counts. */
      assessment_valid_years: z.number().int().min(1).max(10).default(3),
      // rules.md §8: example cut-offs; every instansi sets its own.
      performance_cutoffs: cutoffs("di_atas", "sesuai", { di_atas: 85, sesuai: 70 }),
      potential_cutoffs: cutoffs("tinggi", "menengah", { tinggi: 77, menengah: 68 }),
      /** rules.md §8: a sedang or berat sanction in the last 2 years keeps a person out of the talent pool. */
      exclusion: z
        .object({
          enabled: z.boolean().default(true),
          levels: z.array(z.enum(["ringan", "sedang", "berat"])).min(1).default(["sedang", "berat"]),
          years: z.number().int().min(1).max(10).default(2),
        })
        .strict()
        .prefault({}),
      /** rules.md §9: achieved levels above the required level count only up to it. */
      jpm_cap_at_standard: z.boolean().default(true),
      /** The next position class of each position type (the target class of the career view and of succession). */
      career_path: z.array(careerStep).min(1).default([
        { from_position_type: "pelaksana", to_position_type: "pengawas", to_echelon: "IV.a" },
        { from_position_type: "fungsional", to_position_type: "pengawas", to_echelon: "IV.a" },
        { from_position_type: "pengawas", to_position_type: "administrator", to_echelon: "III.b" },
        { from_position_type: "administrator", to_position_type: "jpt", to_echelon: "II.b" },
      ]).superRefine((steps, ctx) => {
        const seen = new Set<string>();
        steps.forEach((s, i) => {
          if (seen.has(s.from_position_type)) ctx.addIssue({ code: "custom", path: [i, "from_position_type"], message: `${s.from_position_type} muncul lebih dari sekali` });
          seen.add(s.from_position_type);
        });
      }),
      /** Ranked candidates kept per echelon III/IV position. */
      succession_candidates: z.number().int().min(1).max(50).default(5),
    })
    .strict()
    .prefault({}),
  merit: z
    .object({
      // rules.md §10: a documented, configurable composite; these weights are an example.
      weights: weights(["performance", "discipline", "competency", "development", "ikp"], "merit").default({
        performance: 40,
        discipline: 20,
        competency: 20,
        development: 10,
        ikp: 10,
      }),
      /** Points 0-100 of the year's PP 94/2021 ladder level. */
      discipline_points: z
        .object({ none: share, ringan: share, sedang: share, berat: share })
        .strict()
        .default({ none: 100, ringan: 70, sedang: 40, berat: 0 }),
      /** Points taken off per whole day of late arrival and early leave (minutes / minutes_per_day). */
      late_points_per_day: z.number().min(0).max(100).default(5),
      /** A score needs components carrying at least this share of the weights; the rest are re-weighted. */
      min_weight_pct: share.default(50),
    })
    .strict()
    .prefault({}),
};

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
        /** The working week during Ramadan (rules.md §1: 32,5 jam, mulai 08.00). */
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
        /** PPPK's own ladder (PP 49/2018 Pasal 52: the PPK's rule); absent, counted as evidence only. */
        pppk: pppkDisciplineSchema.optional(),
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
        /**
         * Missed apel pagi / upacara (rules.md §13): percent of the disiplin share per roll call missed
         * on a working day without an approved absence. 0 (the default) is off; a published regional
         * rule uses 2.
         */
        missed_apel_pct: z.number().min(0).max(100).default(0),
      })
      .refine((t) => t.discipline_share_pct + t.performance_share_pct === 100, {
        message: "discipline_share_pct + performance_share_pct harus 100",
      })
      .prefault({}),
    ...performanceSections,
    ...talentSections,
    mobile: z
      .object({
        /** A mobile check-in whose GPS accuracy is worse than this many metres is flagged (a regional choice). */
        max_gps_accuracy_m: z.number().min(1).max(10_000).default(100),
      })
      .strict()
      .prefault({}),
    /** The import map: exports in layouts no source knows (pipeline/config/imports.ts). */
    imports: importsSchema,
    publishing: z
      .object({
        /** The public build shows no figure about fewer people than this (UU 27/2022: no one singled out). */
        min_group_size: z.number().int().min(1).max(100).default(5),
      })
      .strict()
      .prefault({}),
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
