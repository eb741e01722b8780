// hari_libur*.csv: a national holiday or cuti bersama (not a working day).
import { column, defineSource } from "../ingest/source.ts";
import { date, oneOf, text } from "../ingest/fields.ts";

export const hariLibur = defineSource({
  name: "hari_libur",
  about: "hari libur daerah",
  file: { prefix: "hari_libur" },
  columns: [
    column("tanggal", date(), { aliases: ["tgl"] }),
    column("keterangan", text(), { aliases: ["nama", "nama_libur"] }),
    column("jenis", oneOf(["libur_nasional", "cuti_bersama"], { libur_nasional: ["libur", "nasional"] })),
  ],
  key: ["tanggal"],
});
