// `mobile`: the mobile check-in app's GPS flags.
import { z } from "zod";

export const mobileSchema = z
  .object({
    /** A mobile check-in whose GPS accuracy is worse than this many metres is flagged (a regional choice). */
    max_gps_accuracy_m: z.number().min(1).max(10_000).default(100),
  })
  .strict()
  .prefault({});
