import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, query, runCli, tempDir } from "./helpers.ts";

describe("run on a clean week (test/fixtures/cli/minimal)", () => {
  const out = tempDir();
  const db = join(out, "asn.duckdb");
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli("run", "--input", join(FIXTURES, "minimal"), "--db", db, "--parquet", join(out, "parquet"));
  });

  it("exits 0 and reports progress on stderr only, one line per stage, without personal data", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/pegawai/);
    expect(run.stderr).toMatch(/marts: \d+ model/);
    expect(run.stderr).not.toMatch(/198503172010011001|Ahmad|Siti/);
  });

  it("gives every employee one status per working day (docs/aturan.md#kehadiran)", async () => {
    const rows = await query(
      db,
      `select nip[-4:] as nip, strftime(date, '%d') as day, status, check_in::varchar as check_in,
              check_out::varchar as check_out, late_minutes, early_minutes,
              missing_check_in, missing_check_out, stray_punches, outside_geofence
       from marts.daily_attendance order by nip, date`,
    );
    const table = rows.map((r) => Object.values(r).map((v) => (v === null ? "-" : String(v))).join(" "));
    expect(table).toEqual([
      // Ahmad, fingerprint: a duplicate punch is stray; 07:45 is 15 min late and 15:30 30 min early
      "1001 06 hadir 07:25:10 16:05:00 0 0 false false 1 false",
      "1001 07 hadir 07:45:00 15:30:00 15 30 false false 0 false",
      "1001 08 hadir 07:20:00 - 0 0 false true 0 false",
      // an approved cuti overrides the punch of that day; the punch stays visible as evidence
      "1001 09 cuti 07:30:00 - 0 0 false false 0 false",
      "1001 10 tanpa_keterangan - - 0 0 false false 0 false",
      // Budi joined on 8 January (TMT): not counted before
      "1003 08 hadir 07:29:00 16:00:00 0 0 false false 0 false",
      "1003 09 tanpa_keterangan - - 0 0 false false 0 false",
      "1003 10 tanpa_keterangan - - 0 0 false false 0 false",
      // Siti, mobile: 07:31 is 1 min late; 5,5 km from the office is outside a 100 m geofence
      "2002 06 hadir 07:31:00 16:00:00 1 0 false false 0 false",
      "2002 07 hadir 07:30:00 16:00:00 0 0 false false 0 true",
      "2002 08 hadir - 16:10:00 0 0 true false 0 false",
      "2002 09 hadir 07:00:00 16:00:00 0 0 false false 0 false",
      "2002 10 hadir 07:00:00 16:30:00 0 0 false false 0 false",
      // Dewi, on official duty all week
      ...["06", "07", "08", "09", "10"].map((d) => `2004 ${d} dinas_luar - - 0 0 false false 0 false`),
    ]);
  });

  it("places employees in their OPD and sums the OPD's month", async () => {
    const employees = await query(db, "select nip[-4:] as nip, unit_code, opd_code, opd_name, active from marts.employees order by nip");
    expect(employees.map((e) => `${e.nip} ${e.unit_code} ${e.opd_code} ${e.active}`)).toEqual([
      "1001 1.01.01 1.01 true",
      "1003 1.01.01 1.01 true",
      "2002 1.01.01 1.01 true",
      "2004 1.01 1.01 true",
    ]);
    const [summary] = await query(db, "select * from marts.unit_summary");
    expect(summary).toMatchObject({
      opd_code: "1.01",
      opd_name: "Dinas Contoh",
      month: "2025-01-01",
      headcount: 4,
      working_days: 5,
      employee_days: 18,
      present_days: 9,
      absent_excused_days: 6,
      tk_days: 3,
      late_days: 2,
      late_minutes: 16,
      outside_geofence_days: 1,
    });
    expect(summary.attendance_rate).toBeCloseTo(9 / 18);
    // performance figures: 540 approved of 14 at-work days x 450 scheduled minutes; TW1 SKP
    expect(summary).toMatchObject({ employees_on_ladder: 0, present_no_activity_days: 4, skp_rated: 3 });
    expect(summary.productivity_pct).toBeCloseTo((100 * 540) / (14 * 450));
    expect(summary.mean_tpp_deduction_pct).toBeCloseTo((32.8 + 34.4 + 31.6 + 30) / 4);
    expect(summary.skp_good_share).toBeCloseTo(1 / 3);
  });

  const table = async (sql: string) =>
    (await query(db, sql)).map((r) => Object.values(r).map((v) => (v === null ? "-" : String(v))).join(" "));

  it("counts the discipline year per employee (PP 94/2021) and lists an SK with no recommendation", async () => {
    expect(
      await table(`select nip[-4:], days_tk, late_early_minutes, days_equivalent, days_total, level, sanction
                   from marts.discipline_recommendations order by nip`),
    ).toEqual([
      "1001 1 45 0 1 none none", // TK on the 10th; 15 min late + 30 min early
      "1003 2 0 0 2 none none",
      "2002 0 1 0 0 none none",
      "2004 0 0 0 0 none none",
    ]);
    expect(await table("select nip[-4:], followup_status, decree_number from marts.discipline_followup")).toEqual([
      "1003 tanpa_rekomendasi 800/HD/01/2025",
    ]);
  });

  it("recomputes the predikat (PermenPANRB 6/2022) and flags the export's mismatch", async () => {
    expect(
      await table(`select nip[-4:], period, rating_results, rating_behaviour, predikat, source_predikat, predikat_mismatch
                   from marts.performance order by nip`),
    ).toEqual([
      "1001 TW1 di_atas di_atas sangat_baik sangat_baik false",
      "1003 TW1 di_bawah sesuai butuh_perbaikan - false",
      // "Sesuai Ekspektasi" x di_bawah is kurang/misconduct, not the exported "baik"
      "2002 TW1 sesuai di_bawah kurang_misconduct baik true",
    ]);
  });

  it("keeps a 360 with two peers pending and leaves the self-rating out", async () => {
    expect(
      await table(`select nip[-4:], period, score, status, raters_superior, raters_peer, raters_subordinate, self_ratings_excluded
                   from marts.behaviour_360`),
    ).toEqual(["1001 TW1 - pending 1 2 0 1"]);
  });

  it("measures productivity on each employee's own working days", async () => {
    expect(
      await table(`select nip[-4:], activity_minutes, approved_minutes, working_days, present_days, present_no_activity_days
                   from marts.productivity_monthly order by nip`),
    ).toEqual([
      "1001 360 240 5 3 0", // the rejected 120 minutes are logged but not approved; the 8th has no check-out
      "1003 0 0 3 1 1", // joined on the 8th
      "2002 300 300 5 5 3", // checked in and out on the 7th, 9th and 10th without any activity
      "2004 0 0 5 0 0", // on official duty all week
    ]);
  });

  it("prices IKP and both TPP shares (40% disiplin + 60% kinerja)", async () => {
    expect(await table("select id, nip[-4:], status, reward_points, tpp_deduction_pct from marts.ikp_results order by id")).toEqual([
      "IKP-01 1001 tepat_waktu 10 0",
      "IKP-02 2002 terlambat 0 1",
      "IKP-03 1003 belum_selesai 0 2",
    ]);
    expect(await table("select nip[-4:], discipline_pct, performance_pct, total_pct from marts.tpp_deductions order by nip")).toEqual([
      "1001 7 50 32.8", // TL 0,5 + PSW 0,5 + no check-out 2 + TK 4; productivity under 25% -> 50
      "1003 8 52 34.4", // two TK days; the open IKP adds 2 to the kinerja share
      "2002 2.5 51 31.6", // 1 min late 0,5 + no check-in 2; the late IKP adds 1
      "2004 0 50 30",
    ]);
  });

  it("reconciles every file and writes every mart to Parquet", async () => {
    const report = await query(db, "select * from marts.load_report");
    expect(report.length).toBe(11);
    for (const r of report) expect(r.rows_read).toBe(Number(r.rows_loaded) + Number(r.rows_rejected));
    expect(await query(db, "select * from marts.rejects")).toEqual([]);
    const marts = await query(db, "select table_name from information_schema.tables where table_schema = 'marts' order by 1");
    expect(readdirSync(join(out, "parquet")).sort()).toEqual(marts.map((m) => `${m.table_name}.parquet`));
  });

  it("gives the same rows on a second run (idempotent)", async () => {
    const second = join(out, "again.duckdb");
    expect(runCli("run", "--input", join(FIXTURES, "minimal"), "--db", second).code).toBe(0);
    const sql = "select * from marts.daily_attendance order by nip, date";
    expect(await query(second, sql)).toEqual(await query(db, sql));
  });
});

describe("run on dirty exports (test/fixtures/cli/dirty)", () => {
  const db = join(tempDir(), "asn.duckdb");
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli("run", "--input", join(FIXTURES, "dirty"), "--db", db);
  });

  it("still exits 0: bad rows are rejected, not fatal", () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it("rejects each kind of bad row with file, line, column and a reason in Bahasa Indonesia", async () => {
    const rejects = await query(db, `select file, line, "column", reason from marts.rejects order by file, line`);
    const at = (file: string, line: number) => rejects.find((r) => r.file === file && r.line === line);
    expect(at("pegawai.csv", 4)).toMatchObject({ column: "nip", reason: expect.stringMatching(/notasi ilmiah/i) });
    expect(at("pegawai.csv", 5)).toMatchObject({ column: "nip", reason: expect.stringMatching(/angka hilang/i) });
    expect(at("presensi_2025-01.csv", 7)).toMatchObject({ column: "jam_masuk", reason: expect.stringMatching(/jam/i) });
    expect(at("presensi_2025-01.csv", 8)).toMatchObject({ column: "nip", reason: expect.stringMatching(/tidak terdaftar/i) });
    expect(at("presensi_2025-01.csv", 9)).toMatchObject({ column: "tanggal", reason: expect.stringMatching(/tanggal/i) });
    expect(at("mesin_pegawai.csv", 3)).toMatchObject({ column: "nip", reason: expect.stringMatching(/tidak terdaftar/i) });
    // PIN 12 belonged to the employee whose NIP was rejected: its punches cannot be placed
    expect(rejects.filter((r) => r.file === "FP01_attlog.dat").map((r) => r.line)).toEqual([8, 9]);
  });

  it("reads the semicolon file with a BOM, DD/MM/YYYY dates and aliased headers", async () => {
    const [cuti] = await query(db, "select status from marts.daily_attendance where nip = '198503172010011001' and date = '2025-01-09'");
    expect(cuti.status).toBe("cuti");
    const [ahmad] = await query(db, "select birth_date::varchar as b, start_date::varchar as s from marts.employees where nip = '198503172010011001'");
    expect(ahmad).toEqual({ b: "1985-03-17", s: "2010-01-01" });
  });

  it("counts a month exported twice once, and nothing is lost: read = loaded + rejected", async () => {
    const report = await query(db, "select * from marts.load_report order by file");
    for (const r of report) expect(r.rows_read, String(r.file)).toBe(Number(r.rows_loaded) + Number(r.rows_rejected));
    const presensi = report.filter((r) => String(r.source) === "presensi");
    expect(presensi.reduce((n, r) => n + Number(r.rows_duplicate), 0)).toBe(3);
    const [days] = await query(db, "select count(*)::integer as n from marts.daily_attendance where nip = '199107222015032002' and status = 'hadir'");
    expect(days.n).toBe(5);
    const [rejected] = await query(db, "select count(*)::integer as n from marts.rejects");
    expect(rejected.n).toBe(report.reduce((n, r) => n + Number(r.rows_rejected), 0));
  });
});

describe("unusable input stops the run and keeps the previous database", () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ["no pegawai file", (dir) => rmSync(join(dir, "pegawai.csv")), /pegawai.*tidak ditemukan/i],
    [
      "a required column missing",
      (dir) => writeFileSync(join(dir, "pegawai.csv"), readFileSync(join(dir, "pegawai.csv"), "utf8").replace("nip,nama", "nomor,nama")),
      /pegawai\.csv.*nip/i,
    ],
    [
      "a file in UTF-16",
      (dir) => writeFileSync(join(dir, "unit.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("kode_unit,nama_unit\n1.01,A\n", "utf16le")])),
      /unit\.csv/i,
    ],
  ];

  it.each(cases)("%s", async (_name, breakInput, message) => {
    const out = tempDir();
    const db = join(out, "asn.duckdb");
    expect(runCli("run", "--input", join(FIXTURES, "minimal"), "--db", db).code).toBe(0);
    const before = await query(db, "select count(*)::integer as n from marts.daily_attendance");

    const input = copyFixture("minimal");
    breakInput(input);
    const run = runCli("run", "--input", input, "--db", db);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n").pop()).toMatch(message);
    expect(await query(db, "select count(*)::integer as n from marts.daily_attendance")).toEqual(before);
    expect(readdirSync(out).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("a bad config names the file and the setting", () => {
    const dir = tempDir();
    const config = join(dir, "instansi.json");
    writeFileSync(config, JSON.stringify({ schedule: { grace_minutes: "lima" } }));
    const run = runCli("run", "--input", join(FIXTURES, "minimal"), "--db", join(dir, "x.duckdb"), "--config", config);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(config);
    expect(run.stderr).toMatch(/schedule\.grace_minutes/);
    expect(existsSync(join(dir, "x.duckdb"))).toBe(false);
  });

  it("an unknown command prints the usage", () => {
    const run = runCli("jalan");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Penggunaan/);
  });
});
