// standar_kompetensi*.csv: the required competency levels of a position class.
import { column, defineSource } from "../ingest/source.ts";
import { competencyColumns, echelon, positionType } from "./shared.ts";

export const standarKompetensi = defineSource({
  name: "standar_kompetensi",
  about: "standar kompetensi jabatan",
  file: { prefix: "standar_kompetensi" },
  columns: [column("jenis_jabatan", positionType()), column("eselon", echelon(), { optional: true }), ...competencyColumns()],
  key: ["jenis_jabatan", "eselon"],
});
