// hukuman_disiplin*: a recorded sanction decision (SK), PP 94/2021, as the project's CSV or as
// SIASN's discipline history (`jenis_hukdis` written out, `tingkat_hukdis`, `tmt_hukdis`).
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf, text } from "../ingest/fields.ts";

/** PP 94/2021 Pasal 8: each sanction code, and how SIASN and SK texts write it out. */
export const SANCTION_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  teguran_lisan: ["teguran lisan", "hukuman disiplin teguran lisan"],
  teguran_tertulis: ["teguran tertulis", "hukuman disiplin teguran tertulis"],
  pernyataan_tidak_puas: ["pernyataan tidak puas secara tertulis", "pernyataan tidak puas", "pernyataan tidak puas secara tertulis dari atasan"],
  potong_tukin_6: [
    "pemotongan tukin 6 bulan",
    "potong tukin 25% 6 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan",
    "pemotongan tpp sebesar 25% selama 6 bulan",
  ],
  potong_tukin_9: [
    "pemotongan tukin 9 bulan",
    "potong tukin 25% 9 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 9 (sembilan) bulan",
    "pemotongan tpp sebesar 25% selama 9 bulan",
  ],
  potong_tukin_12: [
    "pemotongan tukin 12 bulan",
    "potong tukin 25% 12 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan",
    "pemotongan tunjangan kinerja sebesar 25% selama 12 (dua belas) bulan",
    "pemotongan tpp sebesar 25% selama 12 bulan",
  ],
  penurunan_jabatan: [
    "penurunan jabatan",
    "penurunan jabatan setingkat lebih rendah selama 12 bulan",
    "penurunan jabatan setingkat lebih rendah selama 12 (dua belas) bulan",
  ],
  pembebasan_jabatan: [
    "pembebasan jabatan",
    "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
    "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan",
  ],
  pemberhentian: [
    "pemberhentian dengan hormat tidak atas permintaan sendiri",
    "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai pns",
    "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai pegawai negeri sipil",
  ],
};

export const hukumanDisiplin = defineSource({
  name: "hukuman_disiplin",
  about: "SK hukuman disiplin",
  file: { prefix: "hukuman_disiplin" },
  columns: [
    column("nip", nip()),
    column("nomor_sk", text(), { aliases: ["no_sk", "nomor_sk_hukdis"] }),
    column("tanggal_sk", date(), { aliases: ["tgl_sk", "tanggal_sk_hukdis"] }),
    column("jenis_hukuman", oneOf(Object.keys(SANCTION_SPELLINGS), SANCTION_SPELLINGS), { aliases: ["jenis_hukdis", "jenis_hukuman_disiplin"] }),
    // SIASN's own level (Ringan, Sedang, Berat): kept as evidence; the ladder comes from the code.
    column("tingkat", oneOf(["ringan", "sedang", "berat"]), { optional: true, aliases: ["tingkat_hukdis", "tingkat_hukuman"] }),
    column("tmt_mulai", date(), { aliases: ["tmt", "tmt_hukdis", "tmtsk", "tmt_sk"] }),
    column("tmt_selesai", date(), { optional: true, aliases: ["akhir_hukdis", "tmt_akhir", "tanggal_akhir_hukdis"] }),
    column("alasan", text(), { optional: true, aliases: ["alasan_hukdis", "aturan_dilanggar", "keterangan"] }),
  ],
  key: ["nip", "nomor_sk"],
  masterNips: ["nip"],
  rowCheck: { columns: ["tmt_mulai", "tmt_selesai"], check: endsAfterStart },
});

function endsAfterStart(row: Row) {
  return row.tmt_selesai !== null && (row.tmt_selesai as string) < (row.tmt_mulai as string)
    ? { column: "tmt_selesai", reason: `tmt_selesai ${row.tmt_selesai} sebelum tmt_mulai ${row.tmt_mulai}` }
    : undefined;
}
