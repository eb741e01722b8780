// `publishing`: what the public build may show.
import { z } from "zod";

export const publishingSchema = z
  .object({
    /** The public build shows no figure about fewer people than this (UU 27/2022: no one singled out). */
    min_group_size: z.number().int().min(1).max(100).default(5),
  })
  .strict()
  .prefault({});
