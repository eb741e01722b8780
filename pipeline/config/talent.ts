// `talent` (nine-box, assessments, career path, succession) and `merit` (docs/aturan.md#talenta, #jpm, #merit).
import { z } from "zod";
import { perPredikat, share, weights } from "./common.ts";

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

export const talentSchema = z
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
    // docs/aturan.md#talenta: example cut-offs; every instansi sets its own.
    performance_cutoffs: cutoffs("di_atas", "sesuai", { di_atas: 85, sesuai: 70 }),
    potential_cutoffs: cutoffs("tinggi", "menengah", { tinggi: 77, menengah: 68 }),
    /** docs/aturan.md#talenta: a sedang or berat sanction in the last 2 years keeps a person out of the talent pool. */
    exclusion: z
      .object({
        enabled: z.boolean().default(true),
        levels: z.array(z.enum(["ringan", "sedang", "berat"])).min(1).default(["sedang", "berat"]),
        years: z.number().int().min(1).max(10).default(2),
      })
      .strict()
      .prefault({}),
    /** docs/aturan.md#jpm: achieved levels above the required level count only up to it. */
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
  .prefault({});

export const meritSchema = z
  .object({
    // docs/aturan.md#merit: a documented, configurable composite; these weights are an example.
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
  .prefault({});
