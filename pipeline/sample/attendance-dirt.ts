// Dirt planted in the attendance exports: extra rows only, so that a rejected row never turns a
// real working day into TK. Each row is logged with its file and line.
import type { AttendanceContext } from "./attendance.ts";
import type { ChunkWriter } from "./writers.ts";

export interface DirtTargets {
  /** First non-planted person seen each month ("YYYY-MM"; mobile for presensi, kantor for aktivitas), with the date. */
  presensi: Map<string, { e: number; date: string }>;
  aktivitas: Map<string, { e: number; date: string }>;
}

interface MonthDirt extends AttendanceContext {
  /** "YYYY-MM". */
  month: string;
  presensi: ChunkWriter;
  aktivitas: ChunkWriter;
  targets: DirtTargets;
}

/** A well-formed NIP that is not in the master data. */
export function unknownNip(known: Set<string>, year: number): string {
  for (let seq = 999; ; seq--) {
    const nip = `${year - 45}0612${year - 20}031${String(seq).padStart(3, "0")}`;
    if (!known.has(nip)) return nip;
  }
}

function firstDow(year: number, month: number, dow: number): string {
  for (let d = 1; ; d++) {
    const t = new Date(Date.UTC(year, month - 1, d));
    if (t.getUTCDay() === dow) return t.toISOString().slice(0, 10);
  }
}

export function addAttendanceDirt(m: MonthDirt): void {
  const { cal, employees, log } = m;
  const year = Number(m.month.slice(0, 4)), month = Number(m.month.slice(5, 7));
  const pFile = m.presensi.file, aFile = m.aktivitas.file;
  // One stranger for the whole sample, whichever year the month is in.
  const stranger = month <= 2 ? unknownNip(new Set(employees.map((e) => e.nip)), cal.year) : "";
  const p = m.targets.presensi.get(m.month);
  const a = m.targets.aktivitas.get(m.month);
  const presensiRow = (fields: string, nip: string, name: string, detail: string) => {
    log.add(nip, name, detail, pFile, m.presensi.nextLine);
    // No GPS: akurasi_m and lokasi_palsu empty.
    m.presensi.line(`${fields},,\n`);
  };
  const aktivitasRow = (fields: string, nip: string, name: string, detail: string) => {
    log.add(nip, name, detail, aFile, m.aktivitas.nextLine);
    m.aktivitas.line(`${fields}\n`);
  };
  if (month === 1 && a) {
    for (const [from, to] of [["08:00", "10:00"], ["10:15", "12:00"]]) {
      aktivitasRow(`${stranger},${a.date},${from},${to},Menyusun laporan kegiatan,1,laporan,${from === "08:00" ? 120 : 105},disetujui`,
        stranger, "dirt_unknown_nip", "NIP not in the employee master (SIASN workbook)");
    }
  }
  if (month === 2 && p) {
    const nip = employees[p.e].nip;
    presensiRow(`${nip},${year}-02-30,07:12:05,16:05:40,,,,,manual`, nip, "dirt_impossible_date",
      `tanggal ${year}-02-30 (extra row; the person's real February rows are intact)`);
    presensiRow(`${stranger},${p.date},07:20:11,16:02:09,,,,,manual`, stranger, "dirt_unknown_nip", "NIP not in the employee master (SIASN workbook)");
  }
  if (month === 4 && p) {
    const nip = employees[p.e].nip;
    presensiRow(`${nip},${firstDow(year, 4, 6)},25:61,16:10:00,,,,,manual`, nip, "dirt_impossible_time",
      "jam_masuk 25:61 on a Saturday (extra row; no working day depends on it)");
  }
  if (month === 5 && a) {
    const nip = employees[a.e].nip;
    aktivitasRow(`${nip},${a.date},22:00,24:30,Menyusun laporan kegiatan,1,laporan,150,menunggu`, nip, "dirt_impossible_time",
      `jam_selesai 24:30 (extra row on ${a.date}; the person's other rows that day are valid)`);
  }
}
