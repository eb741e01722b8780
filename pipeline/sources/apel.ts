// apel*.csv: one employee at one roll call (apel pagi, upacara), present or not.
import { column, defineSource } from "../ingest/source.ts";
import { date, nip, oneOf } from "../ingest/fields.ts";

export const apel = defineSource({
  name: "apel",
  about: "kehadiran apel pagi dan upacara",
  file: { prefix: "apel" },
  columns: [
    column("tanggal", date(), { aliases: ["tgl"] }),
    column("jenis", oneOf(["apel_pagi", "upacara"], { apel_pagi: ["apel", "apel pagi"], upacara: ["upacara bendera", "hkn", "hari kesadaran nasional"] }), {
      aliases: ["jenis_apel", "kegiatan"],
    }),
    column("nip", nip()),
    column("hadir", oneOf(["ya", "tidak"], { ya: ["hadir", "y", "1", "true"], tidak: ["tidak hadir", "absen", "n", "0", "false", "t"] }), {
      aliases: ["kehadiran", "status"],
    }),
  ],
  key: ["nip", "tanggal", "jenis"],
  masterNips: ["nip"],
});
