// `completeness`: when a month or a period's data is complete enough to judge people and OPDs by
// it (docs/aturan.md#kelengkapan). A month that is not final is shown greyed, with no change
// against the month before, no rank and no "lebih buruk", and puts nobody on a list.
import { z } from "zod";
import { share } from "./common.ts";

export const completenessSchema = z
  .object({
    /**
     * A month's attendance is final when at least this share (%) of the employee working days has a
     * record (a punch, a check-in or an approved absence). Without a reason a day is TK, so a month
     * under it more likely lacks an export than has that many absences; real TK rates are 1-2%.
     */
    min_attendance_pct: share.default(90),
    /** An SKP or 360 period is complete when at least this share (%) of the employees of the period has a final one. */
    min_rated_pct: share.default(90),
    /**
     * IKP: completions are reported after the fact, so a recent month (one that ends less than
     * ikp_reporting_days before the data's last day) with more than this share (%) of its due
     * instructions still open is not final yet. Older months' open instructions are missed.
     */
    ikp_open_pct: share.default(20),
    ikp_reporting_days: z.number().int().min(0).max(366).default(31),
    /**
     * An OPD figure about fewer people than this (its n) gets no "lebih baik/buruk" against the
     * kabupaten and is flagged as a small group: 2 of 9 people is 22,2 per 100, and one person more
     * or less moves it by 11 points.
     */
    min_compared_n: z.number().int().min(1).max(1000).default(20),
  })
  .strict()
  .prefault({});
