// Master data and calendar exports: pegawai, unit, hari_libur, mesin_pegawai, ketidakhadiran.
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import type { Opd } from "./organisation.ts";
import { ABSENCE_JENIS, St, type Plan } from "./plan.ts";
import { ChunkWriter } from "./writers.ts";

/** pegawai.csv uses the header aliases an agency export really has (NIP upper case, tmt_cpns). */
export const PEGAWAI_HEADER = ["NIP", "Nama", "jenis_kelamin", "tanggal_lahir", "jenis_pegawai", "golongan", "jenis_jabatan",
  "nama_jabatan", "eselon", "kode_unit", "tmt_cpns", "tmt_selesai", "mode_presensi"];

/**
 * A name that is also HTML (issue 6): pages must show it as text, never run it. The browser test
 * looks for `window.__xss` (set only if the script or the image's onerror ran) and for this text.
 */
export const HTML_NAME = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Siti Aminah`;

/** The employee who carries HTML_NAME: the first regular pelaksana (deterministic, always serving). */
export function htmlNameEmployee(employees: Employee[]): Employee | undefined {
  return employees.find((e) => e.lifecycle === "regular" && e.jenisJabatan === "pelaksana");
}

export function writePegawai(out: string, employees: Employee[], log: CaseLog) {
  const w = new ChunkWriter(out, "pegawai.csv", PEGAWAI_HEADER);
  const htmlNamed = htmlNameEmployee(employees);
  for (const e of employees) {
    if (e === htmlNamed) {
      e.nama = HTML_NAME;
      log.add(e.nip, "dirt_html_name", "nama holds a <script> element and an <img onerror>: shown as text, never run", w.file, w.nextLine);
    }
    w.row([e.nip, e.nama, e.gender, e.birth, e.jenisPegawai, e.golongan, e.jenisJabatan, e.namaJabatan, e.eselon,
      e.unit.kode, e.tmtMulai, e.tmtSelesai, e.mode]);
    if (e.lifecycle === "starter") log.add(e.nip, "starts_mid_year", `tmt_mulai ${e.tmtMulai}; present on the first working day from then`);
    else if (e.lifecycle !== "regular") log.add(e.nip, "leaves_mid_year", `${e.lifecycle}: tmt_selesai ${e.tmtSelesai} is the last active day; present on the last working day up to it`);
  }
  log.add("", "dirt_header_alias", "pegawai.csv header: NIP and Nama capitalised, tmt_cpns instead of tmt_mulai", "pegawai.csv", 1);
  return w.close();
}

export function writeUnits(out: string, opds: Opd[]) {
  const w = new ChunkWriter(out, "unit.csv", ["kode_unit", "nama_unit", "kode_induk", "lat", "lon", "radius_m"]);
  for (const opd of opds) {
    for (const u of [opd.unit, ...opd.subUnits]) w.row([u.kode, u.nama, u.kodeInduk, u.lat.toFixed(6), u.lon.toFixed(6), u.radius]);
  }
  return w.close();
}

export function writeHolidays(out: string, cal: Calendar) {
  const w = new ChunkWriter(out, `hari_libur_${cal.year}.csv`, ["tanggal", "keterangan", "jenis"]);
  for (const h of cal.holidays) w.row([h.tanggal, h.keterangan, h.jenis]);
  return w.close();
}

export function writeDevices(out: string, employees: Employee[]) {
  const w = new ChunkWriter(out, "mesin_pegawai.csv", ["device_id", "pin", "nip"]);
  const kantor = employees.filter((e) => e.mode === "kantor");
  kantor.sort((a, b) => a.opd.index - b.opd.index || a.pin - b.pin);
  for (const e of kantor) w.row([e.opd.deviceId, e.pin, e.nip]);
  return w.close();
}

const SURAT_PREFIX: Record<string, string> = {
  cuti: "800.1.11.4", sakit: "800.1.11.4", izin: "800.1.11.4", dinas_luar: "000.1.2.3", tugas_belajar: "800.1.13.2",
};

/** Approved absences; exported semicolon-delimited with a BOM and spelled-out headers (Excel "CSV UTF-8"). */
export function writeAbsences(out: string, cal: Calendar, employees: Employee[], plan: Plan, log: CaseLog) {
  const w = new ChunkWriter(out, "ketidakhadiran.csv", ["NIP", "Jenis", "Tanggal Mulai", "Tanggal Selesai", "Nomor Surat"],
    { delimiter: ";", bom: true });
  const iso = (wd: number) => cal.days[cal.workDays[wd]].iso;
  const seq = new Map<string, number>();
  const sorted = [...plan.absences].sort((a, b) => a.e - b.e || a.from - b.from);
  for (const a of sorted) {
    const emp = employees[a.e];
    const jenis = ABSENCE_JENIS[a.status];
    const key = `${jenis}|${emp.opd.short}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const office = a.status === St.TugasBelajar ? "BKPSDM" : emp.opd.short;
    w.row([emp.nip, jenis, iso(a.from), iso(a.to), `${SURAT_PREFIX[jenis]}/${String(n).padStart(4, "0")}/${office}/${cal.year}`]);
  }
  log.add("", "dirt_semicolon_bom", "ketidakhadiran.csv: ';' delimiter, UTF-8 BOM, headers 'NIP;Jenis;Tanggal Mulai;Tanggal Selesai;Nomor Surat'", "ketidakhadiran.csv", 1);
  return w.close();
}
