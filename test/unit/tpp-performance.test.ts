import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

interface Month {
  /** YYYY-MM */
  month: string;
  productivity?: number | null;
  /** The month's approvals still open, and its productivity if every pending minute is approved. */
  open?: { ifApproved: number };
  tkDays?: number;
}
type Skp = [period: string, predikat: string];
type Ikp = [id: string, month: string, status: "terlambat" | "belum_selesai", pct: number];

/** First and last day of TW1-TW4 or a month 1-12 of 2025. */
function periodDates(period: string): [string, string] {
  const [first, count] = period.startsWith("TW") ? [3 * Number(period[2]) - 2, 3] : [Number(period), 1];
  const end = new Date(Date.UTC(2025, first - 1 + count, 0));
  return [`2025-${String(first).padStart(2, "0")}-01`, end.toISOString().slice(0, 10)];
}

async function tpp(months: Month[], options: { skp?: Skp[]; ikp?: Ikp[]; config?: unknown } = {}) {
  const conn = await modelDb(options.config);
  const days = months.flatMap((m) =>
    workingDays(`${m.month}-01`, 20).filter((d) => d.startsWith(m.month)).map((date, i) => [
      "A", "1.01", date, i < (m.tkDays ?? 0) ? "tanpa_keterangan" : "hadir", 0, 0, false, false,
    ]),
  );
  await table(conn, "marts.daily_attendance", { nip: "varchar", opd_code: "varchar", date: "date", status: "varchar", late_minutes: "integer",
    early_minutes: "integer", missing_check_in: "boolean", missing_check_out: "boolean" }, days);
  await table(conn, "marts.productivity_monthly", { nip: "varchar", month: "date", productivity_pct: "double", productivity_if_approved_pct: "double", approvals_open: "boolean" },
    months.filter((m) => m.productivity !== undefined).map((m) => ["A", `${m.month}-01`, m.productivity, m.open?.ifApproved ?? m.productivity, !!m.open]));
  await table(conn, "marts.performance", { nip: "varchar", period: "varchar", period_kind: "varchar", period_start: "date", period_end: "date", predikat: "varchar" },
    (options.skp ?? []).map(([period, predikat]) => ["A", period, period.startsWith("TW") ? "triwulan" : "bulanan", ...periodDates(period), predikat]));
  await table(conn, "marts.ikp_results", { id: "varchar", nip: "varchar", month: "date", status: "varchar", tpp_deduction_pct: "double", rule: "varchar" },
    (options.ikp ?? []).map(([id, month, status, pct]) => [id, "A", `${month}-01`, status, pct, status === "terlambat" ? "Selesai terlambat" : "Belum selesai"]));
  await table(conn, "marts.apel_monthly", { nip: "varchar", month: "date", missed_dates: "date[]" }, []);
  await runOnly(conn, "tpp_deduction_lines", "tpp_performance_lines", "tpp_deductions");
  return {
    lines: await rows(conn, "select strftime(month, '%Y-%m') as month, event, pct, rule from marts.tpp_performance_lines order by month, event"),
    months: await rows(conn, `select strftime(month, '%Y-%m') as month, discipline_pct, performance_events, performance_lines_pct, performance_pct, total_pct,
      performance_provisional from marts.tpp_deductions order by month`),
    provisional: await rows(conn, "select strftime(month, '%Y-%m') as month, event from marts.tpp_performance_lines where provisional order by month"),
  };
}

describe("TPP kinerja share: productivity bands (default: 75% and more costs nothing)", () => {
  it.each([
    [100, null],
    [75, null],
    [74.99, 10],
    [50, 10],
    [49.99, 25],
    [25, 25],
    [24.99, 50],
    [0, 50],
  ])("productivity %s% -> %s%", async (productivity, pct) => {
    const { lines, months } = await tpp([{ month: "2025-01", productivity }]);
    expect(lines.map((l) => l.pct)).toEqual(pct === null ? [] : [pct]);
    expect(months[0].performance_pct).toBe(pct ?? 0);
  });

  it("names the band in Indonesian format", async () => {
    const { lines } = await tpp([{ month: "2025-01", productivity: 62.5 }]);
    expect(lines).toEqual([{ month: "2025-01", event: "produktivitas", pct: 10, rule: "Produktivitas 62,5% (pita 50-<75%): 10%" }]);
  });

  it("a month without a productivity figure (all on leave) costs nothing", async () => {
    const { months } = await tpp([{ month: "2025-01", productivity: null }]);
    expect(months[0]).toMatchObject({ performance_events: 0, performance_pct: 0 });
  });
});

describe("TPP kinerja share: a month whose e-Kinerja approvals are still open", () => {
  it("is priced as if every pending minute were approved, and the line says it is provisional", async () => {
    // 60% approved so far, 80% once the pending minutes are approved: no deduction yet
    const { lines, months, provisional } = await tpp([{ month: "2025-11", productivity: 60 }, { month: "2025-12", productivity: 60, open: { ifApproved: 80 } }]);
    expect(lines.map((l) => [l.month, l.pct])).toEqual([["2025-11", 10]]);
    expect(provisional).toEqual([]);
    expect(months.map((m) => [m.month, m.performance_pct, m.performance_provisional])).toEqual([["2025-11", 10, false], ["2025-12", 0, true]]);
  });

  it("still deducts what is missing even if every pending minute is approved, and names it", async () => {
    const { lines, provisional } = await tpp([{ month: "2025-12", productivity: 40, open: { ifApproved: 62.5 } }]);
    expect(lines).toEqual([{ month: "2025-12", event: "produktivitas", pct: 10,
      rule: "Sementara, persetujuan belum selesai: produktivitas 62,5% bila menit menunggu disetujui (pita 50-<75%): 10%" }]);
    expect(provisional).toEqual([{ month: "2025-12", event: "produktivitas" }]);
  });

  it("basis predikat: an open month is not provisional", async () => {
    const { months } = await tpp([{ month: "2025-12", productivity: 40, open: { ifApproved: 62.5 } }], { config: { tpp_performance: { basis: "predikat" } } });
    expect(months[0].performance_provisional).toBe(false);
  });
});

describe("TPP kinerja share: predikat, or the larger of both", () => {
  const predikat = { tpp_performance: { basis: "predikat" } };

  it("prices the month by its quarter's predikat; a monthly SKP wins over the quarter", async () => {
    const { lines } = await tpp([{ month: "2025-01", productivity: 10 }, { month: "2025-02", productivity: 10 }, { month: "2025-04", productivity: 10 }], {
      skp: [["TW1", "butuh_perbaikan"], ["2", "sangat_kurang"], ["TW2", "baik"]],
      config: predikat,
    });
    expect(lines).toEqual([
      { month: "2025-01", event: "predikat", pct: 25, rule: "Predikat Butuh Perbaikan (SKP Triwulan I): 25%" },
      { month: "2025-02", event: "predikat", pct: 75, rule: "Predikat Sangat Kurang (SKP Februari 2025): 75%" },
    ]);
  });

  it("basis both takes the larger deduction, one line a month", async () => {
    const { lines } = await tpp([{ month: "2025-01", productivity: 60 }, { month: "2025-02", productivity: 10 }], {
      skp: [["TW1", "butuh_perbaikan"]],
      config: { tpp_performance: { basis: "both" } },
    });
    expect(lines.map((l) => [l.month, l.event, l.pct])).toEqual([["2025-01", "predikat", 25], ["2025-02", "produktivitas", 50]]);
  });
});

describe("TPP: the whole month", () => {
  it("adds IKP deductions, and total = discipline x 40% + kinerja x 60%", async () => {
    const { lines, months } = await tpp([{ month: "2025-01", productivity: 60, tkDays: 1 }], {
      ikp: [["IKP-1", "2025-01", "terlambat", 1], ["IKP-2", "2025-01", "belum_selesai", 2]],
    });
    expect(lines.map((l) => [l.event, l.pct, l.rule])).toEqual([
      ["ikp_belum_selesai", 2, "IKP IKP-2: Belum selesai"],
      ["ikp_terlambat", 1, "IKP IKP-1: Selesai terlambat"],
      ["produktivitas", 10, "Produktivitas 60% (pita 50-<75%): 10%"],
    ]);
    // discipline: 1 day TK = 4%; kinerja 10 + 1 + 2 = 13%
    expect(months[0]).toMatchObject({ discipline_pct: 4, performance_events: 3, performance_lines_pct: 13, performance_pct: 13 });
    expect(months[0].total_pct).toBeCloseTo(4 * 0.4 + 13 * 0.6, 10);
  });

  it("caps the kinerja share monthly and follows the configured shares", async () => {
    const { months } = await tpp([{ month: "2025-01", productivity: 0 }], {
      ikp: [["IKP-1", "2025-01", "belum_selesai", 2]],
      config: { tpp_performance: { monthly_cap_pct: 40 }, tpp: { discipline_share_pct: 30, performance_share_pct: 70 } },
    });
    expect(months[0]).toMatchObject({ performance_lines_pct: 52, performance_pct: 40 });
    expect(months[0].total_pct).toBeCloseTo(40 * 0.7, 10);
  });
});
