// Pieces the config sections share: clock times, dates, percentages, per-predikat numbers and
// weights that must add up to 100.
import { z } from "zod";

export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "jam harus berbentuk HH:MM (00:00-23:59)");
export const isoDate = z.iso.date({ message: "tanggal harus berbentuk YYYY-MM-DD" });

/** A percentage 0-100. */
export const share = z.number().min(0).max(100);

export const PREDIKATS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"] as const;
/** One number per predikat kinerja (PermenPANRB 6/2022), all five required. */
export const perPredikat = (schema: z.ZodNumber) => z.object(Object.fromEntries(PREDIKATS.map((p) => [p, schema])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>).strict();

/** Weights in percent that must add up to 100; the message names the parts and the sum. */
export function weights<K extends string>(keys: readonly K[], label: string) {
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
