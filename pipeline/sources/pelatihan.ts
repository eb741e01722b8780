// pelatihan*.csv: a completed training (hours of lessons count towards development, docs/aturan.md#merit).
import { column, defineSource } from "../ingest/source.ts";
import { date, int, nip, text } from "../ingest/fields.ts";

export const pelatihan = defineSource({
  name: "pelatihan",
  about: "pelatihan yang diselesaikan",
  file: { prefix: "pelatihan" },
  columns: [
    column("nip", nip()),
    column("nama_pelatihan", text(), { aliases: ["pelatihan", "nama_diklat", "diklat"] }),
    column("tanggal_selesai", date(), { aliases: ["tgl_selesai"] }),
    column("jam_pelajaran", int(1, 10_000), { aliases: ["jp", "jumlah_jp"] }),
  ],
  key: ["nip", "nama_pelatihan", "tanggal_selesai"],
  masterNips: ["nip"],
});
