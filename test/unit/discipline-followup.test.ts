import { describe, expect, it } from "vitest";
import { employeeTypes, modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";

describe("follow-up: recommendations beside recorded decisions (hukuman_disiplin)", () => {
  it("pairs each recommendation with the first decision signed after the rung was reached", async () => {
    const conn = await modelDb();
    await conn.run(`
      create table marts.discipline_recommendations as select * from (values
        ('A', 2025, 'ringan', 'teguran_lisan', 3, date '2025-03-10'),
        ('B', 2025, 'sedang', 'potong_tukin_6', 11, date '2025-06-02'),
        ('C', 2025, 'berat', 'pemberhentian', 30, date '2025-11-03'),
        ('D', 2025, 'none', 'none', 1, null)
      ) t(nip, year, level, sanction, days_total, reached_on);
      create table staging.stg_sanctions as select * from (values
        ('A', '800/01/2025', date '2025-03-20', 'teguran_lisan'),
        ('B', '800/02/2025', date '2025-05-01', 'teguran_tertulis'),
        ('B', '800/03/2025', date '2025-07-01', 'teguran_tertulis'),
        ('C', '800/01/2026', date '2026-01-15', 'pemberhentian'),
        ('E', '800/04/2025', date '2025-08-01', 'teguran_lisan')
      ) t(nip, decree_number, decree_date, sanction)`);
    await runOnly(conn, "discipline_followup");
    const result = await rows(conn, "select nip, year, decree_number, followup_status from marts.discipline_followup order by nip, decree_number");
    expect(result).toEqual([
      { nip: "A", year: 2025, decree_number: "800/01/2025", followup_status: "sesuai" },
      // B's May decision predates the rung (it answers something else); July's differs from the ladder
      { nip: "B", year: 2025, decree_number: "800/02/2025", followup_status: "tanpa_rekomendasi" },
      { nip: "B", year: 2025, decree_number: "800/03/2025", followup_status: "berbeda" },
      // a December rung decided in January of the next year still matches
      { nip: "C", year: 2025, decree_number: "800/01/2026", followup_status: "sesuai" },
      { nip: "E", year: 2025, decree_number: "800/04/2025", followup_status: "tanpa_rekomendasi" },
    ]);
  });

  it("a recommendation with no decision yet is belum_diputus", async () => {
    const conn = await modelDb();
    await conn.run(`
      create table marts.discipline_recommendations as select 'A' as nip, 2025 as year, 'ringan' as level,
        'teguran_lisan' as sanction, 3 as days_total, date '2025-03-10' as reached_on;
      create table staging.stg_sanctions (nip varchar, decree_number varchar, decree_date date, sanction varchar)`);
    await runOnly(conn, "discipline_followup");
    expect(await rows(conn, "select followup_status from marts.discipline_followup")).toEqual([{ followup_status: "belum_diputus" }]);
  });
});

describe("early warning: one or two days from the next rung, as of the last day in the data", () => {
  it("warns on the cumulative count and on a run nearing 10 days, not on a clean record", async () => {
    const conn = await modelDb();
    const days = workingDays("2025-01-06", 20);
    const values = [
      // A: 2 scattered TK days -> 1 day from teguran lisan
      ...days.map((d, i) => `('A', '${d}', '${i === 0 || i === 2 ? "tanpa_keterangan" : "hadir"}')`),
      // B: the last 8 working days TK in a row -> 2 days from the 10-day rule
      ...days.map((d, i) => `('B', '${d}', '${i >= 12 ? "tanpa_keterangan" : "hadir"}')`),
      // C: present every day
      ...days.map((d) => `('C', '${d}', 'hadir')`),
    ];
    await conn.run(`
      create table intermediate.int_daily_attendance as select nip, date::date as date, status, 0 as late_minutes, 0 as early_minutes
        from (values ${values.join(", ")}) t(nip, date, status);
      create table marts.employees as select * from (values ('A', '1.01'), ('B', '1.02'), ('C', '1.01')) t(nip, opd_code)`);
    await employeeTypes(conn);
    await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_early_warning");
    const result = await rows(conn, "select nip, opd_code, days_total, next_sanction, days_to_next, current_run, run_days_to_dismissal from marts.discipline_early_warning order by nip");
    expect(result).toEqual([
      { nip: "A", opd_code: "1.01", days_total: 2, next_sanction: "teguran_lisan", days_to_next: 1, current_run: 0, run_days_to_dismissal: 10 },
      { nip: "B", opd_code: "1.02", days_total: 8, next_sanction: "potong_tukin_6", days_to_next: 3, current_run: 8, run_days_to_dismissal: 2 },
    ]);
    // the nearer threshold decides what comes next: A's rung, B's run
    expect(await rows(conn, "select nip, nearest, target_level, target_sanction, days_to_go from marts.discipline_early_warning order by nip")).toEqual([
      { nip: "A", nearest: "kumulatif", target_level: "ringan", target_sanction: "teguran_lisan", days_to_go: 1 },
      { nip: "B", nearest: "beruntun", target_level: "berat", target_sanction: "pemberhentian", days_to_go: 2 },
    ]);
  });
});

describe("people on each rung at each month end", () => {
  it("counts the running state of the year, with the 10-day run as dismissal", async () => {
    const conn = await modelDb();
    const jan = workingDays("2025-01-01", 22); // the helper skips weekends only; holidays are not at stake here
    const feb = workingDays("2025-02-03", 20);
    const values = [
      // A: 3 TK in January -> teguran lisan from January on
      ...[...jan, ...feb].map((d, i) => `('A', '${d}', '${[0, 2, 4].includes(i) ? "tanpa_keterangan" : "hadir"}')`),
      // B: 10 TK in a row in February -> dismissal in February, nothing in January
      ...[...jan, ...feb].map((d, i) => `('B', '${d}', '${i >= 22 && i < 32 ? "tanpa_keterangan" : "hadir"}')`),
    ];
    await conn.run(`
      create table intermediate.int_daily_attendance as select nip, date::date as date, status, 0 as late_minutes, 0 as early_minutes
        from (values ${values.join(", ")}) t(nip, date, status);
      create table marts.employees as select * from (values ('A', '1.01'), ('B', '1.01')) t(nip, opd_code)`);
    await employeeTypes(conn);
    await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_rungs_monthly");
    const result = await rows(conn, "select strftime(month, '%m') as m, sanction, employees from marts.discipline_rungs_monthly order by m, sanction");
    expect(result).toEqual([
      { m: "01", sanction: "none", employees: 1 },
      { m: "01", sanction: "teguran_lisan", employees: 1 },
      { m: "02", sanction: "pemberhentian", employees: 1 },
      { m: "02", sanction: "teguran_lisan", employees: 1 },
    ]);
  });
});
