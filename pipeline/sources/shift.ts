// shift*.csv: a shift type of a rostered unit (RSUD, puskesmas rawat inap, Satpol PP, Damkar).
// A jam_pulang earlier than jam_masuk ends the next day (a night shift).
import { column, defineSource, type Row } from "../ingest/source.ts";
import { code, int, text, time } from "../ingest/fields.ts";

export const shift = defineSource({
  name: "shift",
  about: "jenis shift unit berjadwal (RSUD, puskesmas rawat inap, Satpol PP, Damkar)",
  file: { prefix: "shift" },
  columns: [
    column("kode_shift", code(), { aliases: ["kode", "shift", "kd_shift"] }),
    column("nama_shift", text(), { optional: true, aliases: ["nama", "keterangan"] }),
    column("jam_masuk", time(), { aliases: ["masuk", "mulai", "jam_mulai"] }),
    column("jam_pulang", time(), { aliases: ["pulang", "selesai", "jam_selesai"] }),
    column("istirahat_menit", int(0, 240), { optional: true, aliases: ["istirahat", "menit_istirahat"] }),
  ],
  key: ["kode_shift"],
  rowCheck: { columns: ["kode_shift", "jam_masuk", "jam_pulang"], check: realShift },
});

function realShift(row: Row) {
  if (String(row.kode_shift).toLowerCase() === "libur") return { column: "kode_shift", reason: "kode_shift 'libur' dicadangkan untuk hari libur jadwal" };
  if (row.jam_masuk === row.jam_pulang) return { column: "jam_pulang", reason: "jam_pulang sama dengan jam_masuk: shift tanpa durasi" };
  return undefined;
}
