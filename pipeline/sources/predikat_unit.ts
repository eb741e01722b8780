// predikat_unit*.csv: the organisation's own predikat for a year (SE MenPANRB 3/2023 curve check).
import { column, defineSource } from "../ingest/source.ts";
import { oneOf, text } from "../ingest/fields.ts";
import { year } from "./shared.ts";

export const predikatUnit = defineSource({
  name: "predikat_unit",
  about: "predikat kinerja organisasi",
  file: { prefix: "predikat_unit" },
  columns: [
    column("kode_unit", text(), { aliases: ["kode_unor"] }),
    column("tahun", year()),
    column("predikat_organisasi", oneOf(["istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"]), { aliases: ["predikat"] }),
  ],
  key: ["kode_unit", "tahun"],
});
