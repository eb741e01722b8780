// pegawai*.csv: one employee (master data). Every other source's NIPs must be here.
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf, text } from "../ingest/fields.ts";
import { pnsNipProblem } from "../ingest/nip.ts";
import { echelon, positionType } from "./shared.ts";

const GOLONGAN_PNS = ["I", "II", "III", "IV"].flatMap((r) => ["a", "b", "c", "d", ...(r === "IV" ? ["e"] : [])].map((l) => `${r}/${l}`));
const GOLONGAN_PPPK = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

export const pegawai = defineSource({
  name: "pegawai",
  file: { prefix: "pegawai" },
  columns: [
    column("nip", nip(), { aliases: ["nip_baru", "nomor_induk_pegawai"] }),
    column("nama", text(), { aliases: ["nama_lengkap", "nama_pegawai"] }),
    column("jenis_kelamin", oneOf(["L", "P"], { L: ["laki-laki", "laki laki", "pria"], P: ["perempuan", "wanita"] }), {
      aliases: ["jk", "kelamin", "gender"],
    }),
    column("tanggal_lahir", date(), { aliases: ["tgl_lahir"] }),
    column("jenis_pegawai", oneOf(["PNS", "PPPK"], { PPPK: ["p3k"] }), { aliases: ["status_pegawai", "jenis_asn", "status_asn"] }),
    column("golongan", oneOf([...GOLONGAN_PNS, ...GOLONGAN_PPPK]), { aliases: ["gol", "golongan_ruang", "pangkat_golongan"] }),
    column("jenis_jabatan", positionType()),
    column("nama_jabatan", text(), { aliases: ["jabatan"] }),
    column("eselon", echelon(), { optional: true }),
    column("kode_unit", text(), { aliases: ["kode_unor", "kd_unit"] }),
    column("tmt_mulai", date(), { aliases: ["tmt_cpns", "tmt_pppk", "tmt"] }),
    column("tmt_selesai", date(), { optional: true, aliases: ["tmt_pensiun", "tmt_berhenti"] }),
    column("mode_presensi", oneOf(["kantor", "mobile"]), { aliases: ["mode"] }),
  ],
  key: ["nip"],
  rowCheck: {
    columns: ["nip", "jenis_pegawai", "tanggal_lahir", "jenis_kelamin", "golongan", "tmt_mulai", "tmt_selesai"],
    check: checkEmployee,
  },
});

/**
 * The NIP agrees with the row (rules.md §12), the golongan with the kind of ASN, the dates with each
 * other. Like nip.ts, reasons carry no personal data (birth date, NIP digits): the row has them.
 */
function checkEmployee(row: Row) {
  const nip = row.nip as string;
  if (nip.slice(0, 8) !== (row.tanggal_lahir as string).replace(/-/g, "")) {
    return { column: "nip", reason: "tanggal lahir di NIP tidak cocok dengan tanggal_lahir" };
  }
  if ((nip[14] === "1" ? "L" : "P") !== row.jenis_kelamin) {
    return { column: "nip", reason: "digit jenis kelamin di NIP tidak cocok dengan jenis_kelamin" };
  }
  const pns = row.jenis_pegawai === "PNS";
  const pnsProblem = pns ? pnsNipProblem(nip) : undefined;
  if (pnsProblem) return { column: "nip", reason: pnsProblem };
  if (GOLONGAN_PNS.includes(row.golongan as string) !== pns) {
    return { column: "golongan", reason: `golongan ${row.golongan} tidak berlaku untuk ${row.jenis_pegawai}` };
  }
  if (row.tmt_selesai !== null && (row.tmt_selesai as string) < (row.tmt_mulai as string)) {
    return { column: "tmt_selesai", reason: `tmt_selesai ${row.tmt_selesai} sebelum tmt_mulai ${row.tmt_mulai}` };
  }
  return undefined;
}
