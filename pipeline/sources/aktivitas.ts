// aktivitas*.csv: one logged daily activity (e-kinerja).
import { column, defineSource } from "../ingest/source.ts";
import { date, decimal, int, nip, oneOf, text, time } from "../ingest/fields.ts";

export const aktivitas = defineSource({
  name: "aktivitas",
  about: "aktivitas harian e-Kinerja",
  file: { prefix: "aktivitas" },
  columns: [
    column("nip", nip()),
    column("tanggal", date(), { aliases: ["tgl"] }),
    column("jam_mulai", time(), { optional: true, aliases: ["mulai"] }),
    column("jam_selesai", time(), { optional: true, aliases: ["selesai"] }),
    column("uraian", text(), { aliases: ["uraian_kegiatan", "kegiatan", "aktivitas"] }),
    column("volume", decimal(0, 1_000_000), { optional: true }),
    column("satuan", text(), { optional: true }),
    column("menit", int(0, 1440), { aliases: ["durasi", "durasi_menit"] }),
    column(
      "status",
      oneOf(["disetujui", "ditolak", "menunggu"], {
        disetujui: ["setuju", "approved", "diterima"],
        ditolak: ["tolak", "rejected"],
        menunggu: ["pending", "diajukan", "belum diverifikasi"],
      }),
      { aliases: ["status_verifikasi"] },
    ),
  ],
  // No id in the export: the same person, day, times and description is the same activity.
  key: ["nip", "tanggal", "jam_mulai", "jam_selesai", "uraian"],
  masterNips: ["nip"],
});
