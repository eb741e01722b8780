// ketidakhadiran*.csv: an approved absence (leave, sick, official duty...) over a date range.
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf, text } from "../ingest/fields.ts";

export const ketidakhadiran = defineSource({
  name: "ketidakhadiran",
  about: "izin, sakit, cuti, dinas luar, tugas belajar",
  file: { prefix: "ketidakhadiran" },
  columns: [
    column("nip", nip()),
    column(
      "jenis",
      oneOf(["izin", "sakit", "cuti", "dinas_luar", "tugas_belajar"], {
        cuti: ["cuti tahunan", "cuti besar", "cuti melahirkan", "cuti alasan penting"],
        dinas_luar: ["dl", "perjalanan dinas"],
        tugas_belajar: ["tb"],
      }),
      { aliases: ["jenis_ketidakhadiran", "jenis_izin"] },
    ),
    column("tanggal_mulai", date(), { aliases: ["tgl_mulai", "mulai", "dari_tanggal"] }),
    column("tanggal_selesai", date(), { aliases: ["tgl_selesai", "selesai", "sampai_tanggal"] }),
    column("nomor_surat", text(), { optional: true, aliases: ["no_surat"] }),
  ],
  key: ["nip", "jenis", "tanggal_mulai"],
  masterNips: ["nip"],
  rowCheck: { columns: ["tanggal_mulai", "tanggal_selesai"], check: endsAfterStart },
});

function endsAfterStart(row: Row) {
  return (row.tanggal_selesai as string) < (row.tanggal_mulai as string)
    ? { column: "tanggal_selesai", reason: `tanggal_selesai ${row.tanggal_selesai} sebelum tanggal_mulai ${row.tanggal_mulai}` }
    : undefined;
}
