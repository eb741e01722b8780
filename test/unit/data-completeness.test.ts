// How complete the data is (docs/aturan.md#kelengkapan), with literal rows: a month whose export stops
// before its last working day, an OPD without one attendance record, e-Kinerja approvals still open,
// a quarter without 360, and the one trust line that names them.
import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

const MODELS = ["data_completeness", "data_months", "data_status"];

/**
 * November 2025 and December up to the calendar's end: OPD X (people 1 and 2) present every day,
 * OPD Y (person 3) with `yStatus` on its days; e-Kinerja with `decemberPending` of 100 December
 * minutes still menunggu; SKP for every quarter; 360 only in TW2.
 */
async function kabupaten({ end = "2025-12-31", yStatus = "hadir", decemberPending = 5, decemberIkp = "done", config = {} } = {}) {
  const conn = await modelDb(config);
  await conn.run(`create table intermediate.int_period as select date '2025-10-01' as start_date, date '${end}' as end_date`);
  const days = ["2025-10-01", "2025-11-03", "2025-11-04", "2025-12-01", "2025-12-02"].filter((d) => d <= end);
  await table(conn, "marts.daily_attendance", { nip: "varchar", date: "date", opd_code: "varchar", status: "varchar" },
    days.flatMap((d) => [["1", d, "X", "hadir"], ["2", d, "X", "hadir"], ["3", d, "Y", d.startsWith("2025-11") ? yStatus : "hadir"]]));
  await table(conn, "marts.productivity_months", { month: "date", activity_minutes: "bigint", approved_minutes: "bigint", pending_minutes: "bigint" }, [
    ["2025-10-01", 100, 95, 5],
    ["2025-11-01", 100, 95, 5],
    ["2025-12-01", 100, 100 - decemberPending, decemberPending],
  ]);
  await table(conn, "marts.performance", { nip: "varchar", year: "integer", period: "varchar", period_kind: "varchar" },
    ["1", "2", "3"].flatMap((nip) => [[nip, 2025, "TW4", "triwulan"], [nip, 2025, "TAHUNAN", "tahunan"]]));
  await table(conn, "marts.behaviour_360", { nip: "varchar", year: "integer", period_start: "date", period_end: "date", status: "varchar" }, [
    ["1", 2025, "2025-10-01", "2025-12-31", "final"],
    ["2", 2025, "2025-10-01", "2025-12-31", "final"],
    ["3", 2025, "2025-10-01", "2025-12-31", "pending"], // 2 of 3 final: under 90%
  ]);
  // IKP: one instruction a month, done; December's still open in `decemberIkp`
  await table(conn, "marts.ikp_results", { nip: "varchar", month: "date", status: "varchar", overdue: "boolean", is_due: "boolean" },
    ["2025-10-01", "2025-11-01", "2025-12-01"].filter((m) => m <= end).map((m) => (m === "2025-12-01" && decemberIkp === "open" ? ["1", m, "belum_selesai", true, true] : ["1", m, "tepat_waktu", false, true])));
  await table(conn, "marts.merit_scores", { nip: "varchar", year: "integer", competency: "double", weight_available_pct: "double" }, [
    ["1", 2025, 80, 100],
    ["2", 2025, null, 80],
    ["3", 2025, null, 80],
  ]);
  // people 1-3 active at the period's end, person 4 left before it
  await table(conn, "marts.employees", { nip: "varchar", active: "boolean" }, [["1", true], ["2", true], ["3", true], ["4", false]]);
  await runOnly(conn, ...MODELS);
  return conn;
}

const monthRows = (conn: Awaited<ReturnType<typeof modelDb>>) =>
  rows(conn, `select source, period, expected::integer as expected, covered::integer as covered, status, note
    from marts.data_completeness where period_kind = 'bulan' order by source, period`);

describe("marts.data_completeness, data_months and data_status", () => {
  it("a complete calendar: every month final, the trust line says up to the last day", async () => {
    const conn = await kabupaten();
    expect(await rows(conn, `select strftime(month, '%Y-%m') as month, attendance_status, e_kinerja_status, ikp_status, is_final from marts.data_months order by month`)).toEqual([
      { month: "2025-10", attendance_status: "final", e_kinerja_status: "final", ikp_status: "final", is_final: true },
      { month: "2025-11", attendance_status: "final", e_kinerja_status: "final", ikp_status: "final", is_final: true },
      { month: "2025-12", attendance_status: "final", e_kinerja_status: "final", ikp_status: "final", is_final: true },
    ]);
    const [status] = await rows(conn, `select strftime(final_through, '%Y-%m-%d') as final_through, months_not_final, trust_line from marts.data_status`);
    // the 360 of TW4 is 2 of 3 people (pending one): named; TW1-TW3 have no working day here, so no row
    expect(status).toEqual({ final_through: "2025-12-31", months_not_final: 0, trust_line: "Data lengkap s.d. 31 Desember 2025; penilaian 360 Triwulan IV 2025 66,7% pegawai" });
  });

  it("one population for every page: the employees active at the attendance period's end, as a count and a date", async () => {
    const conn = await kabupaten({ end: "2025-12-15" });
    expect(await rows(conn, `select active_employees, strftime(population_as_of, '%Y-%m-%d') as as_of, population_line from marts.data_status`)).toEqual([
      { active_employees: 3, as_of: "2025-12-15", population_line: "3 pegawai aktif per 15 Desember 2025" },
    ]);
    expect(await rows(conn, "select count_id(5940) as a, count_id(1234567) as b, count_id(12) as c")).toEqual([{ a: "5.940", b: "1.234.567", c: "12" }]);
  });

  it("an export that stops on Monday 15 December leaves December not final, with the date it stops", async () => {
    const conn = await kabupaten({ end: "2025-12-15" });
    const december = (await monthRows(conn)).find((r) => r.source === "presensi" && r.period === "2025-12");
    expect(december).toMatchObject({ status: "not_final", note: "presensi s.d. 15 Desember 2025" });
    const [status] = await rows(conn, `select strftime(final_through, '%Y-%m-%d') as final_through, trust_line from marts.data_status`);
    expect(status.final_through).toBe("2025-11-30");
    expect(status.trust_line).toMatch(/^Data lengkap s\.d\. 30 November 2025; Desember 2025: presensi s\.d\. 15 Desember 2025/);
  });

  it("an export that ends on the month's last working day is complete (31 December 2025 is a Wednesday; a Friday 26 December end is not)", async () => {
    expect((await monthRows(await kabupaten({ end: "2025-12-31" }))).find((r) => r.source === "presensi" && r.period === "2025-12")?.status).toBe("final");
    expect((await monthRows(await kabupaten({ end: "2025-12-26" }))).find((r) => r.source === "presensi" && r.period === "2025-12")?.status).toBe("not_final");
  });

  it("an OPD without one record in a month makes the month not final, even when the kabupaten's share is high", async () => {
    const conn = await kabupaten({ yStatus: "tanpa_keterangan" });
    const november = (await monthRows(conn)).find((r) => r.source === "presensi" && r.period === "2025-11");
    expect(november).toMatchObject({ expected: 6, covered: 4, status: "not_final", note: "1 OPD tanpa presensi" });
    // October and December still final: only November is named, after the months before it
    const [status] = await rows(conn, `select strftime(final_through, '%Y-%m-%d') as final_through, trust_line from marts.data_status`);
    expect(status.final_through).toBe("2025-10-31");
    expect(status.trust_line).toContain("November 2025: 1 OPD tanpa presensi");
  });

  it("e-Kinerja: more than productivity.open_approval_pct pending opens the month; exactly at it does not", async () => {
    const open = (await monthRows(await kabupaten({ decemberPending: 11 }))).find((r) => r.source === "e_kinerja" && r.period === "2025-12");
    expect(open).toMatchObject({ status: "not_final", note: "e-Kinerja 11% menit menunggu persetujuan" });
    const at = (await monthRows(await kabupaten({ decemberPending: 10 }))).find((r) => r.source === "e_kinerja" && r.period === "2025-12");
    expect(at?.status).toBe("final");
    const own = (await monthRows(await kabupaten({ decemberPending: 11, config: { productivity: { open_approval_pct: 15 } } }))).find((r) => r.source === "e_kinerja" && r.period === "2025-12");
    expect(own?.status).toBe("final");
  });

  it("quarters and years: SKP complete, 360 under completeness.min_rated_pct, assessments and merit parts as shares", async () => {
    const conn = await kabupaten();
    expect(await rows(conn, `select source, period, expected::integer as expected, covered::integer as covered, status
      from marts.data_completeness where period_kind <> 'bulan' order by source, period`)).toEqual([
      { source: "kompetensi", period: "2025", expected: 3, covered: 1, status: "not_final" },
      { source: "merit", period: "2025", expected: 3, covered: 1, status: "not_final" },
      { source: "penilaian360", period: "2025-TW4", expected: 3, covered: 2, status: "not_final" },
      { source: "skp", period: "2025", expected: 3, covered: 3, status: "final" },
      { source: "skp", period: "2025-TW4", expected: 3, covered: 3, status: "final" },
    ]);
    const lenient = await kabupaten({ config: { completeness: { min_rated_pct: 60 } } });
    expect((await rows(lenient, `select status from marts.data_completeness where source = 'penilaian360'`))[0].status).toBe("final");
  });

  it("IKP: a recent month mostly not reported done is not final; the same share in an older month is missed, not pending", async () => {
    const conn = await kabupaten({ decemberIkp: "open" });
    const ikp = (await monthRows(conn)).filter((r) => r.source === "ikp");
    expect(ikp.map((r) => [r.period, r.status])).toEqual([["2025-10", "final"], ["2025-11", "final"], ["2025-12", "not_final"]]);
    expect(ikp[2].note).toBe("IKP 100% yang jatuh tempo belum dilaporkan selesai");
    // with no reporting lag December is old enough: its open instruction is a miss
    const strict = await kabupaten({ decemberIkp: "open", config: { completeness: { ikp_reporting_days: 0 } } });
    expect((await monthRows(strict)).find((r) => r.source === "ikp" && r.period === "2025-12")?.status).toBe("final");
  });
});
