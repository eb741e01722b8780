// The CLI on test/fixtures/work-patterns (December 2025 - January 2026, written by
// make_fixture.py): rosters and nights, corrections, apel, GPS flags, PPPK and a TK run across the
// year end, with no holiday file in the input (the product's own 2025 and 2026 lists apply).
// The facts are listed in the fixture's EXPECTED.md.
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { query, runCli, tempDir } from "./helpers.ts";

const INPUT = resolve("test/fixtures/work-patterns/input");
const db = join(tempDir(), "asn.duckdb");
const OFFICE_TK = "198001012005011001";
const PPPK = "199002022021012001";
const NURSE = "198702142012012002";
const CLERK = "198503172010011001";
const MOBILE = "199105052015031003";

beforeAll(() => {
  const run = runCli("run", "--input", INPUT, "--db", db);
  expect(run.code, run.stderr).toBe(0);
});

const day = (nip: string, date: string) =>
  query(db, `select status, shift_code, check_in::varchar as check_in, check_out::varchar as check_out, late_minutes as late,
      early_minutes as early, missing_check_out, correction_letter, mock_location, low_gps_accuracy
    from marts.daily_attendance where nip = '${nip}' and date = '${date}'`);

describe("every input is read and nothing is dropped", () => {
  it("loads every file with rows read = loaded + rejected and no rejects", async () => {
    const files = await query(db, `select source, rows_read, rows_loaded, rows_rejected from marts.load_report order by source`);
    expect(files.map((f) => f.source)).toEqual(["apel", "attlog", "jadwal", "ketidakhadiran", "koreksi_presensi", "mesin_pegawai", "pegawai", "presensi", "shift", "unit"]);
    for (const f of files) expect([f.source, f.rows_read]).toEqual([f.source, Number(f.rows_loaded) + Number(f.rows_rejected)]);
    expect(await query(db, "select * from marts.rejects")).toEqual([]);
  });
});

describe("the year end (PP 94/2021, the shipped 2025 and 2026 holidays)", () => {
  it("ten TK working days from 22 December are a pemberhentian in 2026, reached on the tenth, salary stopping the next month", async () => {
    const rows = await query(db, `select year, days_tk, max_consecutive_tk, sanction, reached_on::varchar as reached_on, legal_basis
      from marts.discipline_recommendations where nip = '${OFFICE_TK}' order by year`);
    expect(rows.map((r) => [r.year, r.days_tk, r.max_consecutive_tk, r.sanction, r.reached_on])).toEqual([
      [2025, 6, 6, "teguran_tertulis", "2025-12-29"],
      [2026, 4, 10, "pemberhentian", "2026-01-07"],
    ]);
    expect(rows[1].legal_basis).toContain("Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2)");
    expect(rows[1].legal_basis).toContain("pembayaran gaji dihentikan mulai bulan berikutnya");
  });

  it("nobody works or is TK on 1 or 16 January 2026 except the nurse on her roster", async () => {
    const rows = await query(db, `select nip, date::varchar as date, status from marts.daily_attendance
      where date in ('2026-01-01', '2026-01-16') order by nip, date`);
    expect(rows.filter((r) => r.nip !== NURSE)).toEqual([]);
    expect(rows.filter((r) => r.status === "tanpa_keterangan")).toEqual([]);
  });

  it("a PPPK with eleven TK days is counted as evidence, with no PNS sanction and the PP 49/2018 basis", async () => {
    const [row] = await query(db, `select employee_type, days_tk, level, sanction, legal_basis
      from marts.discipline_recommendations where nip = '${PPPK}' and year = 2026`);
    expect(row).toMatchObject({ employee_type: "PPPK", days_tk: 11, sanction: "none" });
    expect(row.legal_basis).toContain("PP 49/2018");
    expect(row.legal_basis).not.toContain("sebagai PNS");
  });
});

describe("the nurse's roster P,P,S,S,N,N,libur,libur", () => {
  it("is present on every rostered shift with punches, TK only on the rostered Saturday without them, no row on a day off", async () => {
    const rows = await query(db, `select date::varchar as date, status, shift_code from marts.daily_attendance where nip = '${NURSE}' order by date`);
    const cycle = ["P", "P", "S", "S", "N", "N", "LIBUR", "LIBUR"];
    const expected = [];
    for (let d = new Date("2025-12-01T00:00:00Z"), i = 0; d <= new Date("2026-01-31T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1), i++) {
      const shift = cycle[i % 8];
      const date = d.toISOString().slice(0, 10);
      if (shift !== "LIBUR") expected.push({ date, status: date === "2025-12-06" ? "tanpa_keterangan" : "hadir", shift_code: shift });
    }
    expect(rows).toEqual(expected);
  });

  it("reads a night's check-out at 07:03 the next morning, and the night of 13 December 20 minutes late", async () => {
    expect(await day(NURSE, "2025-12-05")).toEqual([expect.objectContaining({ shift_code: "N", check_in: "20:54:00", check_out: "07:03:00", late: 0, early: 0 })]);
    expect(await day(NURSE, "2025-12-13")).toEqual([expect.objectContaining({ shift_code: "N", check_in: "21:20:00", check_out: "07:03:00", late: 20 })]);
    const late = await query(db, `select date::varchar as date from marts.daily_attendance where nip = '${NURSE}' and late_minutes > 0`);
    expect(late).toEqual([{ date: "2025-12-13" }]);
  });

  it("keeps the last night's check-out on 1 February, after the exports' last day, without extending the period", async () => {
    const [last] = await query(db, `select max(date)::varchar as last from marts.daily_attendance`);
    expect(last.last).toBe("2026-01-31");
    expect(await day(NURSE, "2026-01-30")).toEqual([expect.objectContaining({ shift_code: "N", check_out: "07:03:00", missing_check_out: false })]);
  });
});

describe("corrections, apel and GPS flags", () => {
  it("an approved forgot-to-check-out sets 16:05 with its letter, a rejected one changes nothing, a machine-fault day is present", async () => {
    expect(await day(CLERK, "2025-12-03")).toEqual([expect.objectContaining({ status: "hadir", check_out: "16:05:00", correction_letter: "800/211/DISDIK/2025" })]);
    expect(await day(CLERK, "2025-12-04")).toEqual([expect.objectContaining({ status: "hadir", check_out: null, missing_check_out: true, correction_letter: null })]);
    expect(await day(CLERK, "2025-12-05")).toEqual([expect.objectContaining({ status: "hadir", check_in: "07:30:00", check_out: "16:30:00", correction_letter: "800/213/DISDIK/2025" })]);
  });

  it("counts a missed apel once and an apel missed on a leave day not at all", async () => {
    const rows = await query(db, `select month::varchar as month, apel_expected, apel_attended, apel_missed, missed_dates::varchar[] as missed
      from marts.apel_monthly where nip = '${CLERK}' order by month`);
    // Mondays: 1, 8, 15 (cuti), 22, 29 December; 5, 12, 19, 26 January
    expect(rows).toEqual([
      { month: "2025-12-01", apel_expected: 4, apel_attended: 3, apel_missed: 1, missed: ["2025-12-08"] },
      { month: "2026-01-01", apel_expected: 4, apel_attended: 4, apel_missed: 0, missed: [] },
    ]);
  });

  it("flags the mock-location day and the poor-accuracy day, and nothing else", async () => {
    const rows = await query(db, `select date::varchar as date, mock_location, low_gps_accuracy from marts.daily_attendance
      where nip = '${MOBILE}' and (mock_location or low_gps_accuracy) order by date`);
    expect(rows).toEqual([
      { date: "2025-12-10", mock_location: true, low_gps_accuracy: false },
      { date: "2025-12-11", mock_location: false, low_gps_accuracy: true },
    ]);
    // no GPS columns filled for the office worker: null, not false
    expect(await day(OFFICE_TK, "2025-12-01")).toEqual([expect.objectContaining({ mock_location: null, low_gps_accuracy: null })]);
  });
});
