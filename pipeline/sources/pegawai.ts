// pegawai*: one employee (master data), as the project's CSV or as SIASN's employee export
// (`NIP BARU`, `GOL AKHIR NAMA`, `JENIS JABATAN NAMA`, ...). Every other source's NIPs must be here.
import { column, defineSource, type Row } from "../ingest/source.ts";
import { date, nip, oneOf, text } from "../ingest/fields.ts";
import { pnsNipProblem } from "../ingest/nip.ts";
import { echelon, positionType } from "./shared.ts";

const PNS_RUANG = ["I", "II", "III", "IV"].flatMap((r) => ["a", "b", "c", "d", ...(r === "IV" ? ["e"] : [])].map((l) => `${r}/${l}`));
const GOLONGAN_PPPK = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

/** The pangkat of each PNS golongan ruang (PP 99/2000), as SIASN writes it beside the golongan. */
export const PANGKAT: Readonly<Record<string, string>> = {
  "I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
  "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya", "IV/e": "Pembina Utama",
};

/** `Penata Muda (III/a)`, `Penata Muda Tk. I, III/b`, `III/b - Penata Muda Tingkat I`: the golongan with its pangkat, either order. */
function pangkatSpellings(golongan: string): string[] {
  const names = [PANGKAT[golongan]];
  if (names[0].endsWith(" Tingkat I")) names.push(names[0].replace(/ Tingkat I$/, " Tk. I"));
  return names.flatMap((name) => [`${name} (${golongan})`, `${golongan} ${name}`]);
}

export const pegawai = defineSource({
  name: "pegawai",
  about: "data pegawai (wajib); ekspor SIASN dikenali dari judul kolomnya",
  file: { prefix: "pegawai" },
  columns: [
    column("nip", nip(), { aliases: ["nip_baru", "nomor_induk_pegawai"] }),
    column("nama", text(), { aliases: ["nama_lengkap", "nama_pegawai"] }),
    column("gelar_depan", text(), { optional: true }),
    column("gelar_belakang", text(), { optional: true }),
    // SIASN writes 1 (pria) and 2 (wanita), as the NIP's gender digit does.
    column("jenis_kelamin", oneOf(["L", "P"], { L: ["laki-laki", "laki laki", "pria", "1"], P: ["perempuan", "wanita", "2"] }), {
      aliases: ["jk", "kelamin", "gender"],
    }),
    column("tanggal_lahir", date(), { aliases: ["tgl_lahir"] }),
    column("jenis_pegawai", oneOf(["PNS", "PPPK"], { PPPK: ["p3k"] }), { aliases: ["status_pegawai", "jenis_asn", "status_asn"] }),
    column("golongan", oneOf([...PNS_RUANG, ...GOLONGAN_PPPK], Object.fromEntries(PNS_RUANG.map((g) => [g, pangkatSpellings(g)]))), {
      aliases: ["gol", "golongan_ruang", "pangkat_golongan", "gol_akhir_nama", "gol_ruang_akhir"],
    }),
    // `struktural` is SIASN's "Jabatan Struktural": the eselon decides jpt, administrator or pengawas.
    column("jenis_jabatan", positionType({ struktural: ["jabatan struktural"] }), { aliases: ["jenis_jabatan_nama"] }),
    column("nama_jabatan", text(), { aliases: ["jabatan", "jabatan_nama"] }),
    column("eselon", echelon(), { optional: true, aliases: ["eselon_nama"] }),
    column("kode_unit", text(), { aliases: ["kode_unor", "kd_unit", "unor_id"] }),
    column("tmt_mulai", date(), { aliases: ["tmt_cpns", "tmt_pppk", "tmt"] }),
    column("tmt_selesai", date(), { optional: true, aliases: ["tmt_pensiun", "tmt_berhenti"] }),
    // Not in SIASN's export; no rule reads it.
    column("mode_presensi", oneOf(["kantor", "mobile"]), { optional: true, aliases: ["mode"] }),
  ],
  key: ["nip"],
  rowCheck: {
    columns: ["nip", "jenis_pegawai", "tanggal_lahir", "jenis_kelamin", "golongan", "jenis_jabatan", "eselon", "tmt_mulai", "tmt_selesai"],
    check: checkEmployee,
  },
});

/** Jabatan struktural by eselon: I-II pimpinan tinggi, III administrator, IV (and V) pengawas (UU 20/2023, PP 11/2017). */
export function structuralType(eselon: string | null): "jpt" | "administrator" | "pengawas" | undefined {
  const rank = eselon?.split(".")[0];
  if (rank === "I" || rank === "II") return "jpt";
  if (rank === "III") return "administrator";
  if (rank === "IV" || rank === "V") return "pengawas";
  return undefined;
}

/**
 * The NIP agrees with the row (docs/aturan.md#nip), the golongan with the kind of ASN, the dates with each
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
  if (PNS_RUANG.includes(row.golongan as string) !== pns) {
    return { column: "golongan", reason: `golongan ${row.golongan} tidak berlaku untuk ${row.jenis_pegawai}` };
  }
  if (row.tmt_selesai !== null && (row.tmt_selesai as string) < (row.tmt_mulai as string)) {
    return { column: "tmt_selesai", reason: `tmt_selesai ${row.tmt_selesai} sebelum tmt_mulai ${row.tmt_mulai}` };
  }
  if (row.jenis_jabatan === "struktural") {
    const type = structuralType(row.eselon as string | null);
    if (!type) return { column: "eselon", reason: "Jabatan Struktural tanpa eselon: jenis jabatan (jpt, administrator, pengawas) tidak dapat ditentukan" };
    return { set: { jenis_jabatan: type } };
  }
  return undefined;
}
