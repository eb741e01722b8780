import { describe, expect, it } from "vitest";
import { employeeTypes, modelDb, rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

const QUARTERS = ["TW1", "TW2", "TW3", "TW4"];
const QUARTER_END = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"];

interface Person {
  nip: string;
  opd?: string;
  /** the predikat of every quarter, or per quarter (missing: no SKP that quarter) */
  predikat?: string | Partial<Record<string, string>>;
  /** a final 360 score for every quarter, or per quarter (1-5) */
  score360?: number | Partial<Record<string, number>>;
  /** counted minutes in percent of the expected ones, every month */
  productivity?: number;
  /** the monthly TPP discipline deduction */
  discipline?: number;
  /** IKP instructions: [deadline, completed on (null: open)]; the data runs until `asOf` */
  ikp?: [string, string | null][];
  /** the discipline ladder's running count: [date, cumulative days, current TK run (default 1)] */
  rungs?: [string, number, number?][];
  /** PNS (default) or PPPK */
  type?: "PNS" | "PPPK";
  /** recorded sanctions: [decree number, decree date, sanction, tmt_mulai, tmt_selesai] */
  sanctions?: [string, string, string, string, string | null][];
  /** the year's discipline recommendation level */
  level?: string;
}

const perQuarter = <T extends string | number>(value: T | Partial<Record<string, T>> | undefined, fallback: T): Partial<Record<string, T>> =>
  value !== undefined && typeof value === "object" ? value : Object.fromEntries(QUARTERS.map((q) => [q, value ?? fallback]));
const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-01`);

async function awards(people: Person[], config: unknown = {}, asOf = "2025-12-31") {
  const conn = await modelDb(config);
  const each = <T>(f: (p: Person) => T[]) => people.flatMap(f);
  await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar", opd_name: "varchar" },
    each((p) => [[p.nip, p.opd ?? "1.01", `Dinas ${p.opd ?? "1.01"}`]]));
  // one working day a month makes the employee active in every period
  await table(conn, "intermediate.int_daily_attendance", { nip: "varchar", date: "date", status: "varchar" },
    each((p) => months.map((m) => [p.nip, m.replace(/01$/, "02"), "hadir"])));
  await table(conn, "marts.performance", { nip: "varchar", year: "integer", period: "varchar", predikat: "varchar" },
    each((p) => Object.entries(perQuarter(p.predikat, "baik")).map(([q, predikat]) => [p.nip, 2025, q, predikat])));
  await table(conn, "marts.behaviour_360", { nip: "varchar", year: "integer", period: "varchar", period_end: "date", score: "double", status: "varchar" },
    each((p) => Object.entries(perQuarter(p.score360, 4)).map(([q, score]) => [p.nip, 2025, q, QUARTER_END[QUARTERS.indexOf(q)], score, "final"])));
  await table(conn, "marts.productivity_monthly", { nip: "varchar", month: "date", approved_minutes: "integer", counted_minutes: "integer", expected_minutes: "integer" },
    each((p) => months.map((m) => [p.nip, m, (p.productivity ?? 80) * 100, (p.productivity ?? 80) * 100, 10000])));
  await table(conn, "marts.tpp_deductions", { nip: "varchar", month: "date", discipline_pct: "double" }, each((p) => months.map((m) => [p.nip, m, p.discipline ?? 0])));
  await table(conn, "staging.stg_instructions", { id: "varchar", nip: "varchar", title: "varchar", issued_on: "date", deadline: "date", completed_on: "date" },
    each((p) => (p.ikp ?? []).map(([deadline, done], i) => [`${p.nip}-${i}`, p.nip, "Instruksi", deadline, deadline, done])));
  await table(conn, "intermediate.int_period", { start_date: "date", end_date: "date" }, [["2025-01-01", asOf]]);
  await table(conn, "intermediate.int_discipline_days", { nip: "varchar", date: "date", year: "integer", cumulative_days_total: "integer", consecutive_tk: "integer", longest_run_so_far: "integer" },
    each((p) => (p.rungs ?? []).map(([date, total, run]) => [p.nip, date, 2025, total, run ?? 1, run ?? 1])));
  await employeeTypes(conn, people.filter((p) => p.type === "PPPK").map((p) => p.nip));
  await table(conn, "staging.stg_sanctions", { nip: "varchar", decree_number: "varchar", decree_date: "date", sanction: "varchar", start_date: "date", end_date: "date" },
    each((p) => (p.sanctions ?? []).map((s) => [p.nip, ...s])));
  await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", level: "varchar", score_level: "varchar" },
    each((p) => [[p.nip, 2025, p.level ?? "none", p.level ?? "none"]]));
  await runOnly(conn, "ikp_results", "int_discipline_rungs", "int_award_periods", "int_award_eligibility", "award_score_parts", "award_ranking",
    "awards", "page_award_breakdown", "quiet_performers");
  const all = await rows(conn, "select * from marts.awards order by period, opd_code, rank nulls last, nip");
  return {
    all,
    period: (period: string) => all.filter((a) => a.period === period),
    row: (period: string, nip: string) => all.find((a) => a.period === period && a.nip === nip)!,
    quiet: await rows(conn, "select year, nip, productivity_pct, behaviour_score, annual_predikat, best_opd_rank, reason from marts.quiet_performers order by nip"),
    parts: await rows(conn, "select period, nip, part, quarters, value, value_text, points, weight, weighted_points from marts.award_score_parts order by period, nip, part"),
    ranking: await rows(conn, "select period, nip, award_level, score, tiebreak_order, rank, selected from marts.award_ranking order by period, tiebreak_order"),
    breakdown: await rows(conn, "select period, nip, component, quarters, points, weight, contribution from marts.page_award_breakdown order by period, nip, component"),
  };
}

describe("awards: the quarterly score", () => {
  it("weighs predikat 30, 360 25, productivity 25, discipline 15, IKP 5 (each 0-100)", async () => {
    const { row } = await awards([{
      nip: "A",
      predikat: "baik", // 75 points
      score360: 4, // (4 - 1) / 4 = 75 points
      productivity: 120, // capped at 100
      discipline: 4, // 96 points
      ikp: [["2025-02-10", "2025-02-10"], ["2025-03-10", "2025-03-12"], ["2025-04-10", null]], // TW1: 1 of 2 missed
    }]);
    expect(row("2025-TW1", "A")).toMatchObject({
      award_level: "triwulan", scope: "opd", rank: 1, kabupaten_rank: 1, eligible: true, selected: true, winner: true,
      predikat_points: 75, behaviour_points: 75, productivity_points: 100, discipline_points: 96, ikp_points: 50,
      // (30 x 75 + 25 x 75 + 25 x 100 + 15 x 96 + 5 x 50) / 100
      score: 83.15,
      reason: "ASN teladan Triwulan I 2025 tingkat kabupaten (peringkat 1); nominasi peringkat 1 di Dinas 1.01, skor 83,15",
    });
    // no instruction due in TW3: nothing missed
    expect(row("2025-TW3", "A").ikp_points).toBe(100);
  });

  it("IKP: an instruction not yet due on the data's last day is neither kept nor missed (marts.ikp_results)", async () => {
    // the data runs until 15 December: kept, missed (late), and one open with its deadline after that day
    const { row } = await awards([{ nip: "A", ikp: [["2025-10-10", "2025-10-09"], ["2025-11-10", "2025-11-12"], ["2025-12-19", null]] }], {}, "2025-12-15");
    expect(row("2025-TW4", "A").ikp_points).toBe(50);
  });

  it("one definition: the same open instruction, due or not on the data's last day, moves every award figure built on it", async () => {
    const person: Person = { nip: "A", ikp: [["2025-12-19", null]] };
    const notDue = await awards([person], {}, "2025-12-19");
    const missed = await awards([person], {}, "2025-12-22");
    const figures = (r: Awaited<ReturnType<typeof awards>>) => ({
      ikp_points: r.row("2025-TW4", "A").ikp_points,
      score: r.row("2025-TW4", "A").score,
      semester_ikp: r.parts.find((p) => p.period === "2025-S2" && p.part === "ikp")!.points,
      year_score: r.ranking.find((p) => p.period === "2025" && p.nip === "A")!.score,
      breakdown: r.breakdown.find((b) => b.period === "2025-S2" && b.component === "ikp")!.contribution,
    });
    expect(figures(notDue)).toMatchObject({ ikp_points: 100, semester_ikp: 100, breakdown: 5 });
    expect(figures(missed)).toMatchObject({ ikp_points: 0, semester_ikp: 50, breakdown: 2.5 });
    expect((figures(notDue).score as number) - (figures(missed).score as number)).toBeCloseTo(5, 10);
    expect((figures(notDue).year_score as number) - (figures(missed).year_score as number)).toBeCloseTo(1.25, 10);
  });

  it("is the sum of its parts: one long table of points, weights and weighted points", async () => {
    const { parts, all, breakdown } = await awards([{ nip: "A", predikat: "baik", score360: 4, productivity: 120, discipline: 4 }]);
    const tw1 = parts.filter((p) => p.period === "2025-TW1");
    expect(tw1.map((p) => [p.part, p.value, p.value_text, p.points, p.weight, p.weighted_points])).toEqual([
      ["behaviour_360", 4, null, 75, 25, 18.75],
      ["discipline", 4, null, 96, 15, 14.4],
      ["ikp", null, null, 100, 5, 5],
      ["predikat", null, "baik", 75, 30, 22.5],
      ["productivity", 120, null, 100, 25, 25],
    ]);
    const score = all.find((a) => a.period === "2025-TW1")!.score as number;
    expect(tw1.reduce((sum, p) => sum + (p.weighted_points as number), 0)).toBeCloseTo(score, 10);
    // a semester holds the means over its two quarters, and the page's breakdown is those rows
    expect(parts.filter((p) => p.period === "2025-S1").map((p) => [p.part, p.quarters, p.points])).toEqual([
      ["behaviour_360", 2, 75], ["discipline", 2, 96], ["ikp", 2, 100], ["predikat", 2, 75], ["productivity", 2, 100],
    ]);
    expect(breakdown.filter((b) => b.period === "2025-S1").map((b) => [b.component, b.contribution])).toEqual(
      parts.filter((p) => p.period === "2025-S1").map((p) => [p.part, p.weighted_points]));
  });

  it("uses the 360 ending in the quarter, else the latest one before it that year, else none", async () => {
    const { row } = await awards([{ nip: "A", score360: { TW2: 5 } }]);
    expect([row("2025-TW1", "A").behaviour_points, row("2025-TW2", "A").behaviour_points, row("2025-TW3", "A").behaviour_points]).toEqual([null, 100, 100]);
  });
});

describe("awards: eligibility (docs/aturan.md#penghargaan)", () => {
  it("a discipline recommendation reached in the quarter removes it, with the rung and date", async () => {
    const { row } = await awards([
      // teguran lisan reached on 10 February (3 days), pernyataan tidak puas on 6 October (7 days)
      { nip: "B", rungs: [["2025-02-03", 2], ["2025-02-10", 3], ["2025-05-05", 4], ["2025-10-06", 7]] },
      { nip: "C" },
    ]);
    expect(row("2025-TW1", "B")).toMatchObject({
      eligible: false, rank: null, selected: false,
      reason: "Tidak memenuhi syarat: rekomendasi hukuman disiplin ringan (teguran lisan) tercapai 10 Februari 2025",
    });
    expect(row("2025-TW2", "B").reason).toBe("Tidak memenuhi syarat: rekomendasi hukuman disiplin ringan (teguran tertulis) tercapai 5 Mei 2025");
    expect(row("2025-TW3", "B")).toMatchObject({ eligible: true, rank: 1 });
    expect(row("2025-TW4", "B").reason).toMatch(/\(pernyataan tidak puas secara tertulis\) tercapai 6 Oktober 2025/);
    expect(row("2025-TW1", "C")).toMatchObject({ eligible: true, rank: 1, selected: true });
  });

  it("a sanction decided in the quarter, or running during it, removes it", async () => {
    const { row } = await awards([
      { nip: "D", sanctions: [["800/1/2025", "2025-05-15", "teguran_tertulis", "2025-05-15", null]] },
      { nip: "E", sanctions: [["800/2/2025", "2025-06-20", "potong_tukin_6", "2025-07-01", "2025-12-31"]] },
    ]);
    expect(row("2025-TW1", "D").eligible).toBe(true);
    expect(row("2025-TW2", "D")).toMatchObject({ eligible: false, reason: "Tidak memenuhi syarat: hukuman disiplin teguran tertulis (SK 800/1/2025 tanggal 15 Mei 2025)" });
    expect(row("2025-TW3", "D").eligible).toBe(true);
    expect(["TW1", "TW2", "TW3", "TW4"].map((q) => row(`2025-${q}`, "E").eligible)).toEqual([true, false, false, false]);
    expect(row("2025-TW4", "E").reason).toMatch(/pemotongan tunjangan kinerja 25% selama 6 bulan \(SK 800\/2\/2025/);
  });

  it("a PPPK (no PNS sanction, PP 49/2018 Pasal 52) whose days reach the PNS ladder's day counts in the quarter is not nominated", async () => {
    const { row } = await awards([
      // 11 TK days in TW1 (3 by 24 January, 11 by 28 March): the same days bar a PNS
      { nip: "K", type: "PPPK", rungs: [["2025-01-13", 2], ["2025-01-24", 3], ["2025-03-28", 11]] },
      // a 10-day run in TW2
      { nip: "L", type: "PPPK", rungs: [["2025-05-12", 10, 10]] },
      { nip: "M", type: "PPPK", rungs: [["2025-02-03", 2]] },
    ]);
    expect(row("2025-TW1", "K")).toMatchObject({ eligible: false, rank: null });
    expect(row("2025-TW1", "K").reason).toBe("Tidak memenuhi syarat: ketidakhadiran tanpa keterangan setara 3 hari (PPPK: bukan hukuman disiplin PNS) tercapai 24 Januari 2025; "
      + "ketidakhadiran tanpa keterangan setara 11 hari (PPPK: bukan hukuman disiplin PNS) tercapai 28 Maret 2025");
    expect(row("2025-TW2", "K").eligible).toBe(true);
    expect(row("2025-TW2", "L").reason).toMatch(/ketidakhadiran tanpa keterangan 10 hari kerja berturut-turut \(PPPK: bukan hukuman disiplin PNS\) tercapai 12 Mei 2025/);
    expect(row("2025-TW2", "L").reason).not.toMatch(/pemberhentian|rekomendasi hukuman/);
    // below the PNS ladder's first rung: no bar
    expect(row("2025-TW1", "M").eligible).toBe(true);
  });

  it("no SKP predikat for the quarter: not ranked", async () => {
    const { row } = await awards([{ nip: "F", predikat: { TW2: "baik" } }]);
    expect(row("2025-TW1", "F")).toMatchObject({ eligible: false, rank: null, reason: "Tidak memenuhi syarat: tidak ada predikat SKP Triwulan I 2025" });
    expect(row("2025-TW2", "F").eligible).toBe(true);
  });
});

describe("awards: ranking within the OPD, and the tie-break", () => {
  it("equal scores: the higher 360, then the higher uncapped productivity, then the lower NIP (the elder)", async () => {
    const { row } = await awards([
      // OPD 1: 30 x 75 + 25 x 100 = 30 x 100 + 25 x 70 -> equal scores; G2 has the higher 360
      { nip: "G1", opd: "1", predikat: "sangat_baik", score360: 3.8 },
      { nip: "G2", opd: "1", predikat: "baik", score360: 5 },
      // OPD 2: both capped at 100 productivity points; H2 logged more
      { nip: "H1", opd: "2", productivity: 105 },
      { nip: "H2", opd: "2", productivity: 110 },
      // OPD 3: the same in everything; the NIP starts with the birth date
      { nip: "199001012015031001", opd: "3" },
      { nip: "198001012005011001", opd: "3" },
    ], { awards: { nominees_per_opd: 1 } });
    const q = "2025-TW1";
    expect(row(q, "G1").score).toBe(row(q, "G2").score);
    expect([row(q, "G2").rank, row(q, "G1").rank]).toEqual([1, 2]);
    expect(row(q, "H1").score).toBe(row(q, "H2").score);
    expect([row(q, "H2").rank, row(q, "H1").rank]).toEqual([1, 2]);
    expect([row(q, "198001012005011001").rank, row(q, "199001012015031001").rank]).toEqual([1, 2]);
    expect(row(q, "G1")).toMatchObject({ selected: false, reason: `Memenuhi syarat, peringkat 2 di Dinas 1 (skor ${String(row(q, "G1").score).replace(".", ",")}): di luar 1 besar OPD` });
  });

  it("nominates the top N of each OPD; the best nominee of the kabupaten wins the quarter", async () => {
    const { period } = await awards([
      { nip: "J1", opd: "1", productivity: 100 },
      { nip: "J2", opd: "1", productivity: 90 },
      { nip: "J3", opd: "1", productivity: 80 },
      { nip: "K1", opd: "2", productivity: 95 },
    ], { awards: { nominees_per_opd: 2 } });
    expect(period("2025-TW2").map((a) => [a.nip, a.rank, a.selected, a.winner, a.kabupaten_rank])).toEqual([
      ["J1", 1, true, true, 1],
      ["J2", 2, true, false, 3],
      ["J3", 3, false, false, null],
      ["K1", 1, true, false, 2],
    ]);
  });
});

describe("awards: one ranking, the tie-break written once (marts.award_ranking)", () => {
  it("orders every period once (tiebreak_order); each rank follows that order within its own group", async () => {
    const { ranking } = await awards([
      // equal scores in every quarter: the higher 360 first, then the higher uncapped productivity
      { nip: "R1", opd: "1", predikat: "sangat_baik", score360: 3.8 },
      { nip: "R2", opd: "2", predikat: "baik", score360: 5 },
      { nip: "R3", opd: "1", productivity: 110 },
      { nip: "R4", opd: "2", productivity: 105 },
    ], { awards: { nominees_per_opd: 1, shortlist_size: 1 } });
    const tw1 = ranking.filter((r) => r.period === "2025-TW1");
    expect(tw1[0].score).toBe(tw1[1].score);
    expect(tw1.map((r) => [r.nip, r.tiebreak_order, r.rank])).toEqual([["R2", 1, 1], ["R1", 2, 1], ["R3", 3, 2], ["R4", 4, 2]]);
    // the semester: candidates are the quarters' nominees, ranked by the same order on the means
    expect(ranking.filter((r) => r.period === "2025-S1").map((r) => [r.nip, r.tiebreak_order, r.rank, r.selected]))
      .toEqual([["R2", 1, 1, true], ["R1", 2, 2, false]]);
    expect(ranking.filter((r) => r.period === "2025").map((r) => [r.nip, r.rank, r.selected])).toEqual([["R2", 1, true]]);
  });
});

describe("awards: semester shortlist and the annual winner", () => {
  it("shortlists the semester's nominees by their mean quarterly score; the year is chosen from the shortlists", async () => {
    const { period } = await awards([
      { nip: "L1", opd: "1", productivity: 100 },
      { nip: "L2", opd: "1", productivity: 60 },
      { nip: "M1", opd: "2", productivity: 90 },
      // nominated in TW1, sanctioned in TW2: off the S1 shortlist and the year
      { nip: "N1", opd: "3", productivity: 100, predikat: "sangat_baik", sanctions: [["800/3/2025", "2025-05-02", "teguran_lisan", "2025-05-02", null]] },
    ], { awards: { nominees_per_opd: 1, shortlist_size: 2 } });
    const s1 = period("2025-S1");
    expect(s1.map((a) => [a.nip, a.rank, a.eligible, a.selected])).toEqual([["L1", 1, true, true], ["M1", 2, true, true], ["N1", null, false, false]]);
    expect(s1[0].reason).toMatch(/^Daftar pendek Semester I 2025: peringkat 1 kabupaten, rata-rata skor triwulan [\d,]+ \(nominasi 2 triwulan\)$/);
    expect(s1[2].reason).toBe("Tidak masuk daftar pendek: hukuman disiplin teguran lisan (SK 800/3/2025 tanggal 2 Mei 2025)");
    // S2: N1, clear again, tops the shortlist
    expect(period("2025-S2").map((a) => [a.nip, a.rank, a.selected])).toEqual([["L1", 2, true], ["M1", 3, false], ["N1", 1, true]]);
    // the year: everyone shortlisted once; N1's May sanction falls in the year
    const year = period("2025");
    expect(year.map((a) => [a.nip, a.rank, a.eligible, a.winner])).toEqual([["L1", 1, true, true], ["M1", 2, true, false], ["N1", null, false, false]]);
    expect(year[0].reason).toMatch(/^ASN teladan tahun 2025: peringkat 1 dari daftar pendek semester/);
    expect(year[2].reason).toBe("Tidak memenuhi syarat: hukuman disiplin teguran lisan (SK 800/3/2025 tanggal 2 Mei 2025)");
  });
});

describe("quiet performers: high output and good behaviour, never selected", () => {
  it("lists who was never nominated, not those nominated or with a discipline rung that year", async () => {
    const { quiet } = await awards([
      { nip: "P1", opd: "1", predikat: "sangat_baik", productivity: 80, score360: 4.2 },
      // works unseen: the superior rates butuh_perbaikan, peers and output say otherwise
      { nip: "Q1", opd: "1", predikat: "butuh_perbaikan", productivity: 98, score360: 4.5 },
      { nip: "Q2", opd: "1", predikat: "butuh_perbaikan", productivity: 98, score360: 4.5, level: "ringan" },
      { nip: "Q3", opd: "1", predikat: "butuh_perbaikan", productivity: 85, score360: 4.5 },
      { nip: "Q4", opd: "1", predikat: "butuh_perbaikan", productivity: 98, score360: 3.9 },
    ], { awards: { nominees_per_opd: 1 } });
    expect(quiet).toEqual([{
      year: 2025, nip: "Q1", productivity_pct: 98, behaviour_score: 4.5, annual_predikat: null, best_opd_rank: 2,
      reason: "Produktivitas 98% dari menit kerja yang diharapkan dan nilai 360 4,5, tetapi tidak pernah dinominasikan ASN teladan tahun 2025 (peringkat terbaik di OPD: 2)",
    }]);
  });
});

describe("awards: who the pages list, defined once in marts.awards", () => {
  it("the report lists a quarter's winner and its best awards.report_nominees by kabupaten rank; the awards page its selected nominees", async () => {
    const people = [
      { nip: "R1", opd: "1", predikat: "sangat_baik" as const, score360: 5 },
      { nip: "R2", opd: "2", predikat: "sangat_baik" as const, score360: 4 },
      { nip: "R3", opd: "3", predikat: "baik" as const, score360: 4 },
      { nip: "R4", opd: "4", predikat: "baik" as const, score360: 3 },
    ];
    const listed = async (config: unknown) =>
      (await awards(people, config)).period("2025-TW1")
        .filter((a) => a.scope === "kabupaten" || a.scope === "opd")
        .map((a) => [a.nip, a.kabupaten_rank, a.on_page, a.in_report]);
    expect(await listed({ awards: { nominees_per_opd: 1, report_nominees: 2 } })).toEqual([
      ["R1", 1, true, true], ["R2", 2, true, true], ["R3", 3, true, false], ["R4", 4, true, false],
    ]);
    expect((await listed({ awards: { nominees_per_opd: 1, report_nominees: 3 } })).map((r) => r[3])).toEqual([true, true, true, false]);
  });
});
