// hukuman_disiplin*.csv: a recorded sanction decision (SK), PP 94/2021.
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf, text } from "../ingest/fields.ts";

export const hukumanDisiplin = defineSource({
  name: "hukuman_disiplin",
  file: { prefix: "hukuman_disiplin" },
  columns: [
    column("nip", nip()),
    column("nomor_sk", text(), { aliases: ["no_sk"] }),
    column("tanggal_sk", date(), { aliases: ["tgl_sk"] }),
    column(
      "jenis_hukuman",
      oneOf(
        [
          "teguran_lisan",
          "teguran_tertulis",
          "pernyataan_tidak_puas",
          "potong_tukin_6",
          "potong_tukin_9",
          "potong_tukin_12",
          "penurunan_jabatan",
          "pembebasan_jabatan",
          "pemberhentian",
        ],
        {
          pernyataan_tidak_puas: ["pernyataan tidak puas secara tertulis"],
          potong_tukin_6: ["pemotongan tukin 6 bulan", "potong tukin 25% 6 bulan"],
          potong_tukin_9: ["pemotongan tukin 9 bulan", "potong tukin 25% 9 bulan"],
          potong_tukin_12: ["pemotongan tukin 12 bulan", "potong tukin 25% 12 bulan"],
          pemberhentian: ["pemberhentian dengan hormat tidak atas permintaan sendiri"],
        },
      ),
    ),
    column("tmt_mulai", date(), { aliases: ["tmt"] }),
    column("tmt_selesai", date(), { optional: true }),
    column("alasan", text(), { optional: true }),
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
