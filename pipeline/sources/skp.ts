// skp*: an SKP rating for a period (PermenPANRB 6/2022), as the project's CSV or as e-Kinerja BKN
// exports it (`tahun_skp`, the period as `periode_awal_skp`..`periode_akhir_skp`, `hasil_akhir`,
// Plt/Plh rows).
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf } from "../ingest/fields.ts";
import { period, rating, year } from "./shared.ts";

export const PLT_PLH = "SKP sebagai Plt/Plh (bukan SKP pegawai sendiri): disisihkan, tidak dinilai";

export const skp = defineSource({
  name: "skp",
  about: "penilaian SKP; laporan SKP e-Kinerja dikenali dari judul kolomnya",
  file: { prefix: "skp" },
  columns: [
    column("nip", nip()),
    column("tahun", year(), { aliases: ["tahun_skp"] }),
    // Either the period, or its first and last day (e-Kinerja), from which it follows.
    column("periode", period(), { optional: true }),
    column("periode_awal", date(), { optional: true, aliases: ["periode_awal_skp", "tanggal_awal"] }),
    column("periode_akhir", date(), { optional: true, aliases: ["periode_akhir_skp", "tanggal_akhir"] }),
    column("rating_hasil_kerja", rating(), { aliases: ["hasil_kerja"] }),
    column("rating_perilaku_kerja", rating(), { aliases: ["perilaku_kerja"] }),
    column(
      "predikat_kinerja",
      oneOf(["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"], {
        kurang_misconduct: ["kurang", "kurang/misconduct", "misconduct"],
      }),
      { optional: true, aliases: ["predikat", "hasil_akhir", "predikat_kinerja_pegawai"] },
    ),
    // An SKP held as Plt/Plh of another post is not the person's own: set aside.
    column("plt_plh", oneOf(["ya", "tidak"], { ya: ["true", "1", "y", "plt", "plh"], tidak: ["false", "0", "n", "t"] }), {
      optional: true,
      aliases: ["is_skp_plt_plh_pjb", "is_plt_plh", "plt_plh_pjb"],
    }),
    // The appraiser of the top official (e.g. the regent) has no NIP: optional, not checked
    // against pegawai.
    column("nip_penilai", nip(), { optional: true, aliases: ["nip_atasan", "pegawai_atasan_nip", "nip_pejabat_penilai"] }),
  ],
  key: ["nip", "tahun", "periode"],
  masterNips: ["nip"],
  rowCheck: { columns: ["tahun", "periode", "periode_awal", "periode_akhir", "plt_plh"], check: checkPeriod },
});

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The period an e-Kinerja row covers: a calendar quarter is TW1-TW4, the whole year TAHUNAN, one
 * calendar month its number (1-12); any other span is no SKP period.
 */
export function periodOfSpan(start: string, end: string): string | undefined {
  const [y, m, d] = start.split("-").map(Number);
  if (d !== 1 || end.slice(0, 4) !== start.slice(0, 4)) return undefined;
  if (m === 1 && end === iso(y, 12, 31)) return "TAHUNAN";
  if ((m - 1) % 3 === 0 && end === iso(y, m + 2, lastDay(y, m + 2))) return `TW${(m + 2) / 3}`;
  if (end === iso(y, m, lastDay(y, m))) return String(m);
  return undefined;
}

function checkPeriod(row: Row) {
  if (row.plt_plh === "ya") return { column: "plt_plh", reason: PLT_PLH };
  const [start, end] = [row.periode_awal as string | null, row.periode_akhir as string | null];
  const spanned = start && end ? periodOfSpan(start, end) : undefined;
  if (start && start.slice(0, 4) !== String(row.tahun)) {
    return { column: "periode_awal", reason: `periode mulai ${start} tidak di tahun ${row.tahun}` };
  }
  if (start && end && !spanned) {
    return { column: "periode_awal", reason: `periode ${start} s.d. ${end} bukan satu bulan, triwulan atau tahun kalender` };
  }
  if (row.periode === null) {
    if (!spanned) return { column: "periode", reason: "periode kosong: isi periode, atau periode_awal dan periode_akhir" };
    return { set: { periode: spanned } };
  }
  if (spanned && spanned !== row.periode) return { column: "periode", reason: `periode ${row.periode} tidak cocok dengan tanggal ${start} s.d. ${end}` };
  return undefined;
}
