// SKP ratings (PermenPANRB 6/2022), the units' own predikat and the per-unit distribution that
// follows it (SE MenPANRB 3/2023), with a few known mismatches.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { configSchema } from "../config/schema.ts";
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import { fullName, type Employee } from "./employees.ts";
import { exportStampOn, skpFile } from "./layouts.ts";
import type { Opd } from "./organisation.ts";
import { Rng } from "./random.ts";
import { talentTargets, type Roles } from "./roles.ts";
import { ChunkWriter } from "./writers.ts";
import { DATE, TEXT, XlsxWriter, type ColumnSpec, type PendingFiles, type XlsxSheet } from "./xlsx.ts";

export type Rating = "di_atas" | "sesuai" | "di_bawah";
export type Predikat = "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang_misconduct" | "sangat_kurang";
const PREDIKATS: Predikat[] = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"];
export type UnitPredikat = "istimewa" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";

/** The PermenPANRB 6/2022 matrix, read from the rules table the pipeline joins, to write the export's own predikat. */
const MATRIX = (() => {
  const file = new URL("../rules/permenpanrb_6_2022_predikat.csv", import.meta.url);
  const rows = Papa.parse<{ rating_results: Rating; rating_behaviour: Rating; predikat: Predikat }>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const matrix = {} as Record<Rating, Record<Rating, Predikat>>;
  for (const r of rows) (matrix[r.rating_results] ??= {} as Record<Rating, Predikat>)[r.rating_behaviour] = r.predikat;
  return matrix;
})();

/** The pipeline's default talent settings (cut-offs, points, weights), never copied here. */
export const TALENT = configSchema.parse({}).talent;

export type PotentialLevel = "tinggi" | "menengah" | "rendah";

/** The PermenPANRB 3/2020 nine-box grid from the rules table: box -> performance and potential level. */
export const NINE_BOX = (() => {
  const file = new URL("../rules/permenpanrb_3_2020_nine_box.csv", import.meta.url);
  const rows = Papa.parse<{ box: string; performance_level: Rating; potential_level: PotentialLevel }>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const grid = new Map<number, { performance: Rating; potential: PotentialLevel }>();
  for (const r of rows) grid.set(Number(r.box), { performance: r.performance_level, potential: r.potential_level });
  for (let b = 1; b <= 9; b++) if (!grid.has(b)) throw new Error(`sampel: kotak ${b} tidak ada di permenpanrb_3_2020_nine_box.csv`);
  return grid;
})();

/** The performance level of a performance score under the default cut-offs. */
export function performanceLevel(score: number): Rating {
  const cut = TALENT.performance_cutoffs;
  return score >= cut.di_atas ? "di_atas" : score >= cut.sesuai ? "sesuai" : "di_bawah";
}

/** Share of each predikat (in PREDIKATS order) among a unit's staff, per the unit's own predikat. */
const PROFILE: Record<UnitPredikat, number[]> = {
  istimewa: [0.45, 0.5, 0.05, 0, 0],
  baik: [0.15, 0.65, 0.12, 0.05, 0.03],
  butuh_perbaikan: [0.05, 0.2, 0.65, 0.1, 0],
  kurang: [0.05, 0.1, 0.15, 0.65, 0.05],
  sangat_kurang: [0, 0.1, 0.15, 0.1, 0.65],
};

export interface Performance {
  unitPredikat: Map<Opd, UnitPredikat>;
  /** Annual ratings [hasil, perilaku] per employee, this year and last year. */
  annual: [Rating, Rating][];
  previous: [Rating, Rating][];
}

function largestRemainder(shares: number[], total: number): number[] {
  const raw = shares.map((s) => s * total);
  const counts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k][1]]++;
  return counts;
}

function ratingsFor(p: Predikat, rng: Rng): [Rating, Rating] {
  switch (p) {
    case "sangat_baik": return ["di_atas", "di_atas"];
    case "baik": return rng.pick<[Rating, Rating]>([["sesuai", "sesuai"], ["sesuai", "sesuai"], ["sesuai", "sesuai"], ["di_atas", "sesuai"], ["sesuai", "di_atas"]]);
    case "butuh_perbaikan": return rng.chance(0.7) ? ["di_bawah", "sesuai"] : ["di_bawah", "di_atas"];
    case "kurang_misconduct": return rng.chance(0.75) ? ["sesuai", "di_bawah"] : ["di_atas", "di_bawah"];
    case "sangat_kurang": return ["di_bawah", "di_bawah"];
  }
}

/**
 * Fixed ratings [hasil, perilaku] of the nine-box and quiet-performer people (both years, every
 * period). A target box's performance level L (from the PermenPANRB 3/2020 grid) gives [L, L]; the
 * predikat of that pair must score level L under the default cut-offs (potential is set in
 * talent.ts). Quiet performers get hasil "sesuai", perilaku "di_atas": predikat "baik", below the
 * "sangat baik" their OPD hands out freely, although their logged output and 360 are among the best.
 */
export function fixedRatings(roles: Roles): Map<number, [Rating, Rating]> {
  const fixed = new Map<number, [Rating, Rating]>();
  for (const { e, box } of talentTargets(roles)) {
    const level = NINE_BOX.get(box)!.performance;
    const points = TALENT.performance_points[MATRIX[level][level]];
    if (performanceLevel(points) !== level) {
      throw new Error(`sampel: predikat ${MATRIX[level][level]} (${points} poin) tidak memberi tingkat kinerja ${level} untuk kotak ${box}`);
    }
    fixed.set(e, [level, level]);
  }
  for (const e of roles.quiet) fixed.set(e, ["sesuai", "di_atas"]);
  return fixed;
}

export function planPerformance(employees: Employee[], opds: Opd[], roles: Roles, seed: number, log: CaseLog): Performance {
  const rng = new Rng(seed, 0x5c9);
  const fixed = fixedRatings(roles);
  // The weakest organisation predikats go to OPDs without any planted top or quiet performer
  // (the quiet ones need peers rated above them), smallest first.
  const quiet = new Set(roles.quiet);
  const clear = opds.filter((o) => !employees.some((e) => e.opd === o && (fixed.get(e.idx)?.[0] === "di_atas" || quiet.has(e.idx))));
  const prefer = [...clear].sort((a, b) => Number(!!b.kecamatan) - Number(!!a.kecamatan) || a.weight - b.weight || a.index - b.index);
  const unitPredikat = new Map<Opd, UnitPredikat>();
  const weak: UnitPredikat[] = ["sangat_kurang", "kurang", "butuh_perbaikan", "butuh_perbaikan"];
  weak.forEach((p, i) => unitPredikat.set(prefer[i], p));
  const rest = opds.filter((o) => !unitPredikat.has(o));
  rest.forEach((o, i) => unitPredikat.set(o, i % 6 === 1 ? "istimewa" : "baik"));
  // One unit rated butuh_perbaikan whose staff were rated as leniently as a "baik" unit.
  const lenient = prefer[3];

  const annual: [Rating, Rating][] = new Array(employees.length);
  const previous: [Rating, Rating][] = new Array(employees.length);
  for (const opd of opds) {
    const predikat = unitPredikat.get(opd)!;
    const staff = employees.filter((e) => e.opd === opd);
    const counts = largestRemainder(PROFILE[opd === lenient ? "baik" : predikat], staff.length);
    const open: Employee[] = [];
    for (const emp of staff) {
      const f = fixed.get(emp.idx);
      if (f === undefined) { open.push(emp); continue; }
      const p = MATRIX[f[0]][f[1]];
      counts[PREDIKATS.indexOf(p)]--;
      annual[emp.idx] = previous[emp.idx] = f;
    }
    // Heads of OPD come first and so take the best ratings the unit's curve allows.
    rng.shuffle(open).sort((a, b) => Number(b.jenisJabatan === "jpt") - Number(a.jenisJabatan === "jpt"));
    let k = 0;
    for (let c = 0; c < PREDIKATS.length; c++) {
      for (let j = 0; j < counts[c] && k < open.length; j++) annual[open[k++].idx] = ratingsFor(PREDIKATS[c], rng);
    }
    while (k < open.length) annual[open[k++].idx] = ratingsFor("baik", rng);
    for (const emp of open) {
      previous[emp.idx] = rng.chance(0.7) ? annual[emp.idx] : ratingsFor(PREDIKATS[rng.weighted([2, 6, 1, 0.5, 0.5])], rng);
    }
    if (opd === lenient) {
      log.add("", "unit_curve_break", `${opd.code} ${opd.name}: organisation predikat butuh_perbaikan, staff rated like a "baik" unit (${counts[2]} of ${staff.length} butuh_perbaikan)`);
    }
  }
  return { unitPredikat, annual, previous };
}

const STEP: Record<Rating, Rating[]> = { di_atas: ["sesuai"], sesuai: ["di_atas", "di_bawah"], di_bawah: ["sesuai"] };

/** How e-Kinerja's SKP report spells ratings and predikats. */
const RATING_TEXT: Record<Rating, string> = { di_atas: "DIATAS EKSPEKTASI", sesuai: "SESUAI EKSPEKTASI", di_bawah: "DIBAWAH EKSPEKTASI" };
export const PREDIKAT_TEXT: Record<Predikat, string> = {
  sangat_baik: "SANGAT BAIK", baik: "BAIK", butuh_perbaikan: "BUTUH PERBAIKAN", kurang_misconduct: "KURANG/MISCONDUCT", sangat_kurang: "SANGAT KURANG",
};
const RATINGS: Rating[] = ["di_atas", "sesuai", "di_bawah"];

export const SKP_COLUMNS: ColumnSpec[] = [
  { header: "no", width: 6 },
  { header: "nip", width: 21, numFmt: TEXT },
  { header: "nama", width: 34 },
  { header: "tahun_skp", width: 9 },
  { header: "periode_awal_skp", width: 14, numFmt: DATE },
  { header: "periode_akhir_skp", width: 14, numFmt: DATE },
  { header: "hasil_kerja", width: 20 },
  { header: "perilaku_kerja", width: 20 },
  { header: "hasil_akhir", width: 18 },
  { header: "is_skp_plt_plh_pjb", width: 10 },
  { header: "nip_atasan", width: 21, numFmt: TEXT },
];

/** First and last day of a period: TW1-TW4 (calendar quarters), TAHUNAN, or a month "1".."12". */
export function periodDates(year: number, periode: string): [string, string] {
  const [m1, m2] = periode === "TAHUNAN" ? [1, 12] : periode.startsWith("TW") ? [Number(periode.slice(2)) * 3 - 2, Number(periode.slice(2)) * 3] : [Number(periode), Number(periode)];
  const last = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  return [`${year}-${String(m1).padStart(2, "0")}-01`, `${year}-${String(m2).padStart(2, "0")}-${String(last).padStart(2, "0")}`];
}

function quarterActive(emp: Employee, year: number, q: number): boolean {
  const from = `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
  const to = `${year}-${String(q * 3).padStart(2, "0")}-31`;
  return emp.tmtMulai <= to && (emp.tmtSelesai === "" || emp.tmtSelesai >= from);
}

class SkpBook {
  readonly book: XlsxWriter;
  readonly sheet: XlsxSheet;

  constructor(out: string, readonly year: number, spanEnd: string) {
    // Exported at the year's end, or on the span's last day for a year still open.
    this.book = new XlsxWriter(out, skpFile(year), exportStampOn(`${year}-12-31` < spanEnd ? `${year}-12-31` : spanEnd));
    this.sheet = this.book.sheet("SKP", SKP_COLUMNS);
    this.sheet.title(`LAPORAN SKP TAHUN ${year}`);
    this.sheet.title("Instansi : Pemerintah Kabupaten Sukamaju");
    this.sheet.title();
    this.sheet.header();
  }

  private readonly periods = new Map<string, [string, string]>();
  private readonly names = new Map<Employee, string>();

  row(emp: Employee, periode: string, [h, p]: [Rating, Rating], predikat: Predikat, plt: boolean, atasan: string): void {
    let dates = this.periods.get(periode);
    if (!dates) this.periods.set(periode, (dates = periodDates(this.year, periode)));
    let name = this.names.get(emp);
    if (name === undefined) this.names.set(emp, (name = fullName(emp)));
    this.sheet.row([this.sheet.rows + 1, emp.nip, name, this.year, dates[0], dates[1],
      RATING_TEXT[h], RATING_TEXT[p], PREDIKAT_TEXT[predikat], plt ? "true" : "false", atasan]);
  }
}

/**
 * Exactly three administrators/pengawas per year, with no planted case, who also hold a Plt post
 * for one period in which they have their own SKP row (a quarter this year, the year last year):
 * the extra row has other ratings, the Plt position's rater, and is_skp_plt_plh_pjb true.
 */
function pltPicks(employees: Employee[], roles: Roles, year: number, rng: Rng, own: (e: Employee) => string[], strict = true): Map<number, string> {
  const eligible = employees.filter((e) => (e.jenisJabatan === "administrator" || e.jenisJabatan === "pengawas") && !roles.planted[e.idx]
    && e.lifecycle === "regular" && own(e).length > 0);
  const picks = new Map<number, string>();
  for (const e of rng.shuffle(eligible).slice(0, 3)) picks.set(e.idx, rng.pick(own(e)));
  if (picks.size !== 3 && strict) throw new Error(`sampel: pejabat administrator/pengawas terlalu sedikit untuk tiga baris SKP Plt ${year}`);
  return picks;
}

/**
 * The e-Kinerja SKP workbooks, one per year: the cases' year with every quarter and the year
 * (TW1-TW4, TAHUNAN) and its dirt; every other year of the span with the periods that have ended by
 * the span's last day; and the year before the span with TAHUNAN only (the talent window's first
 * year). Ratings: the cases' year from the plan, the year before it from the plan's previous year,
 * other years drawn from their own streams (the planted people keep their fixed ratings).
 */
export function writeSkp(out: string, cal: Calendar, employees: Employee[], perf: Performance, roles: Roles, seed: number, log: CaseLog, pending: PendingFiles) {
  const year = cal.year;
  const spanEnd = cal.days[cal.days.length - 1].iso;
  const firstYear = cal.years[0];
  const rng = new Rng(seed, 0x5c9, 2);
  const pltRng = new Rng(seed, 0x5c9, 3);
  const fixed = fixedRatings(roles);
  const penilai = (emp: Employee) => (emp.superior >= 0 ? employees[emp.superior].nip : "");
  /** The rater of a Plt post one level up: the superior's superior (or the superior). */
  const pltPenilai = (emp: Employee) => {
    const sup = emp.superior >= 0 ? employees[emp.superior] : undefined;
    return sup && sup.superior >= 0 ? employees[sup.superior].nip : penilai(emp);
  };
  const quartersOf = (emp: Employee, y: number) => [1, 2, 3, 4].filter((q) => quarterActive(emp, y, q) && periodDates(y, `TW${q}`)[1] <= spanEnd);
  const closed = (y: number) => `${y}-12-31` <= spanEnd;
  const plt = (book: SkpBook, r: Rng, emp: Employee, periode: string, own: [Rating, Rating]) => {
    const others = RATINGS.flatMap((h) => RATINGS.map((p): [Rating, Rating] => [h, p])).filter(([h, p]) => h !== own[0] || p !== own[1]);
    const pair = r.pick(others);
    log.add(emp.nip, "skp_plt_row", `${periode} ${book.year}: an extra Plt row (is_skp_plt_plh_pjb true, ratings ${pair[0]}/${pair[1]}, rater ${pltPenilai(emp)}) beside the own row (${own[0]}/${own[1]}); set aside by the reader`, book.book.file, book.sheet.nextRow);
    book.row(emp, periode, pair, MATRIX[pair[0]][pair[1]], true, pltPenilai(emp));
  };
  /** A year with its quarters (and TAHUNAN once closed); quarters drift a step from the year now and then. */
  const periodsBook = (y: number, annual: (emp: Employee) => [Rating, Rating], r: Rng, pr: Rng, dirt: boolean) => {
    const book = new SkpBook(out, y, spanEnd);
    // A year of the span whose first quarter has not ended yet may have fewer than three.
    const picks = pltPicks(employees, roles, y, pr, (e) => quartersOf(e, y).map((q) => `TW${q}`), y === year);
    let eligible = 0;
    for (const emp of employees) {
      const quarters = quartersOf(emp, y);
      const periods: [string, [Rating, Rating]][] = quarters.map((q) => {
        const [h, p] = annual(emp);
        const drift = !fixed.has(emp.idx) && r.chance(0.25);
        const pair: [Rating, Rating] = drift ? (r.chance(0.5) ? [r.pick(STEP[h]), p] : [h, r.pick(STEP[p])]) : [h, p];
        return [`TW${q}`, pair];
      });
      if (quarters.length >= 2 && closed(y)) periods.push(["TAHUNAN", annual(emp)]);
      for (const [periode, [h, p]] of periods) {
        let predikat = MATRIX[h][p];
        // About 1% of the rows, evenly spread, carry a predikat that the ratings do not give.
        if (dirt && !roles.planted[emp.idx] && ++eligible % 100 === 37) {
          const wrong = r.pick(PREDIKATS.filter((x) => x !== predikat));
          log.add(emp.nip, "skp_predikat_mismatch", `${periode}: ratings ${h}/${p} give ${predikat}, the export says ${wrong}`, book.book.file, book.sheet.nextRow);
          predikat = wrong;
        }
        book.row(emp, periode, [h, p], predikat, false, penilai(emp));
        if (picks.get(emp.idx) === periode) plt(book, pr, emp, periode, [h, p]);
      }
    }
    return book;
  };
  /** A year before the span: TAHUNAN only, for those appointed before its second half. */
  const annualBook = (y: number, annual: (emp: Employee) => [Rating, Rating], pr: Rng) => {
    const book = new SkpBook(out, y, spanEnd);
    const has = (emp: Employee) => emp.tmtMulai < `${y}-07-01`;
    const picks = pltPicks(employees, roles, y, pr, (e) => (has(e) ? ["TAHUNAN"] : []));
    for (const emp of employees) {
      if (!has(emp)) continue;
      const [h, p] = annual(emp);
      book.row(emp, "TAHUNAN", [h, p], MATRIX[h][p], false, penilai(emp));
      if (picks.has(emp.idx)) plt(book, pr, emp, "TAHUNAN", [h, p]);
    }
    return book;
  };
  const book = (y: number, annual: (emp: Employee) => [Rating, Rating], r: Rng, pr: Rng) => (y < firstYear ? annualBook(y, annual, pr) : periodsBook(y, annual, r, pr, false));
  /** A year of the span whose first quarter ends after the span's last day has no SKP yet. */
  const due = (y: number) => periodDates(y, "TW1")[1] <= spanEnd;

  // The cases' year and the year before it first, in the order a one-year sample has always drawn them.
  const books = [periodsBook(year, (emp) => perf.annual[emp.idx], rng, pltRng, true), book(year - 1, (emp) => perf.previous[emp.idx], rng, pltRng)];
  for (let y = firstYear - 1; y <= cal.years[cal.years.length - 1]; y++) {
    if (y === year || y === year - 1 || !due(y)) continue;
    const own = new Rng(seed, 0x5c9, 0x100 + y);
    const ratings = employees.map((emp) => fixed.get(emp.idx)
      ?? (own.chance(0.7) ? perf.annual[emp.idx] : ratingsFor(PREDIKATS[own.weighted([2, 6, 1, 0.5, 0.5])], own)));
    books.push(book(y, (emp) => ratings[emp.idx], own, new Rng(seed, 0x5c9, 0x200 + y)));
  }
  // The organisation's own predikat for every year of the span.
  const unit = new ChunkWriter(out, "predikat_unit.csv", ["kode_unit", "tahun", "predikat_organisasi"]);
  for (const y of cal.years) for (const [opd, p] of [...perf.unitPredikat].sort((a, b) => a[0].index - b[0].index)) unit.row([opd.code, y, p]);
  return [...books.map((b) => pending.add(b.book.close())), unit.close()];
}
