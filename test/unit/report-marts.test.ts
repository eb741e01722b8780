// The periodic report's marts with literal rows: which periods exist and their windows (also across
// a year end), the headline figures beside the previous period's, and the PP 94/2021 rungs reached
// inside a period against those reached before it.
import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { dataMonths, table } from "./helpers/tables.ts";

/** An attendance calendar from `start` to `end` and a day of attendance in each of its years. */
async function calendar(start: string, end: string) {
  const conn = await modelDb();
  await conn.run(`create table intermediate.int_period as select date '${start}' as start_date, date '${end}' as end_date`);
  await conn.run(`create table intermediate.int_daily_attendance as select * from (values (date '${start}'), (date '${end}')) t(date)`);
  await table(conn, "marts.productivity_months", { month: "date", approvals_open: "boolean" }, [["2025-12-01", true]]);
  return conn;
}

describe("marts.report_periods and report_period_windows", () => {
  it("lists the periods that have begun, each with its data end and the period before it", async () => {
    const conn = await calendar("2025-01-02", "2025-08-15");
    await runOnly(conn, "int_award_periods", "report_periods");
    expect(await rows(conn, `select period, award_level, strftime(data_end, '%Y-%m-%d') as data_end, previous,
        strftime(previous_start, '%Y-%m-%d') as previous_start, strftime(previous_end, '%Y-%m-%d') as previous_end, skp_period_kind
      from marts.report_periods order by sort_order`)).toEqual([
      { period: "2025", award_level: "tahunan", data_end: "2025-08-15", previous: "2024", previous_start: "2024-01-01", previous_end: "2024-12-31", skp_period_kind: "tahunan" },
      { period: "2025-S1", award_level: "semester", data_end: "2025-06-30", previous: "2024-S2", previous_start: "2024-07-01", previous_end: "2024-12-31", skp_period_kind: "triwulan" },
      { period: "2025-S2", award_level: "semester", data_end: "2025-08-15", previous: "2025-S1", previous_start: "2025-01-01", previous_end: "2025-06-30", skp_period_kind: "triwulan" },
      { period: "2025-TW1", award_level: "triwulan", data_end: "2025-03-31", previous: "2024-TW4", previous_start: "2024-10-01", previous_end: "2024-12-31", skp_period_kind: "triwulan" },
      { period: "2025-TW2", award_level: "triwulan", data_end: "2025-06-30", previous: "2025-TW1", previous_start: "2025-01-01", previous_end: "2025-03-31", skp_period_kind: "triwulan" },
      // TW3 has begun (data to 15 August); TW4 has not, so it has no report
      { period: "2025-TW3", award_level: "triwulan", data_end: "2025-08-15", previous: "2025-TW2", previous_start: "2025-04-01", previous_end: "2025-06-30", skp_period_kind: "triwulan" },
    ]);
  });

  it("across a year end: 2026-TW1 follows 2025-TW4, 2026-S1 follows 2025-S2; open approvals mark a window", async () => {
    const conn = await calendar("2025-07-01", "2026-02-27");
    await runOnly(conn, "int_award_periods", "report_periods", "report_period_windows");
    expect(await rows(conn, `select period, previous from marts.report_periods where year = 2026 order by sort_order`)).toEqual([
      { period: "2026", previous: "2025" },
      { period: "2026-S1", previous: "2025-S2" },
      { period: "2026-TW1", previous: "2025-TW4" },
    ]);
    expect(await rows(conn, `select which, strftime(start_date, '%Y-%m-%d') as start_date, strftime(end_date, '%Y-%m-%d') as end_date,
        strftime(skp_end, '%Y-%m-%d') as skp_end, approvals_open
      from marts.report_period_windows where period = '2026-TW1' order by which`)).toEqual([
      { which: "current", start_date: "2026-01-01", end_date: "2026-02-27", skp_end: "2026-03-31", approvals_open: false },
      // December 2025's approvals are still open: the previous quarter's productivity is provisional
      { which: "previous", start_date: "2025-10-01", end_date: "2025-12-31", skp_end: "2025-12-31", approvals_open: true },
    ]);
  });
});

/** The windows of 2025-TW2 (April-June) against 2025-TW1. */
async function tw2() {
  const conn = await modelDb();
  await table(conn, "marts.report_period_windows", { period: "varchar", which: "varchar", start_date: "date", end_date: "date", skp_end: "date", skp_period_kind: "varchar", approvals_open: "boolean" }, [
    ["2025-TW2", "current", "2025-04-01", "2025-06-30", "2025-06-30", "triwulan", false],
    ["2025-TW2", "previous", "2025-01-01", "2025-03-31", "2025-03-31", "triwulan", false],
  ]);
  return conn;
}

/** Every month January-June 2025, final unless named in `open`; the months each source may read. */
async function months(conn: Awaited<ReturnType<typeof modelDb>>, open: Parameters<typeof dataMonths>[2] = {}) {
  await dataMonths(conn, ["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"], open);
  await runOnly(conn, "data_final_months", "report_period_left_out");
}

describe("marts.report_period_rungs", () => {
  it("counts a rung reached inside the period, not one reached before it; a heavier rung counts for the lighter ones", async () => {
    const conn = await tw2();
    // the days on which each person's level changed (int_discipline_rungs has every working day)
    await table(conn, "intermediate.int_discipline_rungs", { nip: "varchar", date: "date", year: "integer", employee_type: "varchar", level: "varchar" }, [
      ["A", "2025-02-10", 2025, "PNS", "ringan"], // ringan before the quarter ...
      ["A", "2025-05-05", 2025, "PNS", "sedang"], // ... sedang inside it
      ["B", "2025-04-01", 2025, "PNS", "ringan"], // the quarter's first day
      ["C", "2025-03-31", 2025, "PNS", "ringan"], // the last day before it
      ["D", "2025-06-02", 2025, "PNS", "berat"], // straight to berat (10 days in a row), then left in June
      ["E", "2025-05-02", 2025, "PPPK", "none"], // PPPK: the open PP 49/2018 row, no rung
    ]);
    await table(conn, "marts.discipline_rungs_monthly", { opd_code: "varchar", month: "date", employee_type: "varchar", level: "varchar", employees: "integer" }, [
      ["1.01", "2025-03-01", "PNS", "ringan", 2],
      ["1.01", "2025-06-01", "PNS", "ringan", 2],
      ["1.01", "2025-06-01", "PNS", "sedang", 1],
      ["1.02", "2025-06-01", "PNS", "berat", 1],
      ["1.02", "2025-06-01", "PPPK", "none", 1],
    ]);
    await runOnly(conn, "report_period_rungs");
    expect(await rows(conn, `select employee_type, level, at_end, at_least_end, reached, previous_at_end, previous_at_least_end, previous_reached
      from marts.report_period_rungs order by employee_type, level_rank`)).toEqual([
      // reached ringan or heavier in TW2: B (1 April) and D (berat); A and C were already there
      { employee_type: "PNS", level: "ringan", at_end: 2, at_least_end: 4, reached: 2, previous_at_end: 2, previous_at_least_end: 2, previous_reached: 2 },
      { employee_type: "PNS", level: "sedang", at_end: 1, at_least_end: 2, reached: 2, previous_at_end: 0, previous_at_least_end: 0, previous_reached: 0 },
      { employee_type: "PNS", level: "berat", at_end: 1, at_least_end: 1, reached: 1, previous_at_end: 0, previous_at_least_end: 0, previous_reached: 0 },
    ]);
  });
});

describe("marts.report_period_summary", () => {
  it("IKP kept of those due and the good-predikat share, beside the previous period, with the people each is about", async () => {
    const conn = await tw2();
    await table(conn, "marts.unit_summary", { opd_code: "varchar", month: "date", headcount: "integer", employee_days: "integer", present_days: "integer", tk_days: "integer", late_days: "integer", late_minutes: "integer", early_minutes: "integer" }, [
      ["1.01", "2025-03-01", 10, 200, 190, 2, 5, 60, 10],
      ["1.01", "2025-04-01", 10, 200, 180, 4, 10, 100, 0],
      ["1.01", "2025-06-01", 12, 240, 228, 0, 12, 120, 30],
    ]);
    await table(conn, "marts.tpp_deductions", { nip: "varchar", month: "date", total_pct: "double", discipline_pct: "double", performance_pct: "double", events: "integer" }, []);
    await table(conn, "marts.productivity_monthly", { nip: "varchar", month: "date", counted_minutes: "integer", expected_minutes: "integer" }, []);
    await table(conn, "marts.performance", { nip: "varchar", period_kind: "varchar", period_start: "date", period_end: "date", is_good: "boolean" }, [
      ["A", "triwulan", "2025-04-01", "2025-06-30", true],
      ["B", "triwulan", "2025-04-01", "2025-06-30", false],
      ["A", "triwulan", "2025-01-01", "2025-03-31", true],
    ]);
    await table(conn, "marts.ikp_results", { nip: "varchar", month: "date", is_due: "boolean", is_kept: "boolean" }, [
      ["A", "2025-05-01", true, true],
      ["A", "2025-06-01", true, false],
      ["B", "2025-06-01", false, false], // open, deadline not reached: neither kept nor missed
    ]);
    await table(conn, "marts.discipline_rungs_monthly", { month: "date", employee_type: "varchar", level: "varchar", employees: "integer", employees_with_days: "integer", days_total: "integer" }, [
      ["2025-06-01", "PPPK", "none", 3, 1, 2],
    ]);
    await months(conn);
    await runOnly(conn, "report_period_summary");
    const figures = await rows(conn, `select figure, round(value, 4) as value, n, round(previous_value, 4) as previous_value, previous_n
      from marts.report_period_summary where figure in ('headcount', 'months', 'attendance_rate', 'tk_per_100', 'skp_good_pct', 'ikp_due', 'ikp_on_time_pct', 'pppk_employees', 'pppk_days_total') order by figure`);
    expect(figures).toEqual([
      { figure: "attendance_rate", value: 0.9273, n: 12, previous_value: 0.95, previous_n: 10 },
      // people at the period's last month (June), not the most in any month
      { figure: "headcount", value: 12, n: 12, previous_value: 10, previous_n: 10 },
      { figure: "ikp_due", value: 2, n: null, previous_value: null, previous_n: null },
      { figure: "ikp_on_time_pct", value: 50, n: 1, previous_value: null, previous_n: null },
      { figure: "months", value: 2, n: null, previous_value: 1, previous_n: null },
      { figure: "pppk_days_total", value: 2, n: 1, previous_value: 0, previous_n: 0 },
      { figure: "pppk_employees", value: 3, n: 3, previous_value: 0, previous_n: 0 },
      { figure: "skp_good_pct", value: 50, n: 2, previous_value: 100, previous_n: 1 },
      { figure: "tk_per_100", value: 0.9091, n: 12, previous_value: 1, previous_n: 10 },
    ]);
  });

  it("a month whose data is not final is left out of its source's figures and named; within the tolerance the change is setara", async () => {
    const conn = await tw2();
    // June's e-Kinerja approvals and IKP reports are still open; its attendance is final
    await months(conn, { "2025-06-01": ["e_kinerja", "ikp"] });
    await table(conn, "marts.unit_summary", { opd_code: "varchar", month: "date", headcount: "integer", employee_days: "integer", present_days: "integer", tk_days: "integer", late_days: "integer", late_minutes: "integer", early_minutes: "integer" }, [
      ["1.01", "2025-03-01", 10, 200, 190, 2, 5, 60, 10],
      ["1.01", "2025-04-01", 10, 200, 190, 2, 5, 60, 10],
      ["1.01", "2025-06-01", 10, 200, 189, 2, 5, 60, 10],
    ]);
    await table(conn, "marts.tpp_deductions", { nip: "varchar", month: "date", total_pct: "double", discipline_pct: "double", performance_pct: "double", events: "integer" }, [
      ["A", "2025-03-01", 2, 1, 1, 1],
      ["A", "2025-04-01", 2, 1, 1, 1],
      ["A", "2025-06-01", 9, 1, 8, 1], // the kinerja part of a month still being approved
    ]);
    await table(conn, "marts.productivity_monthly", { nip: "varchar", month: "date", counted_minutes: "integer", expected_minutes: "integer" }, [
      ["A", "2025-03-01", 80, 100],
      ["A", "2025-04-01", 79, 100],
      ["A", "2025-06-01", 40, 100], // half of June not approved yet: not a collapse
    ]);
    await table(conn, "marts.performance", { nip: "varchar", period_kind: "varchar", period_start: "date", period_end: "date", is_good: "boolean" }, []);
    await table(conn, "marts.ikp_results", { nip: "varchar", month: "date", is_due: "boolean", is_kept: "boolean" }, [
      ["A", "2025-03-01", true, true],
      ["A", "2025-05-01", true, false],
      ["A", "2025-06-01", true, false], // not reported done yet
    ]);
    await table(conn, "marts.discipline_rungs_monthly", { month: "date", employee_type: "varchar", level: "varchar", employees: "integer", employees_with_days: "integer", days_total: "integer" }, []);
    await runOnly(conn, "report_period_summary");
    expect(await rows(conn, `select figure, round(value, 4) as value, round(previous_value, 4) as previous_value, better, verdict, months_left_out
      from marts.report_period_summary where figure in ('attendance_rate', 'productivity_pct', 'tpp_mean_total_pct', 'ikp_on_time_pct', 'headcount', 'tk_per_100') order by figure`)).toEqual([
      // attendance reads June (final); it is shown, not judged: approved leave lowers it without any fault
      { figure: "attendance_rate", value: 0.9475, previous_value: 0.95, better: null, verdict: null, months_left_out: null },
      // no better direction: no verdict
      { figure: "headcount", value: 10, previous_value: 10, better: null, verdict: null, months_left_out: null },
      { figure: "ikp_on_time_pct", value: 0, previous_value: 100, better: "higher", verdict: "lebih_buruk", months_left_out: "2025-06-01" },
      // April only (79%) against March (80%): within the 1 point tolerance
      { figure: "productivity_pct", value: 79, previous_value: 80, better: "higher", verdict: "setara", months_left_out: "2025-06-01" },
      // 1 TK per 100 days in both (June read: its attendance is final)
      { figure: "tk_per_100", value: 1, previous_value: 1, better: "lower", verdict: "setara", months_left_out: null },
      { figure: "tpp_mean_total_pct", value: 2, previous_value: 2, better: "lower", verdict: "setara", months_left_out: "2025-06-01" },
    ]);
  });
});
