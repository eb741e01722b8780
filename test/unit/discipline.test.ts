import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { employeeTypes, modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";

interface Day { date: string; status?: string; late?: number; early?: number }

/** One employee's working days: the given ones, the rest of the year present and on time. */
async function recommend(days: Day[], config: unknown = {}, employeeType: "PNS" | "PPPK" = "PNS") {
  const conn = await modelDb(config);
  await conn.run(`create table intermediate.int_daily_attendance (nip varchar, date date, status varchar, late_minutes integer, early_minutes integer)`);
  const values = days.map((d) => `('198503172010011001', '${d.date}', '${d.status ?? "tanpa_keterangan"}', ${d.late ?? 0}, ${d.early ?? 0})`);
  await conn.run(`insert into intermediate.int_daily_attendance values ${values.join(", ")}`);
  await employeeTypes(conn, employeeType === "PPPK" ? ["198503172010011001"] : []);
  await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_recommendations");
  const [row] = await rows(conn, `select * exclude (tk_dates), reached_on::varchar as reached_on, tk_dates::varchar[] as tk_dates from marts.discipline_recommendations`);
  return row;
}

/** Every year's recommendation for one employee's working days. */
async function recommendAll(days: Day[]) {
  const conn = await modelDb();
  await conn.run(`create table intermediate.int_daily_attendance (nip varchar, date date, status varchar, late_minutes integer, early_minutes integer)`);
  const values = days.map((d) => `('198503172010011001', '${d.date}', '${d.status ?? "tanpa_keterangan"}', ${d.late ?? 0}, ${d.early ?? 0})`);
  await conn.run(`insert into intermediate.int_daily_attendance values ${values.join(", ")}`);
  await employeeTypes(conn);
  await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_recommendations");
  return rows(conn, `select year, days_tk, max_consecutive_tk, sanction, reached_on::varchar as reached_on, legal_basis from marts.discipline_recommendations order by year`);
}

/** n TK days never two in a row (present in between), so only the cumulative rule applies. */
function scatteredTk(n: number): Day[] {
  return workingDays("2025-01-06", 2 * n).map((date, i) => ({ date, status: i % 2 === 0 ? "tanpa_keterangan" : "hadir" }));
}

// The PP 94/2021 ladder, read from the same table the pipeline joins (pipeline/rules/).
const ladder = readFileSync("pipeline/rules/pp94_2021_ladder.csv", "utf8").trim().split("\n").slice(1).map((l) => l.split(","));

describe("PP 94/2021 ladder: cumulative days without a valid reason in one year", () => {
  it.each([
    [1, "none", "none"],
    [2, "none", "none"],
    [3, "ringan", "teguran_lisan"],
    [4, "ringan", "teguran_tertulis"],
    [6, "ringan", "teguran_tertulis"],
    [7, "ringan", "pernyataan_tidak_puas"],
    [10, "ringan", "pernyataan_tidak_puas"],
    [11, "sedang", "potong_tukin_6"],
    [13, "sedang", "potong_tukin_6"],
    [14, "sedang", "potong_tukin_9"],
    [16, "sedang", "potong_tukin_9"],
    [17, "sedang", "potong_tukin_12"],
    [20, "sedang", "potong_tukin_12"],
    [21, "berat", "penurunan_jabatan"],
    [24, "berat", "penurunan_jabatan"],
    [25, "berat", "pembebasan_jabatan"],
    [27, "berat", "pembebasan_jabatan"],
    [28, "berat", "pemberhentian"],
    [35, "berat", "pemberhentian"],
  ])("%i days -> %s, %s", async (n, level, sanction) => {
    const row = await recommend(scatteredTk(n));
    expect(row).toMatchObject({ days_tk: n, days_total: n, max_consecutive_tk: 1, level, sanction });
    const rung = ladder.find(([min, max]) => n >= Number(min) && (max === "" || n <= Number(max)))!;
    // reached on the day the count first hit the rung's lower bound
    const tkDates = scatteredTk(n).filter((d) => d.status === "tanpa_keterangan").map((d) => d.date);
    expect(row.reached_on).toBe(level === "none" ? null : tkDates[Number(rung[0]) - 1]);
    expect(row.legal_basis).toMatch(/PP 94\/2021/);
    expect(row.tk_dates).toEqual(tkDates);
  });
});

describe("PP 94/2021: 10 consecutive working days without a valid reason", () => {
  // 28 Apr - 12 May 2025: a weekend and Hari Buruh (1 May) inside the run do not break it.
  const run = (n: number) => workingDays("2025-04-28", n, ["2025-05-01"]).map((date) => ({ date }));

  it("10 days across a weekend and a holiday -> dismissal, reached on the 10th", async () => {
    const row = await recommend(run(10));
    expect(row).toMatchObject({ days_tk: 10, max_consecutive_tk: 10, level: "berat", sanction: "pemberhentian", reached_on: "2025-05-12" });
    expect(row.legal_basis).toMatch(/terus-menerus selama 10 hari kerja/);
  });

  it("9 days -> only the cumulative rung", async () => {
    expect(await recommend(run(9))).toMatchObject({ max_consecutive_tk: 9, level: "ringan", sanction: "pernyataan_tidak_puas" });
  });

  it("the run goes on across 31 December: it belongs to the year of its 10th day, with Pasal 15 ayat (2)", async () => {
    // 22 Dec 2025 - 7 Jan 2026: Christmas, its cuti bersama and New Year's Day are no working days.
    const span = (n: number) => workingDays("2025-12-22", n, ["2025-12-25", "2025-12-26", "2026-01-01"]).map((date) => ({ date }));
    expect(span(10).at(-1)!.date).toBe("2026-01-07");
    const ten = await recommendAll(span(10));
    expect(ten.map((r) => [r.year, r.days_tk, r.max_consecutive_tk, r.sanction, r.reached_on])).toEqual([
      [2025, 6, 6, "teguran_tertulis", "2025-12-29"], // the 4th day
      [2026, 4, 10, "pemberhentian", "2026-01-07"],
    ]);
    expect(ten[1].legal_basis).toBe(
      "PP 94/2021 Pasal 11 ayat (2) huruf d angka 4 jo. Pasal 15 ayat (2): tidak masuk kerja tanpa alasan yang sah terus-menerus selama 10 hari kerja; pembayaran gaji dihentikan mulai bulan berikutnya",
    );
    const nine = await recommendAll(span(9));
    expect(nine.map((r) => [r.year, r.max_consecutive_tk, r.sanction])).toEqual([[2025, 6, "teguran_tertulis"], [2026, 9, "teguran_lisan"]]); // 9 in a row: no dismissal; 2026 counts its own 3 days
  });

  it("an approved absence inside the run breaks it", async () => {
    const days = run(11).map((d, i) => (i === 5 ? { ...d, status: "izin" } : d));
    expect(await recommend(days)).toMatchObject({ days_tk: 10, max_consecutive_tk: 5, sanction: "pernyataan_tidak_puas" });
  });
});

describe("late and early minutes convert to days (450 minutes = 1 day by default)", () => {
  const twoTk = scatteredTk(2);

  it("449 minutes on top of 2 days stay below the first rung", async () => {
    const row = await recommend([...twoTk, { date: "2025-02-03", status: "hadir", late: 400, early: 49 }]);
    expect(row).toMatchObject({ days_tk: 2, late_early_minutes: 449, days_equivalent: 0, days_total: 2, sanction: "none" });
  });

  it("450 minutes push 2 days onto teguran lisan, reached on the day the minutes crossed", async () => {
    const row = await recommend([...twoTk, { date: "2025-02-03", status: "hadir", late: 300 }, { date: "2025-02-04", status: "hadir", early: 150 }]);
    expect(row).toMatchObject({ days_tk: 2, late_early_minutes: 450, days_equivalent: 1, days_total: 3, sanction: "teguran_lisan", reached_on: "2025-02-04" });
  });

  it("with the switch off the converted days are shown but not counted", async () => {
    const row = await recommend([...twoTk, { date: "2025-02-03", status: "hadir", late: 900 }], { discipline: { include_converted_days: false } });
    expect(row).toMatchObject({ days_equivalent: 2, days_total: 2, sanction: "none" });
  });

  it("an 8-hour day (480 minutes) is a regional setting", async () => {
    const row = await recommend([...twoTk, { date: "2025-02-03", status: "hadir", late: 470 }], { discipline: { minutes_per_day: 480 } });
    expect(row).toMatchObject({ days_equivalent: 0, sanction: "none" });
  });
});

describe("PPPK are not PNS: PP 94/2021 does not apply (PP 49/2018 Pasal 52: the PPK and the perjanjian kerja)", () => {
  const pppk = (days: Day[], config: unknown = {}) => recommend(days, config, "PPPK");
  const run = (n: number) => workingDays("2025-04-28", n, ["2025-05-01"]).map((date) => ({ date }));
  const evidenceOnly = {
    level: "none",
    sanction: "none",
    sanction_label: "Bukan hukuman disiplin PNS: ditangani PPK sesuai perjanjian kerja",
    legal_basis: "PP 49/2018 Pasal 52; perjanjian kerja",
    reached_on: null,
  };

  it.each([10, 11, 28])("%i TK days -> no sanction, basis PP 49/2018, every count filled", async (n) => {
    const row = await pppk(scatteredTk(n));
    expect(row).toMatchObject({ employee_type: "PPPK", days_tk: n, days_total: n, days_equivalent: 0, max_consecutive_tk: 1, evidence_only: true, ...evidenceOnly });
    expect(row.tk_dates).toHaveLength(n);
    expect(`${row.sanction_label} ${row.legal_basis}`).not.toMatch(/PP 94\/2021|sebagai PNS/);
  });

  it("converted late/early minutes are counted as evidence too", async () => {
    const row = await pppk([...scatteredTk(2), { date: "2025-02-03", status: "hadir", late: 450 }]);
    expect(row).toMatchObject({ days_tk: 2, late_early_minutes: 450, days_equivalent: 1, days_total: 3, ...evidenceOnly });
  });

  it("a run of 10 consecutive TK days -> no pemberhentian, the run still counted", async () => {
    expect(await pppk(run(10))).toMatchObject({ days_tk: 10, max_consecutive_tk: 10, ...evidenceOnly });
  });

  it("the same days for a PNS are still PP 94/2021 (10 -> pernyataan tidak puas, 11 -> potong tukin 6 bulan)", async () => {
    expect(await recommend(scatteredTk(10))).toMatchObject({ employee_type: "PNS", sanction: "pernyataan_tidak_puas", sanction_label: "Pernyataan tidak puas secara tertulis" });
    const eleven = await recommend(scatteredTk(11));
    expect(eleven).toMatchObject({ employee_type: "PNS", level: "sedang", sanction: "potong_tukin_6" });
    expect(eleven.legal_basis).toMatch(/^PP 94\/2021 Pasal 10 ayat \(2\) angka 1/);
  });

  describe("with the instansi's own PPPK ladder (docs/contoh-konfigurasi-pppk.json)", () => {
    const example = JSON.parse(readFileSync("docs/contoh-konfigurasi-pppk.json", "utf8"));
    const own = example.discipline.pppk.rungs as { min_days: number; max_days: number | null; sanction: string; sanction_label: string; legal_basis: string }[];
    const rungAt = (n: number) => own.find((r) => n >= r.min_days && (r.max_days === null || n <= r.max_days))!;

    it.each([2, 3, 10, 11, 16, 17, 27, 28])("%i TK days -> its sanction, label and citation", async (n) => {
      const row = await pppk(scatteredTk(n), example);
      const rung = rungAt(n);
      expect(row).toMatchObject({ employee_type: "PPPK", days_total: n, sanction: rung.sanction, sanction_label: rung.sanction_label, legal_basis: rung.legal_basis });
      expect(row.legal_basis).toMatch(/^PP 49\/2018/);
    });

    it("its own run rule: 10 consecutive days -> pemutusan hubungan perjanjian kerja, not PNS dismissal", async () => {
      const row = await pppk(run(10), example);
      expect(row).toMatchObject({ sanction: "pemutusan_perjanjian_kerja", level: "berat", reached_on: "2025-05-12" });
      expect(row.legal_basis).toBe(example.discipline.pppk.run.legal_basis);
      expect(row.sanction_label).not.toMatch(/PNS/);
    });
  });
});

describe("employee_type on every recommendation", () => {
  it("PNS and PPPK side by side, each on its own ladder", async () => {
    const conn = await modelDb();
    await conn.run(`create table intermediate.int_daily_attendance (nip varchar, date date, status varchar, late_minutes integer, early_minutes integer)`);
    const values = ["P1", "K1"].flatMap((nip) => scatteredTk(11).map((d) => `('${nip}', '${d.date}', '${d.status}', 0, 0)`));
    await conn.run(`insert into intermediate.int_daily_attendance values ${values.join(", ")}`);
    await employeeTypes(conn, ["K1"]);
    await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_recommendations");
    expect(await rows(conn, "select nip, employee_type, days_total, level, sanction, score_level from marts.discipline_recommendations order by nip")).toEqual([
      // the PPPK scores like the PNS on the same days (merit, quiet performers), without the sanction
      { nip: "K1", employee_type: "PPPK", days_total: 11, level: "none", sanction: "none", score_level: "sedang" },
      { nip: "P1", employee_type: "PNS", days_total: 11, level: "sedang", sanction: "potong_tukin_6", score_level: "sedang" },
    ]);
    expect(await rows(conn, "select count(*)::integer as n from marts.discipline_recommendations where employee_type is null")).toEqual([{ n: 0 }]);
  });
});

describe("PPPK on the pages' marts: early warning and month-end rungs", () => {
  /** A (PNS) and K (PPPK) with the same days: the last 8 working days of 20 TK in a row, 2 scattered before. */
  async function twoPeople(config: unknown = {}) {
    const conn = await modelDb(config);
    const days = workingDays("2025-01-06", 20);
    const status = (i: number) => (i === 0 || i === 2 || i >= 12 ? "tanpa_keterangan" : "hadir");
    const values = ["A", "K"].flatMap((nip) => days.map((d, i) => `('${nip}', '${d}', '${status(i)}')`));
    await conn.run(`
      create table intermediate.int_daily_attendance as select nip, date::date as date, status, 0 as late_minutes, 0 as early_minutes
        from (values ${values.join(", ")}) t(nip, date, status);
      create table marts.employees as select * from (values ('A', '1.01'), ('K', '1.01')) t(nip, opd_code)`);
    await employeeTypes(conn, ["K"]);
    await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_early_warning", "discipline_rungs_monthly");
    return conn;
  }

  it("a PPPK under the default rule is never warned of a PNS sanction", async () => {
    const conn = await twoPeople();
    // A: 10 days, 1 from potong tukin, 8 in a row: 2 from dismissal
    expect(await rows(conn, "select nip, employee_type, days_total, next_sanction, nearest, target_sanction, target_sanction_label, days_to_go from marts.discipline_early_warning")).toEqual([
      { nip: "A", employee_type: "PNS", days_total: 10, next_sanction: "potong_tukin_6", nearest: "kumulatif", target_sanction: "potong_tukin_6",
        target_sanction_label: "Pemotongan tunjangan kinerja 25% selama 6 bulan", days_to_go: 1 },
    ]);
  });

  it("someone a run of TK days already placed on dismissal is not warned of a lighter rung by the count", async () => {
    const conn = await modelDb();
    // 10 TK days in a row (dismissal by the run rule, PP 94/2021), then present: 10 days in all, 1 from potong tukin by the count
    const days = workingDays("2025-01-06", 15);
    const values = days.map((d, i) => `('R', '${d}', '${i < 10 ? "tanpa_keterangan" : "hadir"}')`);
    await conn.run(`
      create table intermediate.int_daily_attendance as select nip, date::date as date, status, 0 as late_minutes, 0 as early_minutes
        from (values ${values.join(", ")}) t(nip, date, status);
      create table marts.employees as select * from (values ('R', '1.01')) t(nip, opd_code)`);
    await employeeTypes(conn, []);
    await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_early_warning");
    expect(await rows(conn, "select level, sanction, by_run, cumulative_days_total from intermediate.int_discipline_rungs order by date desc limit 1")).toEqual([
      { level: "berat", sanction: "pemberhentian", by_run: true, cumulative_days_total: 10 },
    ]);
    expect(await rows(conn, "select nip from marts.discipline_early_warning")).toEqual([]);
  });

  it("with the instansi's own PPPK ladder the warning names its sanction", async () => {
    const conn = await twoPeople(JSON.parse(readFileSync("docs/contoh-konfigurasi-pppk.json", "utf8")));
    expect(await rows(conn, "select nip, target_sanction, target_sanction_label, days_to_go from marts.discipline_early_warning where nip = 'K'")).toEqual([
      { nip: "K", target_sanction: "penundaan_kgb_1_tahun", target_sanction_label: "Penundaan kenaikan gaji berkala selama 1 tahun", days_to_go: 1 },
    ]);
  });

  it("month-end rungs are split by employee type; the PPPK's row is the open one", async () => {
    const conn = await twoPeople();
    expect(await rows(conn, "select strftime(month, '%m') as m, employee_type, level, sanction, sanction_label, employees from marts.discipline_rungs_monthly order by m, employee_type")).toEqual([
      { m: "01", employee_type: "PNS", level: "ringan", sanction: "pernyataan_tidak_puas", sanction_label: "Pernyataan tidak puas secara tertulis", employees: 1 },
      { m: "01", employee_type: "PPPK", level: "none", sanction: "none", sanction_label: "Bukan hukuman disiplin PNS: ditangani PPK sesuai perjanjian kerja", employees: 1 },
    ]);
  });
});
