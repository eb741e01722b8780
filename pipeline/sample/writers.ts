// The sample's writers: the shared CSV writer, and clock-time lookups for the hot paths.
export { ChunkWriter, csvField, type FileOptions } from "../csv-writer.ts";

/** "HH:MM:SS" for every second of the day, and "HH:MM" for every minute (hot-path lookups). */
export const HMS: string[] = Array.from({ length: 86_400 }, (_, s) =>
  `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`);
export const HM: string[] = Array.from({ length: 1440 }, (_, m) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
