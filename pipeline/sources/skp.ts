// skp*.csv: an SKP rating for a period (PermenPANRB 6/2022).
import { column, defineSource } from "../ingest/source.ts";
import { nip, oneOf } from "../ingest/fields.ts";
import { period, rating, year } from "./shared.ts";

export const skp = defineSource({
  name: "skp",
  file: { prefix: "skp" },
  columns: [
    column("nip", nip()),
    column("tahun", year()),
    column("periode", period()),
    column("rating_hasil_kerja", rating(), { aliases: ["hasil_kerja"] }),
    column("rating_perilaku_kerja", rating(), { aliases: ["perilaku_kerja"] }),
    column(
      "predikat_kinerja",
      oneOf(["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"], {
        kurang_misconduct: ["kurang", "kurang/misconduct"],
      }),
      { optional: true, aliases: ["predikat"] },
    ),
    // The appraiser of the top official (e.g. the regent) has no NIP: optional, not checked
    // against pegawai.
    column("nip_penilai", nip(), { optional: true }),
  ],
  key: ["nip", "tahun", "periode"],
  masterNips: ["nip"],
});
