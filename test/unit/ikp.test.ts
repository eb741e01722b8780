import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

/** [id, issued_on, deadline, completed_on]; the data (attendance) runs until `asOf`. */
async function ikp(instructions: [string, string, string, string | null][], config: unknown = {}, asOf = "2025-03-31") {
  const conn = await modelDb(config);
  await table(conn, "staging.stg_instructions", { id: "varchar", nip: "varchar", title: "varchar", issued_on: "date", deadline: "date", completed_on: "date" },
    instructions.map(([id, issued, deadline, done]) => [id, "A", "Menyiapkan bahan rapat", issued, deadline, done]));
  await table(conn, "intermediate.int_period", { start_date: "date", end_date: "date" }, [["2025-01-01", asOf]]);
  await runOnly(conn, "ikp_results", "ikp_monthly");
  return {
    results: await rows(conn, "select id, status, overdue, days_late, reward_points, tpp_deduction_pct, rule from marts.ikp_results order by id"),
    months: await rows(conn, "select strftime(month, '%Y-%m') as month, instructions, on_time, late, not_completed, overdue, reward_points, tpp_deduction_pct from marts.ikp_monthly order by month"),
  };
}

describe("IKP: done on time earns points, late or left open costs TPP (docs/aturan.md#ikp)", () => {
  it("on time (the deadline day included), late, open past the deadline, open before it", async () => {
    const { results } = await ikp([
      ["1", "2025-03-03", "2025-03-10", "2025-03-05"],
      ["2", "2025-03-03", "2025-03-10", "2025-03-10"],
      ["3", "2025-03-03", "2025-03-10", "2025-03-13"],
      ["4", "2025-03-03", "2025-03-10", null],
      ["5", "2025-03-24", "2025-03-31", null],
    ]);
    expect(results).toEqual([
      { id: "1", status: "tepat_waktu", overdue: false, days_late: null, reward_points: 10, tpp_deduction_pct: 0, rule: "Selesai tepat waktu: 10 poin" },
      { id: "2", status: "tepat_waktu", overdue: false, days_late: null, reward_points: 10, tpp_deduction_pct: 0, rule: "Selesai tepat waktu: 10 poin" },
      { id: "3", status: "terlambat", overdue: false, days_late: 3, reward_points: 0, tpp_deduction_pct: 1, rule: "Selesai terlambat 3 hari: potongan 1% bagian kinerja TPP" },
      { id: "4", status: "belum_selesai", overdue: true, days_late: null, reward_points: 0, tpp_deduction_pct: 2, rule: "Belum selesai melewati tenggat: potongan 2% bagian kinerja TPP" },
      // the deadline is the last day in the data: not late yet
      { id: "5", status: "belum_selesai", overdue: false, days_late: null, reward_points: 0, tpp_deduction_pct: 0, rule: "Belum selesai, tenggat belum lewat per 2025-03-31" },
    ]);
  });

  it("takes the instansi's amounts, and sums them per month of the deadline", async () => {
    const config = { ikp: { reward_points_on_time: 5, late_pct: 0.5, not_completed_pct: 3 } };
    const { results, months } = await ikp([
      ["1", "2025-02-03", "2025-02-07", "2025-02-07"],
      ["2", "2025-02-20", "2025-02-28", "2025-03-03"],
      ["3", "2025-03-03", "2025-03-10", null],
    ], config);
    expect(results.map((r) => [r.id, r.reward_points, r.tpp_deduction_pct, r.rule])).toEqual([
      ["1", 5, 0, "Selesai tepat waktu: 5 poin"],
      ["2", 0, 0.5, "Selesai terlambat 3 hari: potongan 0,5% bagian kinerja TPP"],
      ["3", 0, 3, "Belum selesai melewati tenggat: potongan 3% bagian kinerja TPP"],
    ]);
    expect(months).toEqual([
      { month: "2025-02", instructions: 2, on_time: 1, late: 1, not_completed: 0, overdue: 0, reward_points: 5, tpp_deduction_pct: 0.5 },
      { month: "2025-03", instructions: 1, on_time: 0, late: 0, not_completed: 1, overdue: 1, reward_points: 0, tpp_deduction_pct: 3 },
    ]);
  });

  it("due, kept, missed: one definition, as of the data's last day (2025-03-31)", async () => {
    const conn = await modelDb();
    await table(conn, "staging.stg_instructions", { id: "varchar", nip: "varchar", title: "varchar", issued_on: "date", deadline: "date", completed_on: "date" }, [
      ["kept-early", "A", "x", "2025-03-03", "2025-03-10", "2025-03-05"],
      ["kept-on-deadline-day", "A", "x", "2025-03-03", "2025-03-10", "2025-03-10"],
      ["late-by-a-day", "A", "x", "2025-03-03", "2025-03-10", "2025-03-11"],
      ["open-past-deadline", "A", "x", "2025-03-03", "2025-03-30", null],
      ["open-deadline-on-as-of", "A", "x", "2025-03-24", "2025-03-31", null],
      ["open-not-yet-due", "A", "x", "2025-03-24", "2025-04-04", null],
      ["kept-before-deadline-after-as-of", "A", "x", "2025-03-24", "2025-04-04", "2025-03-28"],
    ]);
    await table(conn, "intermediate.int_period", { start_date: "date", end_date: "date" }, [["2025-01-01", "2025-03-31"]]);
    await runOnly(conn, "ikp_results", "ikp_monthly");
    const outcome = await rows(conn, "select id, strftime(as_of, '%Y-%m-%d') as as_of, is_due, is_kept, is_missed from marts.ikp_results order by id");
    expect(Object.fromEntries(outcome.map(({ id, ...r }) => [id, r]))).toEqual({
      "kept-early": { as_of: "2025-03-31", is_due: true, is_kept: true, is_missed: false },
      "kept-on-deadline-day": { as_of: "2025-03-31", is_due: true, is_kept: true, is_missed: false },
      "late-by-a-day": { as_of: "2025-03-31", is_due: true, is_kept: false, is_missed: true },
      "open-past-deadline": { as_of: "2025-03-31", is_due: true, is_kept: false, is_missed: true },
      // the deadline is the data's last day: the assignee still has that day
      "open-deadline-on-as-of": { as_of: "2025-03-31", is_due: false, is_kept: false, is_missed: false },
      "open-not-yet-due": { as_of: "2025-03-31", is_due: false, is_kept: false, is_missed: false },
      "kept-before-deadline-after-as-of": { as_of: "2025-03-31", is_due: true, is_kept: true, is_missed: false },
    });
    expect(await rows(conn, "select strftime(month, '%Y-%m') as month, instructions, due, kept, missed from marts.ikp_monthly order by month")).toEqual([
      { month: "2025-03", instructions: 5, due: 4, kept: 2, missed: 2 },
      { month: "2025-04", instructions: 2, due: 1, kept: 1, missed: 0 },
    ]);
  });

  it("without attendance data (no as-of day) every open instruction is due and missed", async () => {
    const conn = await modelDb();
    await table(conn, "staging.stg_instructions", { id: "varchar", nip: "varchar", title: "varchar", issued_on: "date", deadline: "date", completed_on: "date" },
      [["1", "A", "x", "2025-03-03", "2025-03-10", null]]);
    await table(conn, "intermediate.int_period", { start_date: "date", end_date: "date" }, [[null, null]]);
    await runOnly(conn, "ikp_results");
    expect(await rows(conn, "select as_of, is_due, is_kept, is_missed from marts.ikp_results")).toEqual([{ as_of: null, is_due: true, is_kept: false, is_missed: true }]);
  });
});
