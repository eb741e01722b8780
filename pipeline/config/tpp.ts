// `tpp` (the disiplin share of the TPP: minute bands, TK days, missed apel; docs/aturan.md#tpp) and
// `tpp_performance` (the kinerja share: productivity bands or the month's predikat).
import { z } from "zod";
import { perPredikat, share } from "./common.ts";

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

// docs/aturan.md#tpp: a common Perbup pattern; every Pemda sets its own.
const defaultBands = [
  { min_minutes: 1, max_minutes: 30, pct: 0.5 },
  { min_minutes: 31, max_minutes: 60, pct: 1 },
  { min_minutes: 61, max_minutes: 90, pct: 1.5 },
  { min_minutes: 91, max_minutes: null, pct: 2 },
];

export const tppSchema = z
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
     * Missed apel pagi / upacara (docs/aturan.md#pola-kerja): percent of the disiplin share per roll call missed
     * on a working day without an approved absence. 0 (the default) is off; a published regional
     * rule uses 2.
     */
    missed_apel_pct: z.number().min(0).max(100).default(0),
  })
  .refine((t) => t.discipline_share_pct + t.performance_share_pct === 100, {
    message: "discipline_share_pct + performance_share_pct harus 100",
  })
  .prefault({});

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

export const tppPerformanceSchema = z
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
  .prefault({});
