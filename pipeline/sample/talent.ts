// 360-degree BerAKHLAK ratings, competency assessments and competency standards.
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import { NINE_BOX, TALENT, type Performance, type PotentialLevel, type Rating } from "./performance.ts";
import { Rng } from "./random.ts";
import { talentTargets, type Roles } from "./roles.ts";
import { ChunkWriter } from "./writers.ts";

const BERAKHLAK = ["berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"];
const COMPETENCIES = ["integritas", "kerjasama", "komunikasi", "orientasi_pada_hasil", "pelayanan_publik",
  "pengembangan_diri_dan_orang_lain", "mengelola_perubahan", "pengambilan_keputusan", "perekat_bangsa"];
const BEHAVIOUR: Record<Rating, number> = { di_atas: 4.4, sesuai: 3.7, di_bawah: 2.5 };

/** 360 periods: semester I reported as TW2, semester II as TW4. */
const SEMESTERS: [string, string, string][] = [["TW2", "01-01", "06-30"], ["TW4", "07-01", "12-31"]];

/**
 * penilaian360_<year>.csv for every year of the span, with the semesters that have ended by its
 * last day. The cases' year carries the planted few-peer raters and the dirt; other years draw
 * from their own streams.
 */
export function write360(out: string, cal: Calendar, employees: Employee[], perf: Performance, roles: Roles, seed: number, log: CaseLog) {
  const spanEnd = cal.days[cal.days.length - 1].iso;
  return cal.years.filter((y) => `${y}-06-30` <= spanEnd).map((year) => write360Year(out, year, spanEnd, employees, perf, roles, seed, log, year === cal.year));
}

function write360Year(out: string, year: number, spanEnd: string, employees: Employee[], perf: Performance, roles: Roles, seed: number, log: CaseLog, cases: boolean) {
  const rng = cases ? new Rng(seed, 0x360) : new Rng(seed, 0x360, year);
  const w = new ChunkWriter(out, `penilaian360_${year}.csv`,
    ["tahun", "periode", "nip_dinilai", "nip_penilai", "hubungan", ...BERAKHLAK]);
  const byOpd = new Map<string, number[]>();
  const subordinates = new Map<number, number[]>();
  for (const emp of employees) {
    (byOpd.get(emp.opd.code) ?? byOpd.set(emp.opd.code, []).get(emp.opd.code)!).push(emp.idx);
    if (emp.superior >= 0) (subordinates.get(emp.superior) ?? subordinates.set(emp.superior, []).get(emp.superior)!).push(emp.idx);
  }
  const peerFew = new Set(cases ? roles.peerFew : []);
  const quiet = new Set(roles.quiet);
  let dirtDone = !cases;
  for (const [periode, fromMd, toMd] of SEMESTERS) {
    const from = `${year}-${fromMd}`, to = `${year}-${toMd}`;
    if (to > spanEnd) continue;
    const active = (e: number) => employees[e].tmtMulai <= to && (employees[e].tmtSelesai === "" || employees[e].tmtSelesai >= from);
    for (const emp of employees) {
      if (!active(emp.idx)) continue;
      const mean = quiet.has(emp.idx) ? 4.5 : BEHAVIOUR[perf.annual[emp.idx][1]];
      const scores = () => BERAKHLAK.map(() => Math.max(1, Math.min(5, Math.round(mean + rng.normal() * 0.45))));
      const rate = (rater: number, hubungan: string, values = scores()) => {
        w.row([year, periode, emp.nip, employees[rater].nip, hubungan, ...values]);
      };
      if (emp.superior >= 0 && active(emp.superior)) rate(emp.superior, "atasan");
      // Peers: colleagues under the same superior first, then the OPD, then anyone; never
      // oneself, one's superior or one's own subordinates (they rate as bawahan).
      const taken = new Set([emp.idx, emp.superior]);
      const wanted = peerFew.has(emp.idx) && periode === "TW4" ? rng.int(1, 2) : rng.int(3, 5);
      const peers: number[] = [];
      const add = (e: number) => {
        if (peers.length >= wanted || taken.has(e) || employees[e].superior === emp.idx || !active(e)) return;
        peers.push(e);
        taken.add(e);
      };
      const siblings = subordinates.get(emp.superior) ?? [emp.idx];
      for (const pool of [siblings, byOpd.get(emp.opd.code)!]) {
        for (let tries = 0; tries < 4 * wanted; tries++) add(pool[rng.int(0, pool.length - 1)]);
      }
      for (let tries = 0; peers.length < wanted && tries < 100; tries++) add(rng.int(0, employees.length - 1));
      for (const e of peers) rate(e, "rekan");
      if (peerFew.has(emp.idx) && periode === "TW4") {
        log.add(emp.nip, "peer_360_too_few", `penilaian360 ${year} TW4: only ${peers.length} rekan rating(s) (TW2 has 3-5)`);
      }
      const subs = (subordinates.get(emp.idx) ?? []).filter(active);
      for (const e of rng.shuffle([...subs]).slice(0, 4)) rate(e, "bawahan");
      // Dirt: a self-rating and a rater who submitted twice (the later row should win).
      if (!dirtDone && periode === "TW2" && !roles.planted[emp.idx] && peers.length >= 3 && emp.superior >= 0) {
        dirtDone = true;
        log.add(emp.nip, "dirt_360_self_rating", `${periode}: rates themself as rekan`, w.file, w.nextLine);
        rate(emp.idx, "rekan", BERAKHLAK.map(() => 5));
        log.add(emp.nip, "dirt_360_duplicate_rater", `${periode}: rekan ${employees[peers[0]].nip} rated twice; keep this later row`, w.file, w.nextLine);
        rate(peers[0], "rekan");
      }
    }
  }
  return w.close();
}

/** Required levels per position class (level 1-5; Permenpan 38/2017 style). */
const STANDARDS: [string, string, number, number][] = [
  ["jpt", "II.a", 4, 4], ["jpt", "II.b", 4, 4], ["administrator", "III.a", 3, 3], ["administrator", "III.b", 3, 3],
  ["pengawas", "IV.a", 2, 3], ["pengawas", "IV.b", 2, 3], ["pelaksana", "", 2, 2], ["fungsional", "", 3, 3],
];

export function writeStandards(out: string) {
  const w = new ChunkWriter(out, "standar_kompetensi.csv", ["jenis_jabatan", "eselon", ...COMPETENCIES, "teknis"]);
  for (const [jabatan, eselon, level, teknis] of STANDARDS) {
    w.row([jabatan, eselon, ...COMPETENCIES.map((c) => (c === "integritas" ? Math.max(level, 3) : level)), teknis]);
  }
  return w.close();
}

/**
 * Target combined potential per potential level, kept clear of the default cut-offs (tinggi and
 * menengah) so that rounding never moves a planted person across a boundary.
 */
const POTENTIAL_BANDS: Record<PotentialLevel, [number, number]> = (() => {
  const cut = TALENT.potential_cutoffs;
  const bands: Record<PotentialLevel, [number, number]> = {
    tinggi: [cut.tinggi + 5, 95],
    menengah: [cut.menengah + 2, cut.tinggi - 2],
    rendah: [45, cut.menengah - 6],
  };
  for (const [level, [lo, hi]] of Object.entries(bands)) {
    if (lo > hi) throw new Error(`sampel: batas potensial bawaan tidak menyisakan rentang untuk tingkat ${level}`);
  }
  return bands;
})();

/** The potential level of a combined potential score under the default cut-offs. */
export function potentialLevel(score: number): PotentialLevel {
  const cut = TALENT.potential_cutoffs;
  return score >= cut.tinggi ? "tinggi" : score >= cut.menengah ? "menengah" : "rendah";
}

const PLANTED_TRAINING_NAMES = [
  "Pelatihan Manajemen Talenta ASN", "Pelatihan Kepemimpinan Transformasional", "Pelatihan Perencanaan dan Penganggaran Kinerja",
  "Pelatihan Inovasi Pelayanan Publik", "Pelatihan Manajemen Risiko Sektor Publik",
];

/**
 * The fixed training of the people with a target box, all completed in the sample's year: the
 * default development target for every year of the performance window, i.e. a full track record.
 */
export function plantedTraining(): [string, number][] {
  const years = TALENT.performance_years;
  if (years > PLANTED_TRAINING_NAMES.length) throw new Error(`sampel: performance_years ${years} melebihi daftar pelatihan kasus`);
  return PLANTED_TRAINING_NAMES.slice(0, years).map((name) => [name, TALENT.development_target_jp]);
}

export interface PlantedPotential {
  box: number;
  level: PotentialLevel;
  /** JP of the fixed training and the track record (0-100) it gives. */
  jp: number;
  track: number;
  skor: number;
  /** (assessment weight x skor_potensi + track-record weight x track record) / 100. */
  combined: number;
}

/**
 * skor_potensi for a target box: a combined potential drawn inside the band of the box's potential
 * level, less the track record of the fixed training, divided by the assessment weight.
 */
export function plantedPotential(seed: number, e: number, box: number): PlantedPotential {
  const rng = new Rng(seed, 0x907, e);
  const level = NINE_BOX.get(box)!.potential;
  const [lo, hi] = POTENTIAL_BANDS[level];
  const target = lo + rng.int(0, Math.round((hi - lo) * 100)) / 100;
  const jp = plantedTraining().reduce((sum, [, h]) => sum + h, 0);
  const track = Math.min(100, (100 * jp) / (TALENT.development_target_jp * TALENT.performance_years));
  const { assessment, track_record } = TALENT.potential_weights;
  const skor = Math.max(0, Math.min(100, Math.round(((100 * target - track_record * track) / assessment) * 100) / 100));
  const combined = (assessment * skor + track_record * track) / 100;
  if (potentialLevel(combined) !== level) {
    throw new Error(`sampel: potensial gabungan ${combined.toFixed(2)} tidak memberi tingkat ${level} untuk kotak ${box}`);
  }
  return { box, level, jp, track, skor, combined };
}

export function writeCompetency(out: string, cal: Calendar, employees: Employee[], roles: Roles, seed: number, log: CaseLog) {
  const year = cal.year;
  const spanEnd = cal.days[cal.days.length - 1].iso;
  const rng = new Rng(seed, 0xc0e);
  const w = new ChunkWriter(out, "kompetensi.csv", ["nip", "tanggal_asesmen", "jenis_asesmen", ...COMPETENCIES, "teknis", "skor_potensi"]);
  const target = new Map(talentTargets(roles).map(({ e, box }) => [e, box]));
  const nineBox = new Set(roles.nineBox.map(({ e }) => e));
  for (const emp of employees) {
    const manager = emp.jenisJabatan === "jpt" || emp.jenisJabatan === "administrator" || emp.jenisJabatan === "pengawas";
    const b = target.get(emp.idx);
    if (!manager && b === undefined && !roles.quiet.includes(emp.idx) && !rng.chance(0.3)) continue;
    const std = STANDARDS.find(([j, e]) => j === emp.jenisJabatan && e === emp.eselon) ?? STANDARDS[6];
    const planted = b !== undefined ? plantedPotential(seed, emp.idx, b) : undefined;
    const potential = planted ? planted.skor : Math.max(30, Math.min(99, Math.round((70 + rng.normal() * 9) * 100) / 100));
    const level = (base: number) => Math.max(1, Math.min(5, Math.round(base + (potential - 70) / 15 + rng.normal() * 0.5)));
    const month = rng.int(1, 12);
    // A planted person's only assessment falls in the sample's year, so it counts for that year.
    const assessed = planted || !rng.chance(0.4) ? year : year - 1;
    const drawn = `${assessed}-${String(month).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    // Never after the export: in a year still open at the span's end, on its last day at the latest.
    const when = drawn > spanEnd ? spanEnd : drawn;
    w.row([emp.nip, when, rng.chance(0.85) ? "pemetaan" : "seleksi", ...COMPETENCIES.map(() => level(std[2])), level(std[3]), potential.toFixed(2)]);
    if (planted && nineBox.has(emp.idx)) {
      const perf = NINE_BOX.get(planted.box)!.performance;
      log.add(emp.nip, `nine_box_${planted.box}`, `target box ${planted.box} (kinerja ${perf}, potensial ${planted.level}): skor_potensi ${potential.toFixed(2)} assessed ${when}, ${planted.jp} JP training in ${year} (track record ${planted.track.toFixed(2)}), combined potential ${planted.combined.toFixed(2)}; SKP ${year - 1} and ${year} rated ${perf}/${perf} every period`);
    }
  }
  return w.close();
}
