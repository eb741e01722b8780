// Master data and calendar exports: the SIASN employee workbook, unit, hari_libur, mesin_pegawai,
// and the absences (ketidakhadiran.csv, and one OPD's own recap workbook with its import map).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import { fullName, type Employee, type JenisJabatan } from "./employees.ts";
import { exportStampOn, siasnFile, type Layouts } from "./layouts.ts";
import { personName } from "./names.ts";
import type { Opd } from "./organisation.ts";
import { ABSENCE_JENIS, St, type Plan } from "./plan.ts";
import { Rng } from "./random.ts";
import type { Roles } from "./roles.ts";
import { ChunkWriter } from "./writers.ts";
import { DATE, TEXT, XlsxWriter, type CellValue, type ColumnSpec, type PendingFiles } from "./xlsx.ts";

/**
 * A name that is also HTML (issue 6): pages must show it as text, never run it. The browser test
 * looks for `window.__xss` (set only if the script or the image's onerror ran) and for this text.
 */
export const HTML_NAME = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Siti Aminah`;

/** The employee who carries HTML_NAME: the first regular pelaksana (deterministic, always serving). */
export function htmlNameEmployee(employees: Employee[]): Employee | undefined {
  return employees.find((e) => e.lifecycle === "regular" && e.jenisJabatan === "pelaksana");
}

/** Gives the HTML name (and no titles) to its employee, before any export carrying names is written. */
export function plantHtmlName(employees: Employee[]): Employee | undefined {
  const e = htmlNameEmployee(employees);
  if (e) Object.assign(e, { nama: HTML_NAME, gelarDepan: "", gelarBelakang: "" });
  return e;
}

/** SIASN's pangkat names by golongan ruang. */
const PANGKAT: Record<string, string> = {
  "I/a": "Juru Muda", "I/b": "Juru Muda Tingkat I", "I/c": "Juru", "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
  "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya", "IV/e": "Pembina Utama",
};

/** SIASN's JENIS JABATAN NAMA; the reader tells jpt, administrator and pengawas apart by ESELON. */
const JENIS_JABATAN: Record<JenisJabatan, string> = {
  jpt: "Jabatan Struktural", administrator: "Jabatan Struktural", pengawas: "Jabatan Struktural",
  fungsional: "Jabatan Fungsional", pelaksana: "Jabatan Pelaksana",
};

export const SIASN_COLUMNS: ColumnSpec[] = [
  { header: "NIP BARU", width: 21, numFmt: TEXT },
  { header: "NAMA", width: 30 },
  { header: "GELAR DEPAN", width: 8 },
  { header: "GELAR BELAKANG", width: 14 },
  { header: "TGL LAHIR", width: 11, numFmt: DATE },
  { header: "JENIS KELAMIN", width: 11 },
  { header: "JENIS PEGAWAI", width: 8 },
  { header: "GOL AKHIR NAMA", width: 26 },
  { header: "JENIS JABATAN NAMA", width: 19 },
  { header: "JABATAN NAMA", width: 40 },
  { header: "ESELON", width: 7 },
  { header: "UNOR ID", width: 14 },
  { header: "UNOR NAMA", width: 40 },
  { header: "TMT CPNS", width: 11, numFmt: DATE },
  { header: "TMT PENSIUN", width: 11, numFmt: DATE },
];

function siasnRow(e: Employee, nip: CellValue): CellValue[] {
  return [nip, e.nama, e.gelarDepan, e.gelarBelakang, e.birth, e.gender === "L" ? "Laki-laki" : "Perempuan", e.jenisPegawai,
    e.jenisPegawai === "PNS" ? `${PANGKAT[e.golongan]} (${e.golongan})` : e.golongan, JENIS_JABATAN[e.jenisJabatan], e.namaJabatan,
    e.eselon, e.unit.kode, e.unit.nama, e.tmtMulai, e.tmtSelesai];
}

/**
 * The SIASN employee workbook (sheet "Data Pegawai": two title rows, an empty row, the header at
 * row 4, data from row 5). NIPs are text cells, dates are date cells. One extra row, for a person
 * found in no other export, has its NIP typed into a number cell (dirt_nip_numeric).
 */
export function writeSiasn(out: string, cal: Calendar, employees: Employee[], seed: number, log: CaseLog, pending: PendingFiles) {
  // One snapshot of the master data, taken on the span's last day and named for its year.
  const year = cal.year, last = cal.days[cal.days.length - 1];
  const file = siasnFile(last.year);
  const w = new XlsxWriter(out, file, exportStampOn(last.iso));
  const sheet = w.sheet("Data Pegawai", SIASN_COLUMNS);
  sheet.title("DATA PEGAWAI ASN");
  sheet.title("Pemerintah Kabupaten Sukamaju");
  sheet.title();
  log.add("", "dirt_header_alias", `${file}: title rows 1-3, header at row 4 in SIASN's names (NIP BARU, TGL LAHIR, GOL AKHIR NAMA with the pangkat, JENIS JABATAN NAMA, UNOR ID, TMT CPNS, TMT PENSIUN), titles in GELAR DEPAN/GELAR BELAKANG, no mode_presensi`, file, sheet.nextRow);
  sheet.header();
  const numeric = numericNipPerson(employees, year, seed);
  const html = htmlNameEmployee(employees);
  for (const e of employees) {
    if (e === html) log.add(e.nip, "dirt_html_name", "NAMA holds a <script> element and an <img onerror>: shown as text, never run", file, sheet.nextRow);
    sheet.row(siasnRow(e, e.nip));
    if (e.lifecycle === "starter") log.add(e.nip, "starts_mid_year", `tmt_mulai ${e.tmtMulai}; present on the first working day from then`);
    else if (e.lifecycle !== "regular") log.add(e.nip, "leaves_mid_year", `${e.lifecycle}: tmt_selesai ${e.tmtSelesai} is the last active day; present on the last working day up to it`);
    if (e === numeric.after) {
      log.add(numeric.person.nip, "dirt_nip_numeric", `NIP BARU typed into a number cell (${Number(numeric.person.nip)}); the person is in no other export`, file, sheet.nextRow);
      sheet.row(siasnRow(numeric.person, Number(numeric.person.nip)), { 0: "0" });
    }
  }
  return pending.add(w.close());
}

/**
 * The person of the number-typed NIP: a pelaksana placed after the first regular employee under 50
 * from the middle of the list on, in that employee's unit, with a NIP nobody else has (same birth
 * date and appointment, sequence 9xx).
 */
function numericNipPerson(employees: Employee[], year: number, seed: number): { after: Employee; person: Employee } {
  const middle = Math.floor(employees.length / 2);
  const after = employees.slice(middle).find((e) => e.lifecycle === "regular" && Number(e.birth.slice(0, 4)) > year - 50) ?? employees[middle];
  const taken = new Set(employees.map((e) => e.nip));
  let seq = 901;
  while (taken.has(after.nip.slice(0, 15) + seq)) seq++;
  const nama = personName(new Rng(seed, 0x9e1), after.gender, after.category, false);
  return {
    after,
    person: { ...after, nip: after.nip.slice(0, 15) + seq, nama, gelarDepan: "", gelarBelakang: "", jenisJabatan: "pelaksana",
      namaJabatan: "Pengadministrasi Perkantoran", eselon: "", tmtSelesai: "" },
  };
}

export function writeUnits(out: string, opds: Opd[]) {
  const w = new ChunkWriter(out, "unit.csv", ["kode_unit", "nama_unit", "kode_induk", "lat", "lon", "radius_m"]);
  for (const opd of opds) {
    for (const u of [opd.unit, ...opd.subUnits]) w.row([u.kode, u.nama, u.kodeInduk, u.lat.toFixed(6), u.lon.toFixed(6), u.radius]);
  }
  return w.close();
}

/** hari_libur_<year>.csv for every year of the span: the shipped list of that year. */
export function writeHolidays(out: string, cal: Calendar) {
  return cal.years.map((y) => {
    const w = new ChunkWriter(out, `hari_libur_${y}.csv`, ["tanggal", "keterangan", "jenis"]);
    for (const h of cal.holidays) if (h.tanggal.startsWith(`${y}-`)) w.row([h.tanggal, h.keterangan, h.jenis]);
    return w.close();
  });
}

/** PIN -> NIP per machine; the GLog machine's rows have no device_id (the PIN is that NIP on every machine). */
export function writeDevices(out: string, employees: Employee[], layouts: Layouts) {
  const w = new ChunkWriter(out, "mesin_pegawai.csv", ["device_id", "pin", "nip"]);
  const kantor = employees.filter((e) => e.mode === "kantor");
  kantor.sort((a, b) => a.opd.index - b.opd.index || a.pin - b.pin);
  for (const e of kantor) w.row([e.opd === layouts.glog ? "" : e.opd.deviceId, e.pin, e.nip]);
  return w.close();
}

const SURAT_PREFIX: Record<string, string> = {
  cuti: "800.1.11.4", sakit: "800.1.11.4", izin: "800.1.11.4", dinas_luar: "000.1.2.3", tugas_belajar: "800.1.13.2",
};

/** How the recap workbook spells each kind of absence (instansi.json maps them back). */
export const RECAP_JENIS: Record<string, string> = {
  cuti: "Cuti Tahunan", sakit: "Sakit", izin: "Izin", dinas_luar: "Dinas Luar Kota", tugas_belajar: "Tugas Belajar",
};

const RECAP_COLUMNS: ColumnSpec[] = [
  { header: "NO", width: 5 },
  { header: "NIP", width: 21, numFmt: TEXT },
  { header: "NAMA", width: 32 },
  { header: "JENIS IZIN", width: 16 },
  { header: "DARI TANGGAL", width: 13, numFmt: DATE },
  { header: "SAMPAI TANGGAL", width: 13, numFmt: DATE },
  { header: "KETERANGAN", width: 28 },
];

/** The import map that reads the recap workbook as ketidakhadiran (written into the sample's instansi.json, beside its work patterns). */
export const INSTANSI_CONFIG = {
  imports: [
    {
      source: "ketidakhadiran",
      file: "Rekap Izin*.xlsx",
      sheet: "Rekap",
      columns: { nip: "NIP", jenis: "JENIS IZIN", tanggal_mulai: "DARI TANGGAL", tanggal_selesai: "SAMPAI TANGGAL" },
      values: { jenis: { "Cuti Tahunan": "cuti", "Dinas Luar Kota": "dinas_luar", Sakit: "sakit", Izin: "izin", "Tugas Belajar": "tugas_belajar" } },
      defaults: { nomor_surat: "-" },
    },
  ],
};

/**
 * Approved absences. Most are in ketidakhadiran.csv, exported semicolon-delimited with a BOM and
 * spelled-out headers (Excel "CSV UTF-8"); the recap OPD's are in its own workbook "Rekap Izin
 * <OPD>.xlsx" (sheet "Petunjuk" with instructions, then sheet "Rekap": title rows, header at row
 * 4, no letter numbers), read through the import map of instansi.json.
 */
export function writeAbsences(out: string, cal: Calendar, employees: Employee[], plan: Plan, roles: Roles, layouts: Layouts, log: CaseLog, pending: PendingFiles,
  config: Record<string, unknown> = {}) {
  const w = new ChunkWriter(out, "ketidakhadiran.csv", ["NIP", "Jenis", "Tanggal Mulai", "Tanggal Selesai", "Nomor Surat"],
    { delimiter: ";", bom: true });
  const book = new XlsxWriter(out, layouts.recapFile, exportStampOn(cal.days[cal.days.length - 1].iso));
  const help = book.sheet("Petunjuk", [{ header: "", width: 90 }]);
  help.title("Isi satu baris per izin/cuti yang disetujui; tanggal dalam format tanggal Excel (dd-mm-yyyy).", false);
  help.title("JENIS IZIN: Cuti Tahunan, Sakit, Izin, Dinas Luar Kota atau Tugas Belajar. Jangan mengubah judul kolom pada lembar Rekap.", false);
  const recap = book.sheet("Rekap", RECAP_COLUMNS);
  recap.title("REKAP IZIN/CUTI PEGAWAI");
  recap.title(layouts.recap.name);
  recap.title();
  recap.header();
  const iso = (wd: number) => cal.days[cal.workDays[wd]].iso;
  const seq = new Map<string, number>();
  const melahirkan = new Set(roles.cutiMelahirkan);
  const sorted = [...plan.absences].sort((a, b) => a.e - b.e || a.from - b.from);
  for (const a of sorted) {
    const emp = employees[a.e];
    const jenis = ABSENCE_JENIS[a.status];
    if (emp.opd === layouts.recap) {
      const days = a.to - a.from + 1;
      const keterangan = a.status === St.Cuti && melahirkan.has(a.e) && days > 20 ? "Cuti melahirkan"
        : a.status === St.TugasBelajar ? "Tugas belajar S2"
        : a.status === St.DinasLuar ? "Perjalanan dinas"
        : a.status === St.Sakit && days > 1 ? "Surat keterangan dokter" : "";
      recap.row([recap.rows + 1, emp.nip, fullName(emp), RECAP_JENIS[jenis], iso(a.from), iso(a.to), keterangan]);
      continue;
    }
    // Letters are numbered per kind, OPD and the year they were issued in (the absence's first day).
    const issued = iso(a.from).slice(0, 4);
    const key = `${jenis}|${emp.opd.short}|${issued}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const office = a.status === St.TugasBelajar ? "BKPSDM" : emp.opd.short;
    w.row([emp.nip, jenis, iso(a.from), iso(a.to), `${SURAT_PREFIX[jenis]}/${String(n).padStart(4, "0")}/${office}/${issued}`]);
  }
  log.add("", "dirt_semicolon_bom", "ketidakhadiran.csv: ';' delimiter, UTF-8 BOM, headers 'NIP;Jenis;Tanggal Mulai;Tanggal Selesai;Nomor Surat'", "ketidakhadiran.csv", 1);
  log.add("", "recap_import_map", `${layouts.recapFile}: ${layouts.recap.short}'s absences (none in ketidakhadiran.csv), sheet "Rekap" header at row 4 read through instansi.json's import map (JENIS IZIN spelled out, no nomor surat); sheet "Petunjuk" is free text`, layouts.recapFile, 4);
  writeFileSync(join(out, "instansi.json"), `${JSON.stringify({ ...INSTANSI_CONFIG, ...config }, null, 2)}\n`);
  return [w.close(), pending.add(book.close(recap)), { file: "instansi.json", rows: 0 }];
}
