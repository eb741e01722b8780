// presensi*.csv: one day of mobile/web attendance for one employee.
import { column, defineSource } from "../ingest/source.ts";
import { date, decimal, nip, oneOf, time } from "../ingest/fields.ts";

export const presensi = defineSource({
  name: "presensi",
  about: "presensi mobile/web per hari",
  file: { prefix: "presensi" },
  columns: [
    column("nip", nip()),
    column("tanggal", date(), { aliases: ["tgl"] }),
    // A missing punch is its own flag downstream (docs/aturan.md#kehadiran), not a rejected row.
    column("jam_masuk", time(), { optional: true, aliases: ["masuk", "check_in"] }),
    column("jam_pulang", time(), { optional: true, aliases: ["pulang", "check_out"] }),
    column("lat_masuk", decimal(-90, 90), { optional: true, aliases: ["latitude_masuk"] }),
    column("lon_masuk", decimal(-180, 180), { optional: true, aliases: ["lng_masuk", "longitude_masuk"] }),
    column("lat_pulang", decimal(-90, 90), { optional: true, aliases: ["latitude_pulang"] }),
    column("lon_pulang", decimal(-180, 180), { optional: true, aliases: ["lng_pulang", "longitude_pulang"] }),
    column("metode", oneOf(["mobile", "web", "fingerprint", "manual"], { fingerprint: ["finger", "fp", "sidik jari"] }), {
      aliases: ["sumber"],
    }),
    // GPS quality from the phone (docs/aturan.md#pola-kerja): evidence beside the geofence flag, never a TK.
    column("akurasi_m", decimal(0, 100_000), { optional: true, aliases: ["akurasi", "accuracy", "akurasi_gps"] }),
    column("lokasi_palsu", oneOf(["ya", "tidak"], { ya: ["true", "1", "y", "mock"], tidak: ["false", "0", "n", "t"] }), {
      optional: true,
      aliases: ["mock_location", "fake_gps", "lokasi_tiruan"],
    }),
  ],
  key: ["nip", "tanggal"],
  masterNips: ["nip"],
});
