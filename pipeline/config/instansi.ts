// `instansi` (name and time zone) and `period` (the attendance calendar).
import { z } from "zod";
import { isoDate } from "./common.ts";

export const instansiSchema = z
  .object({
    name: z.string().min(1).default("Pemerintah Kabupaten Sukamaju"),
    // Local wall-clock zone of the exports; timestamps are never shifted through UTC.
    timezone: z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]).default("Asia/Jakarta"),
  })
  .prefault({});

/** Attendance calendar; by default the first to the last date in the attendance exports. */
export const periodSchema = z
  .object({ start: isoDate, end: isoDate })
  .refine((p) => p.start <= p.end, { message: "period.start harus sebelum period.end" })
  .optional();
