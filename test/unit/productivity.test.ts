import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

interface Day { date: string; status?: string; in?: string | null; out?: string | null; ramadan?: boolean }
interface Activity { date: string; minutes: number; status?: string; end?: string }

/** One employee's own working days (as daily_attendance gives them) and logged activities. */
async function productivity(days: Day[], activities: Activity[]) {
  const conn = await modelDb();
  // Perpres 21/2023: 07.30-16.00 less 60 minutes of break = 450; Ramadan 08.00-15.00 less 30 = 390
  await table(conn, "marts.daily_attendance", { nip: "varchar", opd_code: "varchar", date: "date", status: "varchar", check_in: "time", check_out: "time", scheduled_end: "time", scheduled_minutes: "integer" },
    days.map((d) => ["A", "1.01", d.date, d.status ?? "hadir", d.in === undefined ? "07:20" : d.in, d.out === undefined ? "16:05" : d.out,
      d.ramadan ? "15:00" : "16:00", d.ramadan ? 390 : 450]));
  await table(conn, "staging.stg_activities", { nip: "varchar", date: "date", start_time: "time", end_time: "time", minutes: "integer", status: "varchar" },
    activities.map((a) => ["A", a.date, null, a.end ?? "15:30", a.minutes, a.status ?? "disetujui"]));
  await runOnly(conn, "int_activity_days", "productivity_months", "productivity_monthly");
  return rows(conn, "select * exclude (nip, opd_code, month), strftime(month, '%Y-%m') as month from marts.productivity_monthly order by month");
}

describe("productivity: approved minutes against the minutes expected on the employee's own working days", () => {
  it("a month joined midway, with leave, duty, a present-but-absent day and a forgotten check-out", async () => {
    // joined on Monday 20 January 2025: ten working days are theirs
    const d = workingDays("2025-01-20", 10);
    const days: Day[] = [
      { date: d[0] }, { date: d[1] }, { date: d[2] }, { date: d[3], ramadan: true },
      { date: d[4] },
      { date: d[5], status: "cuti", in: null, out: null }, { date: d[6], status: "cuti", in: null, out: null },
      { date: d[7], status: "dinas_luar", in: null, out: null },
      { date: d[8] }, // present, nothing logged
      { date: d[9], out: null }, // checked in, never out, worked into the evening
    ];
    const activities: Activity[] = [
      ...d.slice(0, 5).flatMap((date) => [{ date, minutes: 300 }, { date, minutes: 60, status: "ditolak" }]),
      { date: d[5], minutes: 100 }, // logged on a day of leave
      { date: d[7], minutes: 420 }, // dinas luar: work, counted
      { date: d[9], minutes: 600, end: "19:30" },
      { date: "2025-01-25", minutes: 50 }, // a Saturday
    ];
    const [month] = await productivity(days, activities);
    expect(month).toMatchObject({
      month: "2025-01",
      working_days: 10,
      present_days: 7,
      duty_days: 1,
      leave_days: 2,
      tk_days: 0,
      // 7 days at 450 and one Ramadan day at 390
      expected_minutes: 7 * 450 + 390,
      activity_minutes: 5 * 360 + 100 + 420 + 600 + 50,
      approved_minutes: 5 * 300 + 100 + 420 + 600 + 50,
      pending_minutes: 0,
      rejected_minutes: 5 * 60,
      // approved minutes on days at work only: not the day of leave, not the Saturday
      counted_minutes: 5 * 300 + 420 + 600,
      present_no_activity_days: 1,
      activity_while_absent_days: 1,
      activity_non_working_days: 1,
      activity_without_checkout_days: 1,
      activity_without_checkout_minutes: 600,
      activity_past_end_without_checkout_days: 1,
      activity_unbacked_days: 3,
    });
    expect(month.productivity_pct).toBeCloseTo((100 * 2520) / 3540, 10);
  });

  it("a month entirely on leave has no productivity, not 0%", async () => {
    const days = workingDays("2025-02-03", 5).map((date) => ({ date, status: "sakit", in: null, out: null }));
    const [month] = await productivity([...days, { date: "2025-03-03" }], [{ date: "2025-03-03", minutes: 450 }]);
    expect(month).toMatchObject({ month: "2025-02", working_days: 5, expected_minutes: 0, productivity_pct: null });
  });

  it("a day tanpa keterangan expects nothing, and an activity logged on it is flagged", async () => {
    const [month] = await productivity(
      [{ date: "2025-03-03" }, { date: "2025-03-04", status: "tanpa_keterangan", in: null, out: null }],
      [{ date: "2025-03-03", minutes: 450 }, { date: "2025-03-04", minutes: 200 }],
    );
    expect(month).toMatchObject({ tk_days: 1, expected_minutes: 450, counted_minutes: 450, productivity_pct: 100, activity_while_absent_days: 1 });
  });

  it("is empty when there is no aktivitas export at all", async () => {
    expect(await productivity([{ date: "2025-03-03" }], [])).toEqual([]);
  });
});

describe("productivity: approved, pending and rejected minutes apart; a month whose approvals are still open", () => {
  it("counts pending (menunggu) and rejected (ditolak) minutes apart, on any day; pending minutes on days at work would be counted once approved", async () => {
    const d = workingDays("2025-03-03", 3);
    const [month] = await productivity(
      [{ date: d[0] }, { date: d[1] }, { date: d[2], status: "cuti", in: null, out: null }],
      [
        { date: d[0], minutes: 300 }, { date: d[0], minutes: 90, status: "menunggu" }, { date: d[0], minutes: 30, status: "ditolak" },
        { date: d[1], minutes: 200 }, { date: d[1], minutes: 60, status: "menunggu" },
        { date: d[2], minutes: 40, status: "menunggu" }, // on leave: pending, but never counted
        { date: "2025-03-08", minutes: 20, status: "ditolak" }, // a Saturday
      ],
    );
    expect(month).toMatchObject({
      activity_minutes: 300 + 90 + 30 + 200 + 60 + 40 + 20,
      approved_minutes: 500,
      pending_minutes: 90 + 60 + 40,
      rejected_minutes: 30 + 20,
      counted_minutes: 500,
      counted_pending_minutes: 150,
      expected_minutes: 900,
    });
    expect(month.productivity_pct).toBeCloseTo((100 * 500) / 900, 10);
    expect(month.productivity_if_approved_pct).toBeCloseTo((100 * 650) / 900, 10);
  });

  /** One month of logged minutes for the instansi: `approved`, `pending` and `rejected` of them. */
  async function monthOpen(pending: number, rejected = 0, config: unknown = {}) {
    const conn = await modelDb(config);
    await table(conn, "intermediate.int_activity_days", { nip: "varchar", date: "date", activities: "integer", activity_minutes: "integer",
      approved_minutes: "integer", pending_minutes: "integer", rejected_minutes: "integer" },
    [["A", "2025-12-01", 3, 1000, 1000 - pending - rejected, pending, rejected]]);
    await runOnly(conn, "productivity_months");
    const [row] = await rows(conn, "select pending_pct, rejected_pct, open_approval_pct, approvals_open from marts.productivity_months");
    return row;
  }

  it.each([
    [130, true], // 13% still menunggu, as in the sample's December: open
    [101, true], // 10.1%: more than the default 10
    [100, false], // exactly 10%: not more, settled
    [40, false], // 4%: the residue of a settled month
    [0, false],
  ])("%i of 1000 minutes pending -> approvals open %s (default open_approval_pct 10)", async (pending, open) => {
    expect(await monthOpen(pending)).toMatchObject({ pending_pct: pending / 10, open_approval_pct: 10, approvals_open: open });
  });

  it("rejected minutes are decided: they never open a month", async () => {
    expect(await monthOpen(40, 300)).toMatchObject({ rejected_pct: 30, approvals_open: false });
  });

  it("reads the instansi's own share", async () => {
    expect(await monthOpen(40, 0, { productivity: { open_approval_pct: 3 } })).toMatchObject({ open_approval_pct: 3, approvals_open: true });
  });

  it("marks every employee-month of an open month, and no other", async () => {
    const nov = workingDays("2025-11-03", 2), dec = workingDays("2025-12-01", 2);
    const months = await productivity(
      [...nov, ...dec].map((date) => ({ date })),
      [
        ...nov.map((date) => ({ date, minutes: 400 })), { date: nov[0], minutes: 20, status: "menunggu" }, // 2.4% pending
        ...dec.map((date) => ({ date, minutes: 300 })), { date: dec[0], minutes: 100, status: "menunggu" }, // 14.3% pending
      ],
    );
    expect(months.map((m) => [m.month, m.approvals_open])).toEqual([["2025-11", false], ["2025-12", true]]);
  });
});

describe("needs attention: a month whose approvals are still open is no evidence of low output", () => {
  /**
   * One employee, low (300 of 450 minutes approved, 66.7%, under the 75% cut-off) in October and
   * November; December is low as well, with `pending` of its 300 logged minutes a day still menunggu.
   */
  async function attention(pending: number) {
    const conn = await modelDb();
    const days = [...workingDays("2025-10-01", 2), ...workingDays("2025-11-03", 2), ...workingDays("2025-12-01", 2)];
    await table(conn, "marts.daily_attendance", { nip: "varchar", opd_code: "varchar", date: "date", status: "varchar", check_in: "time", check_out: "time", scheduled_end: "time", scheduled_minutes: "integer" },
      days.map((date) => ["A", "1.01", date, "hadir", "07:20", "16:05", "16:00", 450]));
    await table(conn, "staging.stg_activities", { nip: "varchar", date: "date", start_time: "time", end_time: "time", minutes: "integer", status: "varchar" },
      days.flatMap((date) => (date.startsWith("2025-12") && pending
        ? [["A", date, null, "15:30", 300 - pending, "disetujui"], ["A", date, null, "15:30", pending, "menunggu"]]
        : [["A", date, null, "15:30", 300, "disetujui"]])));
    await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", days_tk: "integer", late_early_minutes: "integer", level: "varchar", score_level: "varchar" },
      [["A", 2025, 0, 0, "none", "none"]]);
    await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, [["A", "1.01"]]);
    await runOnly(conn, "int_activity_days", "productivity_months", "productivity_monthly", "page_productivity_quadrants");
    const [row] = await rows(conn, "select low_months, longest_low_run, open_months, needs_attention from marts.page_productivity_quadrants");
    return row;
  }

  it("13% of December pending: December is open, the run stops at 2 months, nobody on the list", async () => {
    expect(await attention(39)).toEqual({ low_months: 2, longest_low_run: 2, open_months: 1, needs_attention: false });
  });

  it("4% of December pending: December is settled and low, a run of 3, on the list", async () => {
    expect(await attention(12)).toEqual({ low_months: 3, longest_low_run: 3, open_months: 0, needs_attention: true });
  });
});
