// penilaian360*.csv: one rater's BerAKHLAK behaviour rating of a colleague (docs/aturan.md#360).
import { column, defineSource } from "../ingest/source.ts";
import { int, nip, oneOf } from "../ingest/fields.ts";
import { period, year } from "./shared.ts";

const BERAKHLAK = ["berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"];

export const penilaian360 = defineSource({
  name: "penilaian360",
  about: "penilaian perilaku 360 derajat",
  file: { prefix: "penilaian360" },
  columns: [
    column("tahun", year()),
    column("periode", period()),
    column("nip_dinilai", nip()),
    column("nip_penilai", nip()),
    column("hubungan", oneOf(["atasan", "rekan", "bawahan"], { rekan: ["sejawat", "rekan kerja", "peer"] })),
    ...BERAKHLAK.map((value) => column(value, int(1, 5))),
  ],
  // One rating per rater per period; a later file's rating replaces an earlier one (docs/aturan.md#360).
  key: ["tahun", "periode", "nip_dinilai", "nip_penilai"],
  masterNips: ["nip_dinilai", "nip_penilai"],
});
