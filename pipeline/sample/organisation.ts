// Kabupaten Sukamaju (fictional, WIB): its OPDs, their sub-units and geofences.
import type { Rng } from "./random.ts";

export type Category =
  | "umum" | "pendidikan" | "kesehatan" | "pengawasan" | "perencanaan" | "kepegawaian"
  | "keuangan" | "teknik" | "pertanian" | "trantib" | "perhubungan" | "sosial" | "lingkungan"
  | "kominfo" | "arsip" | "dukcapil" | "kewilayahan";

type SubKind = "sekretariat" | "bagian" | "bidang" | "irban" | "upt" | "seksi" | "kelurahan" | "instalasi";

interface OpdDef {
  code: string;
  name: string;
  short: string;
  head: string;
  cat: Category;
  /** Relative headcount. */
  weight: number;
  /** Share of staff who check in with the mobile app (field work). */
  mobile: number;
  subs: [SubKind, string][];
  kecamatan?: boolean;
}

const SEKRETARIAT: [SubKind, string] = ["sekretariat", ""];
const KECAMATAN = ["Sukamaju", "Karangrejo", "Wonosari", "Tegalsari", "Ngadirejo"];

const OPD_DEFS: OpdDef[] = [
  { code: "4.01.01", name: "Sekretariat Daerah", short: "SETDA", head: "Sekretaris Daerah", cat: "umum", weight: 2.4, mobile: 0.1,
    subs: [["bagian", "Bagian Tata Pemerintahan"], ["bagian", "Bagian Hukum"], ["bagian", "Bagian Organisasi"], ["bagian", "Bagian Perekonomian dan Sumber Daya Alam"], ["bagian", "Bagian Umum"], ["bagian", "Bagian Pengadaan Barang dan Jasa"]] },
  { code: "4.02.01", name: "Sekretariat DPRD", short: "SETWAN", head: "Sekretaris DPRD", cat: "umum", weight: 0.9, mobile: 0.1,
    subs: [["bagian", "Bagian Umum dan Keuangan"], ["bagian", "Bagian Persidangan dan Perundang-undangan"], ["bagian", "Bagian Fasilitasi Penganggaran dan Pengawasan"]] },
  { code: "6.01.01", name: "Inspektorat Daerah", short: "INSP", head: "Inspektur", cat: "pengawasan", weight: 1, mobile: 0.3,
    subs: [SEKRETARIAT, ["irban", "Inspektur Pembantu Wilayah I"], ["irban", "Inspektur Pembantu Wilayah II"], ["irban", "Inspektur Pembantu Wilayah III"], ["irban", "Inspektur Pembantu Khusus"]] },
  { code: "5.01.01", name: "Badan Perencanaan Pembangunan Daerah", short: "BAPPEDA", head: "Kepala Badan Perencanaan Pembangunan Daerah", cat: "perencanaan", weight: 0.8, mobile: 0.1,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pemerintahan dan Pembangunan Manusia"], ["bidang", "Bidang Perekonomian dan Sumber Daya Alam"], ["bidang", "Bidang Infrastruktur dan Kewilayahan"], ["bidang", "Bidang Riset dan Inovasi Daerah"]] },
  { code: "5.03.01", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", short: "BKPSDM", head: "Kepala BKPSDM", cat: "kepegawaian", weight: 0.8, mobile: 0.05,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pengadaan dan Informasi Kepegawaian"], ["bidang", "Bidang Mutasi dan Promosi"], ["bidang", "Bidang Pengembangan Kompetensi Aparatur"], ["bidang", "Bidang Penilaian Kinerja dan Penghargaan"]] },
  { code: "5.02.01", name: "Badan Pengelolaan Keuangan dan Aset Daerah", short: "BPKAD", head: "Kepala BPKAD", cat: "keuangan", weight: 1.2, mobile: 0.05,
    subs: [SEKRETARIAT, ["bidang", "Bidang Anggaran"], ["bidang", "Bidang Perbendaharaan"], ["bidang", "Bidang Akuntansi"], ["bidang", "Bidang Aset"]] },
  { code: "5.02.02", name: "Badan Pendapatan Daerah", short: "BAPENDA", head: "Kepala Badan Pendapatan Daerah", cat: "keuangan", weight: 1, mobile: 0.35,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pendataan dan Penetapan"], ["bidang", "Bidang Penagihan dan Keberatan"], ["upt", "UPT Pelayanan Pajak Daerah"]] },
  { code: "1.01.01", name: "Dinas Pendidikan", short: "DISDIK", head: "Kepala Dinas Pendidikan", cat: "pendidikan", weight: 44, mobile: 0.32,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pembinaan Sekolah Dasar"], ["bidang", "Bidang Pembinaan Sekolah Menengah Pertama"], ["bidang", "Bidang PAUD dan Pendidikan Nonformal"], ["upt", "UPT Satuan Pendidikan Wilayah Utara"], ["upt", "UPT Satuan Pendidikan Wilayah Selatan"]] },
  { code: "1.02.01", name: "Dinas Kesehatan", short: "DINKES", head: "Kepala Dinas Kesehatan", cat: "kesehatan", weight: 12, mobile: 0.4,
    subs: [SEKRETARIAT, ["bidang", "Bidang Kesehatan Masyarakat"], ["bidang", "Bidang Pencegahan dan Pengendalian Penyakit"], ["upt", "UPT Puskesmas Sukamaju"], ["upt", "UPT Puskesmas Karangrejo"], ["upt", "UPT Puskesmas Wonosari"]] },
  { code: "1.02.02", name: "Rumah Sakit Umum Daerah Sukamaju", short: "RSUD", head: "Direktur RSUD Sukamaju", cat: "kesehatan", weight: 8, mobile: 0.15,
    subs: [["bagian", "Bagian Umum dan Keuangan"], ["bidang", "Bidang Pelayanan Medik"], ["bidang", "Bidang Keperawatan"], ["bidang", "Bidang Penunjang"], ["instalasi", "Instalasi Gawat Darurat"]] },
  { code: "1.03.01", name: "Dinas Pekerjaan Umum dan Penataan Ruang", short: "DPUPR", head: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", cat: "teknik", weight: 2, mobile: 0.5,
    subs: [SEKRETARIAT, ["bidang", "Bidang Bina Marga"], ["bidang", "Bidang Sumber Daya Air"], ["bidang", "Bidang Cipta Karya"], ["bidang", "Bidang Tata Ruang"], ["upt", "UPT Peralatan dan Perbengkelan"]] },
  { code: "1.04.01", name: "Dinas Perumahan dan Kawasan Permukiman", short: "DISPERKIM", head: "Kepala Dinas Perumahan dan Kawasan Permukiman", cat: "teknik", weight: 0.7, mobile: 0.4,
    subs: [SEKRETARIAT, ["bidang", "Bidang Perumahan"], ["bidang", "Bidang Kawasan Permukiman"]] },
  { code: "1.05.01", name: "Satuan Polisi Pamong Praja", short: "SATPOLPP", head: "Kepala Satuan Polisi Pamong Praja", cat: "trantib", weight: 1.8, mobile: 0.7,
    subs: [SEKRETARIAT, ["bidang", "Bidang Penegakan Peraturan Daerah"], ["bidang", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat"], ["bidang", "Bidang Perlindungan Masyarakat"], ["bidang", "Bidang Pemadam Kebakaran dan Penyelamatan"]] },
  { code: "1.05.02", name: "Badan Penanggulangan Bencana Daerah", short: "BPBD", head: "Kepala Pelaksana BPBD", cat: "trantib", weight: 0.7, mobile: 0.6,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pencegahan dan Kesiapsiagaan"], ["bidang", "Bidang Kedaruratan dan Logistik"], ["bidang", "Bidang Rehabilitasi dan Rekonstruksi"]] },
  { code: "1.06.01", name: "Dinas Sosial", short: "DINSOS", head: "Kepala Dinas Sosial", cat: "sosial", weight: 0.8, mobile: 0.5,
    subs: [SEKRETARIAT, ["bidang", "Bidang Rehabilitasi Sosial"], ["bidang", "Bidang Perlindungan dan Jaminan Sosial"], ["bidang", "Bidang Pemberdayaan Sosial"]] },
  { code: "2.08.01", name: "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak", short: "DP3AKB", head: "Kepala DP3AKB", cat: "sosial", weight: 1, mobile: 0.6,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pengendalian Penduduk dan Keluarga Berencana"], ["bidang", "Bidang Pemberdayaan Perempuan dan Perlindungan Anak"]] },
  { code: "2.11.01", name: "Dinas Lingkungan Hidup", short: "DLH", head: "Kepala Dinas Lingkungan Hidup", cat: "lingkungan", weight: 1.3, mobile: 0.6,
    subs: [SEKRETARIAT, ["bidang", "Bidang Tata Lingkungan"], ["bidang", "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan"], ["bidang", "Bidang Pengelolaan Sampah"], ["upt", "UPT Tempat Pemrosesan Akhir Sampah"]] },
  { code: "2.12.01", name: "Dinas Kependudukan dan Pencatatan Sipil", short: "DISDUKCAPIL", head: "Kepala Dinas Kependudukan dan Pencatatan Sipil", cat: "dukcapil", weight: 0.9, mobile: 0.1,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pelayanan Pendaftaran Penduduk"], ["bidang", "Bidang Pelayanan Pencatatan Sipil"], ["bidang", "Bidang Pengelolaan Informasi Administrasi Kependudukan"]] },
  { code: "2.13.01", name: "Dinas Pemberdayaan Masyarakat dan Desa", short: "DISPERMADES", head: "Kepala Dinas Pemberdayaan Masyarakat dan Desa", cat: "umum", weight: 0.6, mobile: 0.5,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pemerintahan Desa"], ["bidang", "Bidang Pemberdayaan Masyarakat Desa"]] },
  { code: "2.15.01", name: "Dinas Perhubungan", short: "DISHUB", head: "Kepala Dinas Perhubungan", cat: "perhubungan", weight: 1.1, mobile: 0.6,
    subs: [SEKRETARIAT, ["bidang", "Bidang Lalu Lintas"], ["bidang", "Bidang Angkutan"], ["upt", "UPT Terminal Tipe C"], ["upt", "UPT Pengujian Kendaraan Bermotor"]] },
  { code: "2.16.01", name: "Dinas Komunikasi dan Informatika", short: "DISKOMINFO", head: "Kepala Dinas Komunikasi dan Informatika", cat: "kominfo", weight: 0.7, mobile: 0.1,
    subs: [SEKRETARIAT, ["bidang", "Bidang Informasi dan Komunikasi Publik"], ["bidang", "Bidang Aplikasi Informatika"], ["bidang", "Bidang Statistik dan Persandian"]] },
  { code: "2.18.01", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", short: "DPMPTSP", head: "Kepala DPMPTSP", cat: "umum", weight: 0.7, mobile: 0.1,
    subs: [SEKRETARIAT, ["bidang", "Bidang Penanaman Modal"], ["bidang", "Bidang Pelayanan Perizinan"], ["bidang", "Bidang Pengaduan dan Informasi"]] },
  { code: "3.27.01", name: "Dinas Pertanian dan Perikanan", short: "DISTANKAN", head: "Kepala Dinas Pertanian dan Perikanan", cat: "pertanian", weight: 2.4, mobile: 0.75,
    subs: [SEKRETARIAT, ["bidang", "Bidang Tanaman Pangan dan Hortikultura"], ["bidang", "Bidang Peternakan dan Kesehatan Hewan"], ["bidang", "Bidang Perikanan"], ["upt", "UPT Balai Penyuluhan Pertanian"]] },
  { code: "3.30.01", name: "Dinas Perdagangan, Koperasi dan Usaha Kecil Menengah", short: "DISDAGKOP", head: "Kepala Dinas Perdagangan, Koperasi dan UKM", cat: "umum", weight: 0.9, mobile: 0.4,
    subs: [SEKRETARIAT, ["bidang", "Bidang Perdagangan"], ["bidang", "Bidang Koperasi dan Usaha Mikro"], ["upt", "UPT Pengelolaan Pasar"]] },
  { code: "2.19.01", name: "Dinas Kepemudaan, Olahraga dan Pariwisata", short: "DISPORAPAR", head: "Kepala Dinas Kepemudaan, Olahraga dan Pariwisata", cat: "umum", weight: 0.6, mobile: 0.3,
    subs: [SEKRETARIAT, ["bidang", "Bidang Pariwisata"], ["bidang", "Bidang Kepemudaan dan Olahraga"]] },
  { code: "2.23.01", name: "Dinas Perpustakaan dan Kearsipan", short: "DISARPUS", head: "Kepala Dinas Perpustakaan dan Kearsipan", cat: "arsip", weight: 0.5, mobile: 0.05,
    subs: [SEKRETARIAT, ["bidang", "Bidang Perpustakaan"], ["bidang", "Bidang Kearsipan"]] },
  { code: "8.01.01", name: "Badan Kesatuan Bangsa dan Politik", short: "KESBANGPOL", head: "Kepala Badan Kesatuan Bangsa dan Politik", cat: "umum", weight: 0.4, mobile: 0.2,
    subs: [SEKRETARIAT, ["bidang", "Bidang Ideologi dan Wawasan Kebangsaan"], ["bidang", "Bidang Politik Dalam Negeri dan Ormas"]] },
  ...KECAMATAN.map((k, i): OpdDef => ({
    code: `7.01.0${i + 1}`, name: `Kecamatan ${k}`, short: `KEC-${k.toUpperCase()}`, head: `Camat ${k}`, cat: "kewilayahan",
    weight: 0.45, mobile: 0.3, kecamatan: true,
    subs: [SEKRETARIAT, ["seksi", "Seksi Pemerintahan"], ["seksi", "Seksi Ketenteraman dan Ketertiban Umum"], ["seksi", "Seksi Pemberdayaan Masyarakat"],
      ...(i === 0 ? [["kelurahan", "Kelurahan Sukamaju Kota"] as [SubKind, string]] : [])],
  })),
];

export interface Unit {
  kode: string;
  nama: string;
  kodeInduk: string;
  lat: number;
  lon: number;
  radius: number;
  kind: SubKind | "opd";
  /** Title of the unit's chief ("" when the unit has none of its own). */
  chiefTitle: string;
  chiefType: "jpt" | "administrator" | "pengawas" | "";
  chiefEselon: string;
  /** Relative share of the OPD's staff placed here. */
  staffWeight: number;
}

export interface Opd extends Omit<OpdDef, "subs"> {
  index: number;
  deviceId: string;
  unit: Unit;
  subUnits: Unit[];
}

/** Town centre of Sukamaju; metres per degree at this latitude. */
const CENTRE = { lat: -7.6012, lon: 110.9478 };
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 110_350;

export function offset(lat: number, lon: number, metres: number, bearing: number): [number, number] {
  return [lat + (metres * Math.cos(bearing)) / M_PER_DEG_LAT, lon + (metres * Math.sin(bearing)) / M_PER_DEG_LON];
}

function subUnit(opd: OpdDef, kind: SubKind, name: string, kode: string, base: Unit, rng: Rng): Unit {
  const remote = kind === "upt" || kind === "kelurahan";
  const [lat, lon] = remote
    ? offset(base.lat, base.lon, rng.int(1500, 9000), rng.next() * 2 * Math.PI)
    : offset(base.lat, base.lon, rng.int(0, 30), rng.next() * 2 * Math.PI);
  const nama = kind === "sekretariat" ? `Sekretariat ${opd.name}` : name;
  const chief: Record<SubKind, [string, Unit["chiefType"], string]> = {
    sekretariat: [`Sekretaris ${opd.name}`, "administrator", opd.kecamatan ? "III.b" : "III.a"],
    bagian: [`Kepala ${name}`, "administrator", "III.b"],
    bidang: [`Kepala ${name}`, "administrator", "III.b"],
    irban: [name, "administrator", "III.b"],
    upt: [`Kepala ${name}`, "pengawas", "IV.a"],
    seksi: [`Kepala ${name}`, "pengawas", "IV.a"],
    kelurahan: [name.replace("Kelurahan", "Lurah"), "pengawas", "IV.a"],
    instalasi: ["", "", ""],
  };
  const [chiefTitle, chiefType, chiefEselon] = chief[kind];
  const staffWeight = kind === "upt" ? (opd.cat === "pendidikan" ? 8 : 3) : kind === "instalasi" ? 3 : 1;
  return {
    kode, nama, kodeInduk: opd.code, lat, lon,
    radius: remote ? rng.int(5, 15) * 10 : base.radius,
    kind, chiefTitle, chiefType, chiefEselon, staffWeight,
  };
}

/** All OPDs with their sub-units; coordinates are seeded. */
export function buildOrganisation(rng: Rng): Opd[] {
  return OPD_DEFS.map((def, index) => {
    const k = KECAMATAN.findIndex((name) => def.name === `Kecamatan ${name}`);
    const [lat, lon] = def.kecamatan
      ? offset(CENTRE.lat, CENTRE.lon, k === 0 ? rng.int(300, 800) : rng.int(6000, 14000), (k * 2 * Math.PI) / KECAMATAN.length + rng.next())
      : offset(CENTRE.lat, CENTRE.lon, rng.int(200, 2500), rng.next() * 2 * Math.PI);
    const unit: Unit = {
      kode: def.code, nama: def.name, kodeInduk: "", lat, lon,
      radius: def.short === "RSUD" ? 300 : rng.int(10, 20) * 10,
      kind: "opd", chiefTitle: def.head,
      chiefType: def.kecamatan ? "administrator" : "jpt",
      chiefEselon: def.kecamatan ? "III.a" : def.short === "SETDA" ? "II.a" : "II.b",
      staffWeight: 0,
    };
    const { subs, ...rest } = def;
    const subUnits = subs.map(([kind, name], i) =>
      subUnit(def, kind, name, `${def.code}.${String(i + 1).padStart(2, "0")}`, unit, rng));
    return { ...rest, index, deviceId: `FP${String(index + 1).padStart(2, "0")}01`, unit, subUnits };
  });
}
