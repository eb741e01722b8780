// `awards`: the score's weights, the predikat points and how many are nominated and win (docs/aturan.md#penghargaan).
import { z } from "zod";
import { perPredikat, share, weights } from "./common.ts";

export const awardsSchema = z
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
    /** How many of a quarter's best nominees (by kabupaten rank) the periodic report lists beside the winners. */
    report_nominees: z.number().int().min(1).max(100).default(10),
    quiet_performers: z
      .object({
        min_productivity_pct: z.number().min(0).max(500).default(90),
        min_behaviour_score: z.number().min(1).max(5).default(4),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
