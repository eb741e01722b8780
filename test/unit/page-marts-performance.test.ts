// Page marts of the "Kinerja & Penghargaan" pages: given these rows, expect these rows.
import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";

/** One employee's months: [month, counted minutes, expected minutes, present-no-activity days, approvals still open]. */
type Month = [string, number, number, number?, boolean?];

async function quadrants(
  people: { nip: string; months: Month[]; daysTk?: number; lateEarlyMinutes?: number; level?: string }[],
  config: unknown = {},
) {
  const conn = await modelDb(config);
  const months = people.flatMap(({ nip, months }) =>
    months.map(([month, counted, expected, idle = 0, open = false]) => `('${nip}', 'A', '${month}'::date, ${counted}, ${expected}, ${idle}, ${open})`));
  await conn.run(`
    create table marts.productivity_monthly as
    select *, 100.0 * counted_minutes / nullif(expected_minutes, 0) as productivity_pct
    from (values ${months.join(", ")}) t(nip, opd_code, month, counted_minutes, expected_minutes, present_no_activity_days, approvals_open)`);
  await conn.run(`
    create table marts.discipline_recommendations as
    select *, level as score_level from (values ${people.map((p) => `('${p.nip}', 2025, ${p.daysTk ?? 0}, ${p.lateEarlyMinutes ?? 0}, '${p.level ?? "none"}')`).join(", ")})
      t(nip, year, days_tk, late_early_minutes, level)`);
  await conn.run(`
    create table marts.employees as
    select * from (values ${people.map((p) => `('${p.nip}', 'A')`).join(", ")}) t(nip, opd_code)`);
  await runOnly(conn, "page_productivity_quadrants");
  return rows(conn, `
    select nip, round(productivity_pct, 2) as productivity_pct, round(discipline_days, 2) as discipline_days,
      productivity_cutoff_pct, discipline_cutoff_days, attention_min_months, quadrant, present_no_activity_days, low_months, longest_low_run,
      needs_attention, list_transform(low_month_list, m -> strftime(m.month, '%m') || ' ' || round(m.productivity_pct)::integer) as low
    from marts.page_productivity_quadrants order by nip`);
}

describe("page_productivity_quadrants: verified output against discipline, cut-offs from the rules", () => {
  it("names the four quadrants: productivity from the zero-deduction TPP band (75%), discipline from the first ladder rung", async () => {
    const result = await quadrants([
      // 75% exactly is productive; 225 late minutes are half a day; no rung reached
      { nip: "1", months: [["2025-01-01", 7500, 10000, 1]], lateEarlyMinutes: 225 },
      // 74.99% is not productive
      { nip: "2", months: [["2025-01-01", 7499, 10000]] },
      // productive, but 3 TK days reached teguran lisan
      { nip: "3", months: [["2025-01-01", 9000, 10000]], daysTk: 3, level: "ringan" },
      // neither
      { nip: "4", months: [["2025-01-01", 5000, 10000]], daysTk: 12, lateEarlyMinutes: 900, level: "sedang" },
    ]);
    expect(result.map((r) => [r.nip, r.productivity_pct, r.discipline_days, r.quadrant])).toEqual([
      ["1", 75, 0.5, "teladan"],
      ["2", 74.99, 0, "rajin_kurang_hasil"],
      ["3", 90, 3, "produktif_kurang_disiplin"],
      ["4", 50, 14, "perlu_pembinaan"],
    ]);
    expect(result.every((r) => r.productivity_cutoff_pct === 75 && r.discipline_cutoff_days === 3)).toBe(true);
  });

  it("weighs the year by minutes, not by months", async () => {
    // 20% of 1000 and 100% of 9000 expected minutes: 92%, not the mean of the months (60%)
    const [row] = await quadrants([{ nip: "1", months: [["2025-01-01", 200, 1000], ["2025-02-01", 9000, 9000]] }]);
    expect(row.productivity_pct).toBe(92);
    expect(row.quadrant).toBe("teladan");
  });

  it("flags 3 consecutive months below the cut-off (one quarter), with the months as evidence", async () => {
    const result = await quadrants([
      // Jan, Feb, Mar low: a run of 3
      { nip: "1", months: [["2025-01-01", 60, 100], ["2025-02-01", 50, 100], ["2025-03-01", 70, 100], ["2025-04-01", 90, 100]] },
      // Jan, Feb low, Mar fine, Apr low: longest run 2
      { nip: "2", months: [["2025-01-01", 60, 100], ["2025-02-01", 60, 100], ["2025-03-01", 80, 100], ["2025-04-01", 60, 100]] },
      // Jan, Feb low, no data in March (a month on leave breaks the run), Apr low
      { nip: "3", months: [["2025-01-01", 60, 100], ["2025-02-01", 60, 100], ["2025-04-01", 60, 100]] },
    ]);
    expect(result.every((r) => r.attention_min_months === 3)).toBe(true);
    expect(result.map((r) => [r.nip, r.low_months, r.longest_low_run, r.needs_attention, r.low])).toEqual([
      ["1", 3, 3, true, ["01 60", "02 50", "03 70"]],
      ["2", 3, 2, false, ["01 60", "02 60", "04 60"]],
      ["3", 3, 2, false, ["01 60", "02 60", "04 60"]],
    ]);
  });

  it("a month whose approvals are still open is never a low month and breaks a run", async () => {
    const result = await quadrants([
      // Jan, Feb low, March low but its approvals still open: a run of 2, not 3
      { nip: "1", months: [["2025-01-01", 60, 100], ["2025-02-01", 60, 100], ["2025-03-01", 50, 100, 0, true]] },
      // Jan low, Feb open, Mar, Apr low: two runs, the longest 2
      { nip: "2", months: [["2025-01-01", 60, 100], ["2025-02-01", 60, 100, 0, true], ["2025-03-01", 60, 100], ["2025-04-01", 60, 100]] },
    ]);
    expect(result.map((r) => [r.nip, r.low_months, r.longest_low_run, r.needs_attention, r.low])).toEqual([
      ["1", 2, 2, false, ["01 60", "02 60"]],
      ["2", 3, 2, false, ["01 60", "03 60", "04 60"]],
    ]);
  });

  it("reads a region's own bands and its switch for converted minutes", async () => {
    const [row] = await quadrants([{ nip: "1", months: [["2025-01-01", 78, 100]], daysTk: 1, lateEarlyMinutes: 450 }], {
      discipline: { include_converted_days: false },
      tpp_performance: { productivity_bands: [{ min_pct: 0, max_pct: 80, deduction_pct: 20 }, { min_pct: 80, max_pct: null, deduction_pct: 0 }] },
    });
    expect([row.productivity_cutoff_pct, row.productivity_pct, row.discipline_days, row.quadrant]).toEqual([80, 78, 1, "rajin_kurang_hasil"]);
  });

  it("leaves a year without expected minutes unplaced", async () => {
    const [row] = await quadrants([{ nip: "1", months: [["2025-01-01", 0, 0]] }]);
    expect([row.productivity_pct, row.quadrant, row.low_months]).toEqual([null, null, 0]);
  });
});

describe("page_award_breakdown: the five parts of the ASN teladan score", () => {
  // The parts, their weights and the semester means are marts.award_score_parts' (test/unit/awards.test.ts);
  // the page's mart only picks who the page lists: the quarter's nominees and winners, every semester and year candidate.
  async function breakdown(listed: string, parts: string) {
    const conn = await modelDb();
    await conn.run(`create table marts.awards as select * from (values ${listed}) t(period, award_level, nip, selected, winner)`);
    await conn.run(`create table marts.award_score_parts as
      select period, award_level, nip, part, quarters, value::double as value, value_text, points::double as points, weight::double as weight,
        weighted_points::double as weighted_points
      from (values ${parts}) t(period, award_level, nip, part, quarters, value, value_text, points, weight, weighted_points)`);
    await runOnly(conn, "page_award_breakdown");
    return rows(conn, `
      select period, nip, component, quarters, points, weight, round(contribution, 4) as contribution
      from marts.page_award_breakdown order by period, nip, component`);
  }

  it("lists the parts of the quarter's nominees and of every semester candidate, as award_score_parts holds them", async () => {
    const result = await breakdown(`
      ('2025-TW1', 'triwulan', 'A', true, false), ('2025-TW1', 'triwulan', 'B', false, false), ('2025-S1', 'semester', 'B', false, false)`, `
      ('2025-TW1', 'triwulan', 'A', 'predikat', 1, null, 'sangat_baik', 100.0, 30.0, 30.0),
      ('2025-TW1', 'triwulan', 'A', 'behaviour_360', 1, null, null, null, 25.0, 0.0),
      ('2025-TW1', 'triwulan', 'B', 'predikat', 1, null, 'baik', 75.0, 30.0, 22.5),
      ('2025-S1', 'semester', 'B', 'predikat', 2, null, null, 87.5, 30.0, 26.25)`);
    expect(result).toEqual([
      { period: "2025-S1", nip: "B", component: "predikat", quarters: 2, points: 87.5, weight: 30, contribution: 26.25 },
      { period: "2025-TW1", nip: "A", component: "behaviour_360", quarters: 1, points: null, weight: 25, contribution: 0 },
      { period: "2025-TW1", nip: "A", component: "predikat", quarters: 1, points: 100, weight: 30, contribution: 30 },
    ]);
  });
});
