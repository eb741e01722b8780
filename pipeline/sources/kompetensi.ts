// kompetensi*.csv: a competency assessment of one employee (levels 1-5, potential score 0-100).
import { column, defineSource } from "../ingest/source.ts";
import { date, decimal, nip, oneOf } from "../ingest/fields.ts";
import { competencyColumns } from "./shared.ts";

export const kompetensi = defineSource({
  name: "kompetensi",
  about: "hasil asesmen kompetensi",
  file: { prefix: "kompetensi" },
  columns: [
    column("nip", nip()),
    column("tanggal_asesmen", date(), { aliases: ["tgl_asesmen"] }),
    column("jenis_asesmen", oneOf(["pemetaan", "seleksi"])),
    ...competencyColumns(),
    column("skor_potensi", decimal(0, 100), { aliases: ["potensi"] }),
  ],
  key: ["nip", "tanggal_asesmen", "jenis_asesmen"],
  masterNips: ["nip"],
});
