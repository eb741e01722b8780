import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { employeeTypes, modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";

interface Day { date: string; status?: string; late?: number; early?: number }

/** One employee's working days: the given ones, the rest of the year present and on time. */
async function recommend(days: Day[], config: unknown = {}) {
  const conn = await modelDb(config);
  await conn.run(`create table marts.daily_attendance (nip varchar, date date, status varchar, late_minutes integer, early_minutes integer)`);
  const values = days.map((d) => `('198503172010011001', '${d.date}', '${d.status ?? "tanpa_keterangan"}', ${d.late ?? 0}, ${d.early ?? 0})`);
  await conn.run(`insert into marts.daily_attendance values ${values.join(", ")}`);
  await employeeTypes(conn);
  await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_recommendations");
  const [row] = await rows(conn, `select * exclude (tk_dates), reached_on::varchar as reached_on, tk_dates::varchar[] as tk_dates from marts.discipline_recommendations`);
  return row;
}

/** Every year's recommendation for one employee's working days. */
async function recommendAll(days: Day[]) {
  const conn = await modelDb();
  await conn.run(`create table marts.daily_attendance (nip varchar, date date, status varchar, late_minutes integer, early_minutes integer)`);
  const values = days.map((d) => `('198503172010011001', '${d.date}', '${d.status ?? "tanpa_keterangan"}', ${d.late ?? 0}, ${d.early ?? 0})`);
  await conn.run(`insert into marts.daily_attendance values ${values.join(", ")}`);
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
