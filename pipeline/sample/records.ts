// Recorded sanctions, special instructions (IKP) and training, with their planted dirt.
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { NINE_BOX, TALENT } from "./performance.ts";
import { St, type Plan } from "./plan.ts";
import { Rng } from "./random.ts";
import { LADDER_RUNGS, talentTargets, type Roles } from "./roles.ts";
import { plantedPotential, plantedTraining } from "./talent.ts";
import { ChunkWriter } from "./writers.ts";

const DAY = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10);
const addMonths = (iso: string, n: number) => {
  const d = new Date(Date.parse(iso));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate())).toISOString().slice(0, 10);
};
const firstOfNextMonth = (iso: string) => addMonths(`${iso.slice(0, 8)}01`, 1);
const dmy = (iso: string, sep: string) => (iso ? `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}` : "");

interface LadderRow {
  min_days: string;
  max_days: string;
  level: string;
  sanction: string;
  sanction_label: string;
}

const LADDER = (() => {
  const file = new URL("../rules/pp94_2021_ladder.csv", import.meta.url);
  return Papa.parse<LadderRow>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;
})();

/** The PP 94/2021 level (ringan, sedang, berat) of a sanction code. */
function sanctionLevel(code: string): string {
  const row = LADDER.find((r) => r.sanction === code);
  if (!row) throw new Error(`sampel: hukuman ${code} tidak ada di pp94_2021_ladder.csv`);
  return row.level;
}

/** The SK matching a TK total, from the shipped PP 94/2021 table, with its duration in months. */
function ladderSanction(days: number): [string, number] {
  const rows = LADDER;
  const row = rows.find((r) => days >= Number(r.min_days) && (r.max_days === "" || days <= Number(r.max_days)));
  if (!row) throw new Error(`sampel: tidak ada jenjang PP 94/2021 untuk ${days} hari`);
  return [row.sanction, Number(/selama (\d+) bulan/.exec(row.sanction_label)?.[1] ?? 0)];
}

/** Sanction decisions; dates exported as DD-MM-YYYY. */
export function writeSanctions(out: string, cal: Calendar, employees: Employee[], plan: Plan, roles: Roles, seed: number, log: CaseLog) {
  const rng = new Rng(seed, 0x4d);
  const year = cal.year;
  const spanEnd = cal.days[cal.days.length - 1].iso;
  const w = new ChunkWriter(out, "hukuman_disiplin.csv", ["nip", "nomor_sk", "tanggal_sk", "jenis_hukuman", "tmt_mulai", "tmt_selesai", "alasan"]);
  let seq = 0;
  const write = (emp: Employee, date: string, code: string, months: number, alasan: string) => {
    const start = months > 0 || code === "pemberhentian" ? firstOfNextMonth(date) : date;
    const end = months > 0 ? addDays(addMonths(start, months), -1) : "";
    const nomor = `800.1.6.4/${String(++seq).padStart(3, "0")}/SK-HD/${date.slice(0, 4)}`;
    w.row([emp.nip, nomor, dmy(date, "-"), code, dmy(start, "-"), dmy(end, "-"), alasan]);
  };
  // The first person on each planted rung has a recorded SK; the others have none yet.
  const seen = new Set<number>();
  for (const { e, days } of roles.ladder) {
    if (!LADDER_RUNGS.includes(days) || seen.has(days)) continue;
    seen.add(days);
    const sk = ladderSanction(days);
    let count = 0, reached = "";
    for (let wd = 0; wd < plan.nWork && !reached; wd++) {
      if (plan.status[e * plan.nWork + wd] === St.Tk && ++count === days) reached = cal.days[cal.workDays[wd]].iso;
    }
    let date = addDays(reached, rng.int(14, 30));
    if (sk[0] === "pemberhentian" && date < `${year}-12-15`) date = `${year}-12-15`;
    if (date > `${year}-12-31`) date = `${year}-12-31`;
    if (date > spanEnd) date = spanEnd;
    write(employees[e], date, sk[0], sk[1], `Tidak masuk kerja tanpa alasan yang sah selama ${days} hari kerja dalam tahun ${year}`);
    log.add(employees[e].nip, "sanction_matching_tk", `hukuman_disiplin ${sk[0]} dated ${date} for tk_days_${days}`);
  }
  // Sanctions for other violations, two of them from last year (sedang and berat). PP 94/2021
  // codes: PNS only (a PPPK's discipline is the PPK's under PP 49/2018 and the perjanjian kerja).
  const others = employees.filter((e) => !roles.planted[e.idx] && e.lifecycle === "regular" && e.jenisJabatan !== "jpt" && e.jenisPegawai === "PNS");
  const pick = () => others.splice(rng.int(0, others.length - 1), 1)[0];
  const other: [string, number, string, number][] = [
    ["teguran_lisan", 0, "Tidak menaati ketentuan jam kerja", year],
    ["teguran_tertulis", 0, "Menggunakan barang milik daerah untuk kepentingan pribadi", year],
    ["pernyataan_tidak_puas", 0, "Tidak mencapai target kinerja tanpa alasan yang sah", year],
    ["potong_tukin_6", 6, "Menyalahgunakan wewenang dalam pelayanan perizinan", year - 1],
    ["penurunan_jabatan", 12, "Menerima gratifikasi terkait jabatan", year - 1],
  ];
  for (const [code, months, alasan, y] of other) {
    const emp = pick();
    const date = `${y}-${String(rng.int(2, 10)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    write(emp, date, code, months, alasan);
    log.add(emp.nip, y === year ? "sanction_without_tk_case" : "sanction_previous_year", `${code} dated ${date}: ${alasan}`);
  }
  // Box-9 people with a sanction: a sedang one last year keeps them out of the talent pool, a
  // ringan one this year does not (talent.exclusion in the config).
  const pool: [number[], string, number, string, number, string][] = [
    [roles.poolExcluded, "potong_tukin_6", 6, "Menyalahgunakan wewenang dalam pengelolaan kegiatan", year - 1, "talent_pool_excluded"],
    [roles.poolRinganKept, "teguran_tertulis", 0, "Tidak menaati ketentuan jam kerja", year, "talent_pool_ringan_kept"],
  ];
  const { exclusion } = TALENT;
  for (const [people, code, months, alasan, y, name] of pool) {
    const level = sanctionLevel(code);
    const excludes = exclusion.enabled && exclusion.levels.includes(level as never) && year - y < exclusion.years;
    if (excludes !== (name === "talent_pool_excluded")) throw new Error(`sampel: ${code} (${level}) tidak sesuai untuk kasus ${name}`);
    for (const e of people) {
      const date = `${y}-${String(rng.int(2, 10)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
      write(employees[e], date, code, months, alasan);
      const p = plantedPotential(seed, e, 9);
      log.add(employees[e].nip, name, `target box 9 (kinerja ${NINE_BOX.get(9)!.performance}, combined potential ${p.combined.toFixed(2)}); ${code} (${level}) dated ${date} ${excludes ? "keeps them out of" : "does not keep them out of"} the talent pool`);
    }
  }
  log.add("", "dirt_date_format", "hukuman_disiplin.csv: every date as DD-MM-YYYY", "hukuman_disiplin.csv");
  return w.close();
}

const IKP_TITLES = [
  "Menyiapkan bahan paparan Bupati pada rapat paripurna", "Menindaklanjuti pengaduan masyarakat melalui SP4N-LAPOR",
  "Menyusun laporan capaian kinerja triwulan", "Melakukan pendataan aset rusak berat", "Menyiapkan data pendukung evaluasi SAKIP",
  "Mengoordinasikan persiapan upacara Hari Kesadaran Nasional", "Menyusun telaahan staf usulan kegiatan prioritas",
  "Memverifikasi data penerima bantuan sosial", "Memperbarui konten laman resmi perangkat daerah", "Menyiapkan bahan rapat evaluasi inflasi daerah",
];

/** An instruction title that is also HTML (issue 6): pages must show it as text, never run it. */
export const HTML_TITLE = `<b onmouseover="window.__xss=3">Laporan</b><script>window.__xss=4</script> <i>segera</i>`;

/** Special instructions, every month of the span; written with Windows line ends (CRLF). */
export function writeIkp(out: string, cal: Calendar, employees: Employee[], seed: number, log: CaseLog) {
  const rng = new Rng(seed, 0x1c9);
  const w = new ChunkWriter(out, "ikp.csv", ["id", "nip", "judul", "tanggal_instruksi", "tenggat", "tanggal_selesai"], { eol: "\r\n" });
  const perMonth = Math.max(10, Math.round(employees.length / 25));
  const months = [...new Set(cal.days.map((d) => d.iso.slice(0, 7)))];
  const seq = new Map<number, number>();
  let truncated = false, htmlTitle = false;
  for (const ym of months) {
    const year = Number(ym.slice(0, 4)), month = Number(ym.slice(5, 7));
    const days = cal.days.filter((d) => d.year === year && d.month === month && d.working);
    const monthEnd = cal.days.filter((d) => d.year === year && d.month === month).at(-1)!.iso;
    // The span's last month: many instructions still open.
    const last = ym === months[months.length - 1];
    for (let k = 0; k < perMonth; k++) {
      const emp = employees[rng.int(0, employees.length - 1)];
      const given = days[rng.int(0, Math.max(0, Math.floor(days.length * 0.7) - 1))].iso;
      if (given < emp.tmtMulai || (emp.tmtSelesai && given > emp.tmtSelesai)) continue;
      let due = addDays(given, rng.int(3, 10));
      if (due > monthEnd) due = monthEnd;
      const r = rng.next();
      const open = last ? 0.35 : 0.12;
      const done = r < open ? "" : r < open + 0.12 ? addDays(due, rng.int(1, 10)) : addDays(given, rng.int(0, Math.max(0, (Date.parse(due) - Date.parse(given)) / DAY)));
      let nip = emp.nip;
      if (!truncated && month === 7) {
        truncated = true;
        nip = emp.nip.slice(1);
        log.add(emp.nip, "dirt_nip_truncated", `NIP lost its leading digit: ${nip}`, w.file, w.nextLine);
      }
      let title = rng.pick(IKP_TITLES);
      // the first instruction left open before December (so overdue, and listed on the IKP page)
      if (!htmlTitle && done === "" && !last && nip === emp.nip) {
        htmlTitle = true;
        title = HTML_TITLE;
        log.add(emp.nip, "dirt_html_text", "judul holds HTML (<b onmouseover>, <script>): shown as text, never run", w.file, w.nextLine);
      }
      const n = (seq.get(year) ?? 0) + 1;
      seq.set(year, n);
      w.row([`IKP-${year}-${String(n).padStart(5, "0")}`, nip, title, given, due, done]);
    }
  }
  log.add("", "dirt_crlf", "ikp.csv has Windows line ends (CRLF)", "ikp.csv");
  return w.close();
}

const TRAININGS: [string, number][] = [
  ["Pelatihan Penyusunan SKP dan Manajemen Kinerja", 16], ["Pelatihan Pelayanan Prima", 24], ["Bimbingan Teknis Pengelolaan Keuangan Daerah", 40],
  ["Pelatihan Literasi Digital ASN", 8], ["Pelatihan Penulisan Naskah Dinas", 16], ["Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", 40],
  ["Webinar Core Values BerAKHLAK", 2], ["Pelatihan Analisis Kebijakan", 32],
];

/**
 * Completed training over the cases' year and the year before; dates exported as DD/MM/YYYY. A
 * date after the span's last day (a year still open) is moved back to it.
 */
export function writeTraining(out: string, cal: Calendar, employees: Employee[], roles: Roles, seed: number, log: CaseLog) {
  const year = cal.year;
  const spanEnd = cal.days[cal.days.length - 1].iso;
  const rng = new Rng(seed, 0x7a1);
  const w = new ChunkWriter(out, "pelatihan.csv", ["nip", "nama_pelatihan", "tanggal_selesai", "jam_pelajaran"]);
  const targets = new Set(talentTargets(roles).map(({ e }) => e));
  const date = (y: number, fromMonth: number) => {
    const drawn = `${y}-${String(rng.int(fromMonth, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    return drawn > spanEnd ? spanEnd : drawn;
  };
  let mangled = 0;
  for (const emp of employees) {
    const rows: [string, string, number][] = [];
    if (targets.has(emp.idx)) {
      // People with a target box: only the fixed list, in the sample's year (a full track record).
      plantedTraining().forEach(([name, jp], i) => rows.push([name, `${year}-${String(2 + 2 * i).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`, jp]));
    } else {
      let leadership = false;
      for (const y of [year - 1, year]) {
        // Last year only for those already appointed then, from their TMT month (always the 1st).
        if (y < year && emp.tmtMulai >= `${year}-01-01`) continue;
        const fromMonth = emp.tmtMulai.startsWith(`${y}-`) ? Number(emp.tmtMulai.slice(5, 7)) : 1;
        const list: [string, number][] = [];
        if (!leadership && emp.jenisJabatan === "administrator" && rng.chance(0.3)) list.push(["Pelatihan Kepemimpinan Administrator", 271]);
        if (!leadership && emp.jenisJabatan === "pengawas" && rng.chance(0.3)) list.push(["Pelatihan Kepemimpinan Pengawas", 238]);
        leadership ||= list.length > 0;
        if (emp.jenisPegawai === "PNS" && emp.tmtMulai.startsWith(`${y - 1}`)) list.push(["Pelatihan Dasar CPNS", 241]);
        if (emp.category === "pendidikan" && rng.chance(0.4)) list.push(["Bimbingan Teknis Implementasi Kurikulum Merdeka", 32]);
        for (let k = rng.weighted([3, 4, 2, 1]); k > 0; k--) list.push(rng.pick(TRAININGS));
        for (const [name, jp] of list) {
          // The same training on the same day would be one row under the file's key.
          let end = date(y, fromMonth);
          while (rows.some(([n, d]) => n === name && d === end)) end = date(y, fromMonth);
          rows.push([name, end, jp]);
        }
      }
    }
    for (const [name, end, jp] of rows) {
      let nip = emp.nip;
      if (mangled < 2 && w.rows >= 10 + mangled * 20 && !targets.has(emp.idx)) {
        // Excel turned the 18-digit NIP into a float: 15 significant digits, then the short display form.
        nip = mangled === 0 ? Number(emp.nip).toExponential(14).toUpperCase() : Number(emp.nip).toExponential(5).toUpperCase();
        mangled++;
        log.add(emp.nip, "dirt_nip_scientific", `NIP written as ${nip}`, w.file, w.nextLine);
      }
      w.row([nip, name, dmy(end, "/"), jp]);
    }
  }
  log.add("", "dirt_date_format", "pelatihan.csv: every date as DD/MM/YYYY", "pelatihan.csv");
  return w.close();
}
