// ikp*.csv: a special instruction from leadership (Instruksi Khusus Pimpinan) to one employee.
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, text } from "../ingest/fields.ts";

export const ikp = defineSource({
  name: "ikp",
  about: "instruksi khusus pimpinan",
  file: { prefix: "ikp" },
  columns: [
    column("id", text(), { aliases: ["id_ikp", "nomor"] }),
    column("nip", nip()),
    column("judul", text(), { aliases: ["instruksi", "uraian"] }),
    column("tanggal_instruksi", date(), { aliases: ["tgl_instruksi"] }),
    column("tenggat", date(), { aliases: ["batas_waktu", "deadline"] }),
    column("tanggal_selesai", date(), { optional: true, aliases: ["tgl_selesai"] }),
  ],
  key: ["id", "nip"],
  masterNips: ["nip"],
  rowCheck: { columns: ["tanggal_instruksi", "tenggat", "tanggal_selesai"], check: datesInOrder },
});

function datesInOrder(row: Row) {
  const issued = row.tanggal_instruksi as string;
  if ((row.tenggat as string) < issued) return { column: "tenggat", reason: `tenggat ${row.tenggat} sebelum tanggal_instruksi ${issued}` };
  if (row.tanggal_selesai !== null && (row.tanggal_selesai as string) < issued) {
    return { column: "tanggal_selesai", reason: `tanggal_selesai ${row.tanggal_selesai} sebelum tanggal_instruksi ${issued}` };
  }
  return undefined;
}
