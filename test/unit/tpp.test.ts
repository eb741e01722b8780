import { describe, expect, it } from "vitest";
import { configSchema } from "../../pipeline/config/schema.ts";
import { modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";

interface Day { date: string; status?: string; late?: number; early?: number; noIn?: boolean; noOut?: boolean }

async function tpp(days: Day[], config: unknown = {}) {
  const conn = await modelDb(config);
  const values = days.map(
    (d) => `('A', '1.01', date '${d.date}', '${d.status ?? "hadir"}', ${d.late ?? 0}, ${d.early ?? 0}, ${d.noIn ?? false}, ${d.noOut ?? false})`,
  );
  await conn.run(`create table marts.daily_attendance as select * from (values ${values.join(", ")})
    t(nip, opd_code, date, status, late_minutes, early_minutes, missing_check_in, missing_check_out)`);
  // Only the discipline share is under test here: the kinerja share has no lines.
  await conn.run("create table marts.tpp_performance_lines (nip varchar, month date, event varchar, pct double, rule varchar, legal_basis varchar)");
  await conn.run("create table marts.apel_monthly (nip varchar, month date, missed_dates date[])");
  await conn.run("create table marts.productivity_monthly (nip varchar, month date, approvals_open boolean)");
  await runOnly(conn, "tpp_deduction_lines", "tpp_deductions");
  return {
    lines: await rows(conn, "select strftime(date, '%d') as day, event, minutes, pct, rule from marts.tpp_deduction_lines order by date, event"),
    months: await rows(conn, "select month::varchar as month, events, discipline_lines_pct, discipline_pct, total_pct from marts.tpp_deductions order by month"),
  };
}

describe("TPP discipline share: late (TL) and early leave (PSW) bands", () => {
  it.each([
    [0, null],
    [1, 0.5],
    [30, 0.5],
    [31, 1],
    [60, 1],
    [61, 1.5],
    [90, 1.5],
    [91, 2],
    [240, 2],
  ])("%i minutes late -> %s%", async (minutes, pct) => {
    const { lines } = await tpp([{ date: "2025-01-06", late: minutes }]);
    expect(lines.map((l) => l.pct)).toEqual(pct === null ? [] : [pct]);
  });

  it("names the band in the rule, in Indonesian format", async () => {
    const { lines } = await tpp([{ date: "2025-01-06", late: 15, early: 100 }]);
    expect(lines).toEqual([
      { day: "06", event: "pulang_cepat", minutes: 100, pct: 2, rule: "PSW 91 ke atas menit: 2%" },
      { day: "06", event: "terlambat", minutes: 15, pct: 0.5, rule: "TL 1-30 menit: 0,5%" },
    ]);
  });

  it("prices a missing punch at 2% and a day tanpa keterangan at 4%", async () => {
    const { lines } = await tpp([
      { date: "2025-01-06", noIn: true },
      { date: "2025-01-07", noOut: true },
      { date: "2025-01-08", status: "tanpa_keterangan" },
      { date: "2025-01-09", status: "cuti" },
    ]);
    expect(lines.map((l) => `${l.day} ${l.event} ${l.pct}`)).toEqual(["06 tidak_absen_masuk 2", "07 tidak_absen_pulang 2", "08 tanpa_keterangan 4"]);
  });
});

describe("TPP discipline share: the month", () => {
  it("caps the month at 100% of the share and weighs it at 40% of the whole TPP", async () => {
    const days = workingDays("2025-01-01", 23).map((date) => ({ date, status: "tanpa_keterangan" }));
    const { months } = await tpp(days);
    expect(months).toEqual([{ month: "2025-01-01", events: 23, discipline_lines_pct: 92, discipline_pct: 92, total_pct: 36.8 }]);
    const feb = workingDays("2025-02-03", 20).map((date) => ({ date, status: "tanpa_keterangan" }));
    const capped = await tpp([...days, ...feb, ...workingDays("2025-01-01", 23).slice(0, 3).map((date) => ({ date: date.replace("-01-", "-02-"), late: 100 }))]);
    expect(capped.months[1]).toMatchObject({ month: "2025-02-01", discipline_lines_pct: 86, discipline_pct: 86 });
  });

  it("a month over the cap stops at the cap", async () => {
    const days = workingDays("2025-01-01", 23).map((date) => ({ date, status: "hadir", late: 100, early: 100, noOut: false }));
    const { months } = await tpp(days, { tpp: { monthly_cap_pct: 50 } });
    expect(months[0]).toMatchObject({ discipline_lines_pct: 92, discipline_pct: 50, total_pct: 20 });
  });

  it("a regional table replaces the default bands", async () => {
    const bands = [{ min_minutes: 1, max_minutes: 15, pct: 0.25 }, { min_minutes: 16, max_minutes: null, pct: 1.25 }];
    const { lines } = await tpp([{ date: "2025-01-06", late: 15 }, { date: "2025-01-07", late: 16 }], { tpp: { late_bands: bands } });
    expect(lines.map((l) => l.rule)).toEqual(["TL 1-15 menit: 0,25%", "TL 16 ke atas menit: 1,25%"]);
  });
});

describe("TPP config validation", () => {
  it.each([
    [{ late_bands: [{ min_minutes: 1, max_minutes: 30, pct: 1 }, { min_minutes: 40, max_minutes: null, pct: 2 }] }, /mulai pada 31/],
    [{ late_bands: [{ min_minutes: 1, max_minutes: 30, pct: 1 }] }, /terbuka/],
    [{ discipline_share_pct: 50 }, /harus 100/],
  ])("rejects %j", (tppConfig, message) => {
    const parsed = configSchema.safeParse({ tpp: tppConfig });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join(" ")).toMatch(message);
  });
});
