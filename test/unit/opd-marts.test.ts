// The OPD marts with literal rows: the unit and OPD dimensions, and every OPD figure with its group
// size, its better direction, its rank among the OPDs (ties share one) and the kabupaten's value.
import type { DuckDBConnection } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { dataMonths, table } from "./helpers/tables.ts";

describe("marts.units and marts.opds", () => {
  it("one row per unit with its OPD; a unit employees name but unit*.csv lacks is its own OPD", async () => {
    const conn = await modelDb();
    await table(conn, "intermediate.int_units", { unit_code: "varchar", unit_name: "varchar", parent_code: "varchar", opd_code: "varchar", opd_name: "varchar", lat: "double", lon: "double", radius_m: "double" }, [
      ["1.01", "Dinas Pendidikan", null, "1.01", "Dinas Pendidikan", null, null, null],
      ["1.01.1", "Bidang SD", "1.01", "1.01", "Dinas Pendidikan", null, null, null],
      ["1.02", "Dinas Kesehatan", null, "1.02", "Dinas Kesehatan", null, null, null],
    ]);
    await table(conn, "intermediate.int_employees", { nip: "varchar", unit_code: "varchar", active: "boolean" }, [
      ["A", "1.01.1", true], ["B", "1.01.1", false], ["C", "9.99", true],
    ]);
    await runOnly(conn, "units", "opds");
    expect(await rows(conn, "select unit_code, opd_code, opd_name, employees, active_employees from marts.units order by unit_code")).toEqual([
      { unit_code: "1.01", opd_code: "1.01", opd_name: "Dinas Pendidikan", employees: 0, active_employees: 0 },
      { unit_code: "1.01.1", opd_code: "1.01", opd_name: "Dinas Pendidikan", employees: 2, active_employees: 1 },
      { unit_code: "1.02", opd_code: "1.02", opd_name: "Dinas Kesehatan", employees: 0, active_employees: 0 },
      { unit_code: "9.99", opd_code: "9.99", opd_name: "9.99", employees: 1, active_employees: 1 },
    ]);
    expect(await rows(conn, "select * from marts.opds order by opd_code")).toEqual([
      { opd_code: "1.01", opd_name: "Dinas Pendidikan", units: 2, staffed_units: 1, employees: 2, active_employees: 1 },
      { opd_code: "1.02", opd_name: "Dinas Kesehatan", units: 1, staffed_units: 0, employees: 0, active_employees: 0 },
      { opd_code: "9.99", opd_name: "9.99", units: 1, staffed_units: 1, employees: 1, active_employees: 1 },
    ]);
  });
});

const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-01`);

/**
 * The year 2025 (and its first quarter) as report periods, its months final unless named in `open`,
 * and every other mart opd_figures reads, empty. `config`: the settings (defaults otherwise).
 */
async function opdDb(open: Parameters<typeof dataMonths>[2] = {}, config: unknown = {}): Promise<DuckDBConnection> {
  const conn = await modelDb(config);
  await table(conn, "marts.report_periods", { period: "varchar", award_level: "varchar", year: "integer" }, [["2025", "tahunan", 2025], ["2025-TW1", "triwulan", 2025]]);
  await table(conn, "marts.report_period_windows", { period: "varchar", which: "varchar", start_date: "date", end_date: "date", skp_end: "date", skp_period_kind: "varchar" }, [
    ["2025", "current", "2025-01-01", "2025-12-31", "2025-12-31", "tahunan"],
    ["2025-TW1", "current", "2025-01-01", "2025-03-31", "2025-03-31", "triwulan"],
  ]);
  const empty: [string, Record<string, string>][] = [
    ["marts.discipline_rungs_monthly", { opd_code: "varchar", month: "date", level: "varchar", employees: "integer" }],
    ["marts.tpp_deductions", { nip: "varchar", opd_code: "varchar", month: "date", total_pct: "double", discipline_pct: "double", performance_pct: "double" }],
    ["marts.productivity_monthly", { nip: "varchar", opd_code: "varchar", month: "date", counted_minutes: "integer", expected_minutes: "integer", present_no_activity_days: "integer", present_days: "integer" }],
    ["marts.performance", { nip: "varchar", period_kind: "varchar", period_start: "date", period_end: "date", is_good: "boolean" }],
    ["marts.ikp_results", { nip: "varchar", month: "date", status: "varchar", overdue: "boolean", is_due: "boolean", is_kept: "boolean" }],
    ["marts.awards", { period: "varchar", opd_code: "varchar", eligible: "boolean", selected: "boolean", winner: "boolean" }],
    ["marts.talent_nine_box", { nip: "varchar", opd_code: "varchar", year: "integer", box: "integer", in_talent_pool: "boolean" }],
    ["marts.merit_unit_summary", { opd_code: "varchar", year: "integer", scored: "integer", median_score: "double", p25_score: "double", p75_score: "double", mean_performance: "double", mean_discipline: "double", mean_competency: "double", mean_development: "double", mean_ikp: "double" }],
    ["marts.merit_scores", { nip: "varchar", year: "integer", score: "double", performance: "double", discipline: "double", competency: "double", development: "double", ikp: "double" }],
    ["marts.talent_succession", { opd_code: "varchar", year: "integer", scope: "varchar", position_key: "varchar", nip: "varchar", readiness: "varchar" }],
  ];
  for (const [name, columns] of empty) await table(conn, name, columns, []);
  await dataMonths(conn, MONTHS_2025, open);
  await runOnly(conn, "data_final_months", "report_period_left_out");
  return conn;
}

const unitColumns = { opd_code: "varchar", month: "date", headcount: "integer", employee_days: "integer", present_days: "integer", tk_days: "integer", late_minutes: "integer", early_minutes: "integer" };

describe("marts.opd_figures", () => {
  it("ranks each figure its better way among the OPDs, ties sharing a rank, with the group size and the kabupaten value", async () => {
    const conn = await opdDb();
    await table(conn, "marts.unit_summary", unitColumns, [
      // attendance 0,95 / 0,95 / 0,90; TK per 100 days 1 / 2 / 5: lower is better
      ["A", "2025-01-01", 10, 200, 190, 2, 100, 0],
      ["B", "2025-01-01", 20, 400, 380, 4, 0, 0], // 1 TK per 100 days, as A: they share rank 1
      ["C", "2025-01-01", 3, 60, 54, 3, 30, 30],
      // in C's second month fewer people: the group size is the most it had in a month
      ["C", "2025-02-01", 2, 40, 36, 2, 0, 0],
    ]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, []);
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", employee_type: "varchar", level: "varchar" }, []);
    await runOnly(conn, "opd_figures");
    const figures = await rows(conn, `select opd_code, figure, round(value, 4) as value, n, better, rank, ranked_of, ties,
        round(kabupaten_value, 4) as kabupaten_value, kabupaten_n
      from marts.opd_figures where period = '2025' and figure in ('attendance_rate', 'tk_per_100', 'tk_days') order by figure, opd_code`);
    expect(figures).toEqual([
      // attendance is shown, not ranked: approved leave lowers it without any fault
      { opd_code: "A", figure: "attendance_rate", value: 0.95, n: 10, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 0.9429, kabupaten_n: 33 },
      { opd_code: "B", figure: "attendance_rate", value: 0.95, n: 20, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 0.9429, kabupaten_n: 33 },
      { opd_code: "C", figure: "attendance_rate", value: 0.9, n: 3, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 0.9429, kabupaten_n: 33 },
      // a count is shown, not ranked
      { opd_code: "A", figure: "tk_days", value: 2, n: 10, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 11, kabupaten_n: 33 },
      { opd_code: "B", figure: "tk_days", value: 4, n: 20, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 11, kabupaten_n: 33 },
      { opd_code: "C", figure: "tk_days", value: 5, n: 3, better: null, rank: null, ranked_of: null, ties: null, kabupaten_value: 11, kabupaten_n: 33 },
      { opd_code: "A", figure: "tk_per_100", value: 1, n: 10, better: "lower", rank: 1, ranked_of: 3, ties: 1, kabupaten_value: 1.5714, kabupaten_n: 33 },
      { opd_code: "B", figure: "tk_per_100", value: 1, n: 20, better: "lower", rank: 1, ranked_of: 3, ties: 1, kabupaten_value: 1.5714, kabupaten_n: 33 },
      { opd_code: "C", figure: "tk_per_100", value: 5, n: 3, better: "lower", rank: 3, ranked_of: 3, ties: 0, kabupaten_value: 1.5714, kabupaten_n: 33 },
    ]);
  });

  it("the year's figures only in the year: PP 94/2021 recommendations of PNS per 100, with the part that has one", async () => {
    const conn = await opdDb();
    await table(conn, "marts.unit_summary", unitColumns, [["A", "2025-01-01", 3, 60, 60, 0, 0, 0]]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, [["P1", "A"], ["P2", "A"], ["P3", "A"], ["K1", "A"]]);
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", employee_type: "varchar", level: "varchar" }, [
      ["P1", 2025, "PNS", "ringan"], ["P2", 2025, "PNS", "none"], ["P3", 2025, "PNS", "none"],
      ["K1", 2025, "PPPK", "none"], // PPPK: PP 94/2021 does not apply
    ]);
    await runOnly(conn, "opd_figures");
    expect(await rows(conn, `select period, round(value, 4) as value, n, part_n, better, rank from marts.opd_figures
      where figure = 'recommended_per_100' order by period`)).toEqual([
      { period: "2025", value: 33.3333, n: 3, part_n: 1, better: "lower", rank: 1 },
    ]);
  });

  it("against the kabupaten: setara within the figure's tolerance; a month not final left out of its source's figures and named", async () => {
    // December's e-Kinerja is not final: productivity reads January to November only
    // one person per OPD: judged here as if that were enough (completeness.min_compared_n 1)
    const conn = await opdDb({ "2025-12-01": ["e_kinerja"] }, { completeness: { min_compared_n: 1 } });
    await conn.run("drop table marts.productivity_monthly");
    await table(conn, "marts.unit_summary", unitColumns, [["A", "2025-01-01", 1, 20, 20, 0, 0, 0], ["B", "2025-01-01", 1, 20, 20, 0, 0, 0], ["C", "2025-01-01", 1, 20, 20, 0, 0, 0]]);
    await table(conn, "marts.productivity_monthly", { nip: "varchar", opd_code: "varchar", month: "date", counted_minutes: "integer", expected_minutes: "integer", present_no_activity_days: "integer", present_days: "integer" }, [
      ["a", "A", "2025-11-01", 800, 1000, 0, 20], // 80%
      ["b", "B", "2025-11-01", 795, 1000, 0, 20], // 79,5%: 1,33 points above the kabupaten's 78,17%, beyond the 1 point tolerance
      ["c", "C", "2025-11-01", 750, 1000, 0, 20], // 75%
      ["a", "A", "2025-12-01", 100, 1000, 0, 20], // December, approvals open: left out
    ]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, []);
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", employee_type: "varchar", level: "varchar" }, []);
    await runOnly(conn, "opd_figures");
    expect(await rows(conn, `select opd_code, round(value, 2) as value, rank, round(kabupaten_value, 2) as kabupaten_value, verdict, months_left_out
      from marts.opd_figures where period = '2025' and figure = 'productivity_pct' order by opd_code`)).toEqual([
      { opd_code: "A", value: 80, rank: 1, kabupaten_value: 78.17, verdict: "lebih_baik", months_left_out: "2025-12-01" },
      { opd_code: "B", value: 79.5, rank: 2, kabupaten_value: 78.17, verdict: "lebih_baik", months_left_out: "2025-12-01" },
      { opd_code: "C", value: 75, rank: 3, kabupaten_value: 78.17, verdict: "lebih_buruk", months_left_out: "2025-12-01" },
    ]);
    // attendance is final in December: nothing left out, and equal rates are setara
    expect(await rows(conn, `select distinct verdict, months_left_out from marts.opd_figures where period = '2025' and figure = 'tk_per_100'`)).toEqual([
      { verdict: "setara", months_left_out: null },
    ]);
  });

  it("an OPD whose one absent person is on approved leave is not ranked worse for it: TK ranks, attendance is shown", async () => {
    const conn = await opdDb({}, { completeness: { min_compared_n: 10 } });
    await table(conn, "marts.unit_summary", unitColumns, [
      // L: ten people, one on cuti all month (20 of 200 days excused), no TK: the lowest attendance ...
      ["L", "2025-01-01", 10, 200, 180, 0, 0, 0],
      // ... M: everyone present but 2 TK days
      ["M", "2025-01-01", 10, 200, 198, 2, 0, 0],
    ]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, []);
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", employee_type: "varchar", level: "varchar" }, []);
    await runOnly(conn, "opd_figures");
    expect(await rows(conn, `select opd_code, figure, rank, verdict from marts.opd_figures
      where period = '2025' and figure in ('attendance_rate', 'tk_per_100') order by figure, opd_code`)).toEqual([
      { opd_code: "L", figure: "attendance_rate", rank: null, verdict: null },
      { opd_code: "M", figure: "attendance_rate", rank: null, verdict: null },
      { opd_code: "L", figure: "tk_per_100", rank: 1, verdict: "lebih_baik" },
      { opd_code: "M", figure: "tk_per_100", rank: 2, verdict: "lebih_buruk" },
    ]);
  });

  it("a figure about fewer people than completeness.min_compared_n is flagged and gets no verdict; at the minimum it is judged", async () => {
    const conn = await opdDb({}, { completeness: { min_compared_n: 10 } });
    await table(conn, "marts.unit_summary", unitColumns, [
      ["S", "2025-01-01", 9, 180, 170, 10, 0, 0], // nine people: 5,56 TK per 100, far above the kabupaten, but a small group
      ["T", "2025-01-01", 10, 200, 197, 3, 0, 0], // ten people: the minimum, judged (1,5 against 1,1 per 100)
      ["U", "2025-01-01", 40, 800, 800, 0, 0, 0],
    ]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, []);
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", employee_type: "varchar", level: "varchar" }, []);
    await runOnly(conn, "opd_figures");
    expect(await rows(conn, `select opd_code, n, rank, small_group, verdict from marts.opd_figures
      where period = '2025' and figure = 'tk_per_100' order by opd_code`)).toEqual([
      { opd_code: "S", n: 9, rank: 3, small_group: true, verdict: null },
      { opd_code: "T", n: 10, rank: 2, small_group: false, verdict: "lebih_buruk" },
      { opd_code: "U", n: 40, rank: 1, small_group: false, verdict: "lebih_baik" },
    ]);
  });
});
