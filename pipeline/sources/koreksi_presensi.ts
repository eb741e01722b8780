// koreksi_presensi*.csv: a request to correct one day's attendance (forgot to punch, machine
// fault, official task), with its letter and its approval status.
import { column, defineSource } from "../ingest/source.ts";
import { date, nip, oneOf, text, time } from "../ingest/fields.ts";

export const koreksiPresensi = defineSource({
  name: "koreksi_presensi",
  about: "permohonan koreksi presensi dan statusnya",
  file: { prefix: "koreksi_presensi" },
  columns: [
    column("nip", nip()),
    column("tanggal", date(), { aliases: ["tgl"] }),
    column(
      "jenis",
      oneOf(["lupa_absen_masuk", "lupa_absen_pulang", "kendala_mesin", "tugas_kedinasan"], {
        lupa_absen_masuk: ["lupa absen datang", "lupa presensi masuk", "tidak absen masuk"],
        lupa_absen_pulang: ["lupa presensi pulang", "tidak absen pulang"],
        kendala_mesin: ["mesin rusak", "gangguan mesin", "kendala sistem", "kendala teknis"],
        tugas_kedinasan: ["tugas kedinasan", "tugas dinas", "kegiatan kedinasan"],
      }),
      { aliases: ["jenis_koreksi", "alasan"] },
    ),
    column("jam_masuk", time(), { optional: true, aliases: ["masuk"] }),
    column("jam_pulang", time(), { optional: true, aliases: ["pulang"] }),
    column("nomor_surat", text(), { aliases: ["no_surat"] }),
    column("status", oneOf(["disetujui", "ditolak", "menunggu"], { disetujui: ["approved", "setuju"], ditolak: ["rejected", "tolak"], menunggu: ["pending", "diajukan", "proses"] })),
  ],
  key: ["nip", "tanggal", "jenis"],
  masterNips: ["nip"],
});
