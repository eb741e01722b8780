import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

interface Day { date: string; status?: string; in?: string | null; out?: string | null; ramadan?: boolean }
interface Activity { date: string; minutes: number; status?: string; end?: string }

/** One employee's own working days (as daily_attendance gives them) and logged activities. */
async function productivity(days: Day[], activities: Activity[]) {
  const conn = await modelDb();
  await table(conn, "marts.daily_attendance", { nip: "varchar", opd_code: "varchar", date: "date", status: "varchar", check_in: "time", check_out: "time" },
    days.map((d) => ["A", "1.01", d.date, d.status ?? "hadir", d.in === undefined ? "07:20" : d.in, d.out === undefined ? "16:05" : d.out]));
  // Perpres 21/2023: 07.30-16.00 less 60 minutes of break = 450; Ramadan 08.00-15.00 less 30 = 390
  await table(conn, "intermediate.int_calendar", { date: "date", start_time: "time", end_time: "time", break_minutes: "integer" },
    days.map((d) => (d.ramadan ? [d.date, "08:00", "15:00", 30] : [d.date, "07:30", "16:00", 60])));
  await table(conn, "staging.stg_activities", { nip: "varchar", date: "date", start_time: "time", end_time: "time", minutes: "integer", status: "varchar" },
    activities.map((a) => ["A", a.date, null, a.end ?? "15:30", a.minutes, a.status ?? "disetujui"]));
  await runOnly(conn, "int_activity_days", "productivity_monthly");
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
