// `productivity` (open e-Kinerja approvals), `performance` (the SKP curve), `behaviour_360` and
// `ikp` (docs/aturan.md#predikat, #360, #ikp).
import { z } from "zod";
import { share, weights } from "./common.ts";

const skpPeriod = z.enum(["TW1", "TW2", "TW3", "TW4", "TAHUNAN", ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);

export const productivitySchema = z
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
  .prefault({});

export const performanceSchema = z
  .object({
    /** The SKP period whose predikat is checked against the unit's curve (SE MenPANRB 3/2023). */
    curve_period: skpPeriod.default("TAHUNAN"),
  })
  .strict()
  .prefault({});

export const behaviour360Schema = z
  .object({
    // docs/aturan.md#360: atasan 50, rekan 30, bawahan 20; without subordinates atasan 50, rekan 50.
    weights: weights(["atasan", "rekan", "bawahan"], "penilaian 360").default({ atasan: 50, rekan: 30, bawahan: 20 }),
    weights_without_subordinates: weights(["atasan", "rekan"], "penilaian 360 tanpa bawahan").default({ atasan: 50, rekan: 50 }),
    /** Fewer rekan ratings than this: the result is pending, not a number. */
    min_peers: z.number().int().min(1).max(20).default(3),
  })
  .strict()
  .prefault({});

export const ikpSchema = z
  .object({
    // docs/aturan.md#ikp: amounts are regional; these defaults are an example, not a regulation.
    reward_points_on_time: z.number().min(0).max(1000).default(10),
    /** Per instruction, in percent of the TPP kinerja share of the deadline's month. */
    late_pct: share.default(1),
    not_completed_pct: share.default(2),
  })
  .strict()
  .prefault({});
