// The aggregate marts that the pages' KPI cards read in both builds (issue 12): given these rows
// of the marts below them, expect these rows. The kabupaten is its own row (opd_code null) where a
// figure is not a sum of OPD figures (a median, a mean, people who moved between OPDs).
import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { dataMonths, table } from "./helpers/tables.ts";

describe("merit_year_summary: the whole kabupaten per year", () => {
  it("counts the scored, the partial (a component without data) and the unscored, and the quartiles of the scored", async () => {
    const conn = await modelDb();
    await table(conn, "marts.merit_scores", { nip: "varchar", year: "integer", score: "double", weight_available_pct: "double" }, [
      ["1", 2025, 60, 100],
      ["2", 2025, 70, 100],
      ["3", 2025, 80, 80], // no competency assessment: scored, weight re-spread
      ["4", 2025, 90, 100],
      ["5", 2025, null, 30], // below min_weight_pct: no score
      ["1", 2024, 50, 100],
    ]);
    await runOnly(conn, "merit_year_summary");
    expect(await rows(conn, `select year, employees, scored, partial, unscored, p25_score::double as p25, median_score::double as median,
        p75_score::double as p75 from marts.merit_year_summary order by year`)).toEqual([
      { year: 2024, employees: 1, scored: 1, partial: 0, unscored: 0, p25: 50, median: 50, p75: 50 },
      { year: 2025, employees: 5, scored: 4, partial: 1, unscored: 1, p25: 67.5, median: 75, p75: 82.5 },
    ]);
  });
});

describe("tpp_deduction_summary: per month and OPD, and the kabupaten", () => {
  it("means over every employee (also those not cut), the deducted and the lines; the kabupaten row is not a mean of OPD means", async () => {
    const conn = await modelDb();
    await table(conn, "marts.tpp_deductions",
      { nip: "varchar", opd_code: "varchar", month: "date", events: "integer", discipline_pct: "double", performance_pct: "double", total_pct: "double" }, [
        ["1", "A", "2025-05-01", 2, 3, 0, 1.2],
        ["2", "A", "2025-05-01", 0, 0, 10, 6],
        ["3", "B", "2025-05-01", 1, 1.5, 0, 0.6],
      ]);
    await runOnly(conn, "tpp_deduction_summary");
    expect(await rows(conn, `select opd_code, employees, employees_deducted, events, round(mean_discipline_pct, 4) as discipline,
        round(mean_performance_pct, 4) as performance, round(mean_total_pct, 4) as total, max_discipline_pct as max
      from marts.tpp_deduction_summary order by opd_code nulls last`)).toEqual([
      { opd_code: "A", employees: 2, employees_deducted: 1, events: 2, discipline: 1.5, performance: 5, total: 3.6, max: 3 },
      { opd_code: "B", employees: 1, employees_deducted: 1, events: 1, discipline: 1.5, performance: 0, total: 0.6, max: 1.5 },
      { opd_code: null, employees: 3, employees_deducted: 2, events: 3, discipline: 1.5, performance: 3.3333, total: 2.6, max: 3 },
    ]);
  });
});

describe("productivity_year_summary: per year and OPD, and the kabupaten", () => {
  it("rates minutes over the sums, idle days per 100 present days, and counts people per quadrant and on the coaching list", async () => {
    const conn = await modelDb();
    await table(conn, "marts.productivity_monthly",
      { nip: "varchar", opd_code: "varchar", month: "date", expected_minutes: "integer", counted_minutes: "integer", present_days: "integer", present_no_activity_days: "integer" }, [
        ["1", "A", "2025-01-01", 9000, 9000, 20, 0],
        ["1", "A", "2025-02-01", 9000, 4500, 20, 2],
        ["2", "B", "2025-01-01", 4500, 0, 10, 10],
        ["3", "B", "2025-01-01", 0, 0, 0, 0], // on leave all month: not on the map
      ]);
    await table(conn, "marts.page_productivity_quadrants", { nip: "varchar", year: "integer", opd_code: "varchar", quadrant: "varchar", needs_attention: "boolean" }, [
      ["1", 2025, "A", "teladan", false],
      ["2", 2025, "B", "perlu_pembinaan", true],
      ["3", 2025, "B", null, false],
    ]);
    await dataMonths(conn, ["2025-01-01", "2025-02-01"]);
    await runOnly(conn, "data_final_months", "productivity_year_summary");
    expect(await rows(conn, `select opd_code, employees, expected_minutes::integer as expected, counted_minutes::integer as counted, productivity_pct,
        present_days, present_no_activity_days as idle, no_activity_per_100 as idle_per_100, mapped, teladan, produktif_kurang_disiplin,
        rajin_kurang_hasil, perlu_pembinaan, attention
      from marts.productivity_year_summary where year = 2025 order by opd_code nulls last`)).toEqual([
      { opd_code: "A", employees: 1, expected: 18000, counted: 13500, productivity_pct: 75, present_days: 40, idle: 2, idle_per_100: 5,
        mapped: 1, teladan: 1, produktif_kurang_disiplin: 0, rajin_kurang_hasil: 0, perlu_pembinaan: 0, attention: 0 },
      { opd_code: "B", employees: 2, expected: 4500, counted: 0, productivity_pct: 0, present_days: 10, idle: 10, idle_per_100: 100,
        mapped: 1, teladan: 0, produktif_kurang_disiplin: 0, rajin_kurang_hasil: 0, perlu_pembinaan: 1, attention: 1 },
      { opd_code: null, employees: 3, expected: 22500, counted: 13500, productivity_pct: 60, present_days: 50, idle: 12, idle_per_100: 24,
        mapped: 2, teladan: 1, produktif_kurang_disiplin: 0, rajin_kurang_hasil: 0, perlu_pembinaan: 1, attention: 1 },
    ]);
  });

  it("reads only the months whose e-Kinerja is final, and names the others", async () => {
    const conn = await modelDb();
    await table(conn, "marts.productivity_monthly",
      { nip: "varchar", opd_code: "varchar", month: "date", expected_minutes: "integer", counted_minutes: "integer", present_days: "integer", present_no_activity_days: "integer" }, [
        ["1", "A", "2025-11-01", 9000, 9000, 20, 0],
        ["1", "A", "2025-12-01", 9000, 1000, 20, 0], // approvals still open: left out
      ]);
    await table(conn, "marts.page_productivity_quadrants", { nip: "varchar", year: "integer", opd_code: "varchar", quadrant: "varchar", needs_attention: "boolean" }, []);
    await dataMonths(conn, ["2025-11-01", "2025-12-01"], { "2025-12-01": ["e_kinerja"] });
    await runOnly(conn, "data_final_months", "productivity_year_summary");
    expect(await rows(conn, "select opd_code, productivity_pct, months_left_out from marts.productivity_year_summary order by opd_code nulls last")).toEqual([
      { opd_code: "A", productivity_pct: 100, months_left_out: "Desember 2025" },
      { opd_code: null, productivity_pct: 100, months_left_out: "Desember 2025" },
    ]);
  });
});

describe("talent_box_summary: per year, OPD, position class and box", () => {
  it("counts people, the talent pool and those left out of a succession box; the not yet placed (box null) by what they lack", async () => {
    const conn = await modelDb();
    const person = { nip: "varchar", year: "integer", opd_code: "varchar", position_type: "varchar", echelon: "varchar" };
    await table(conn, "marts.talent_nine_box", { ...person, box: "integer", in_talent_pool: "boolean" }, [
      ["1", 2025, "A", "pelaksana", null, 9, true],
      ["2", 2025, "A", "pelaksana", null, 9, false], // a discipline sanction: left out of the pool
      ["3", 2025, "A", "pelaksana", null, 5, false],
      ["4", 2025, "A", "pengawas", "IV.a", 8, true],
      ["1", 2024, "A", "pelaksana", null, 6, false],
    ]);
    await table(conn, "marts.talent_career", { ...person, box: "integer", assessed_on: "date" }, [
      ["1", 2025, "A", "pelaksana", null, 9, "2024-03-01"], // placed: counted from the nine-box
      ["5", 2025, "A", "pelaksana", null, null, null], // no valid assessment
      ["6", 2025, "A", "pelaksana", null, null, "2024-03-01"], // assessed, no SKP score
    ]);
    await runOnly(conn, "talent_box_summary");
    expect(await rows(conn, `select year, opd_code, position_type, echelon, box, employees, talent_pool, excluded, no_assessment, no_performance
      from marts.talent_box_summary order by year, opd_code, position_type, echelon nulls first, box nulls first`)).toEqual([
      { year: 2024, opd_code: "A", position_type: "pelaksana", echelon: null, box: 6, employees: 1, talent_pool: 0, excluded: 0, no_assessment: 0, no_performance: 0 },
      { year: 2025, opd_code: "A", position_type: "pelaksana", echelon: null, box: null, employees: 2, talent_pool: 0, excluded: 0, no_assessment: 1, no_performance: 1 },
      { year: 2025, opd_code: "A", position_type: "pelaksana", echelon: null, box: 5, employees: 1, talent_pool: 0, excluded: 0, no_assessment: 0, no_performance: 0 },
      { year: 2025, opd_code: "A", position_type: "pelaksana", echelon: null, box: 9, employees: 2, talent_pool: 1, excluded: 1, no_assessment: 0, no_performance: 0 },
      { year: 2025, opd_code: "A", position_type: "pengawas", echelon: "IV.a", box: 8, employees: 1, talent_pool: 1, excluded: 0, no_assessment: 0, no_performance: 0 },
    ]);
  });
});
