// unit*.csv: a work unit (OPD or sub-unit) with its office geofence.
import { column, defineSource } from "../ingest/source.ts";
import { decimal, int, text } from "../ingest/fields.ts";

export const unit = defineSource({
  name: "unit",
  about: "unit kerja (OPD dan sub-unit), dengan titik dan radius geofence",
  file: { prefix: "unit" },
  columns: [
    column("kode_unit", text(), { aliases: ["kode_unor", "kd_unit"] }),
    column("nama_unit", text(), { aliases: ["nama_unor", "unit_kerja"] }),
    column("kode_induk", text(), { optional: true, aliases: ["kode_unit_induk", "induk"] }),
    column("lat", decimal(-90, 90), { optional: true, aliases: ["latitude", "lintang"] }),
    column("lon", decimal(-180, 180), { optional: true, aliases: ["lng", "longitude", "bujur"] }),
    column("radius_m", int(0, 100_000), { optional: true, aliases: ["radius"] }),
  ],
  key: ["kode_unit"],
});
