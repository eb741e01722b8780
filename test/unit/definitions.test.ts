// Figures defined once: the rate macros, and "good predikat" as a column of marts.performance
// read from the rules table (rules.permenpanrb_6_2022_predikat_levels), with every figure that
// counts good predikat moving when that one row changes.
import { describe, expect, it } from "vitest";
import { employeeTypes, modelDb, rows, runOnly, workingDays } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

describe("rate_pct and per_100 (pipeline/sql/macros.sql)", () => {
  it("a share in percent, a count per 100; null when the whole is 0 or null, never a division error", async () => {
    const conn = await modelDb();
    await runOnly(conn);
    expect(await rows(conn, `select rate_pct(1, 4) as quarter, rate_pct(3, 3) as whole, rate_pct(0, 5) as none, rate_pct(2, 0) as zero,
      rate_pct(2, null) as unknown, per_100(7, 350) as per_hundred, per_100(7, 0) as per_zero, rate_pct(1 + 1, 8) as expression`)).toEqual([
      { quarter: 25, whole: 100, none: 0, zero: null, unknown: null, per_hundred: 2, per_zero: null, expression: 25 },
    ]);
  });
});

const SKP = { nip: "varchar", tahun: "integer", periode: "varchar", rating_hasil_kerja: "varchar", rating_perilaku_kerja: "varchar",
  predikat_kinerja: "varchar", nip_penilai: "varchar", source_file: "varchar", source_line: "integer" };
const RATINGS = ["di_atas", "sesuai", "di_bawah"];

/** Every cell of the matrix as one employee's TW1 SKP, in OPD 1.01; the rules table optionally changed first. */
async function goodPredikat(change?: string) {
  const conn = await modelDb();
  if (change) await conn.run(change);
  const cells = RATINGS.flatMap((hasil) => RATINGS.map((perilaku) => [hasil, perilaku]));
  await table(conn, "raw.skp", SKP, cells.map(([hasil, perilaku], i) => [`P${i}`, 2025, "TW1", hasil, perilaku, null, null, "skp.csv", i + 2]));
  await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar", opd_name: "varchar", start_date: "date", end_date: "date" },
    cells.map((_, i) => [`P${i}`, "1.01", "Dinas 1.01", "2020-01-01", null]));
  await runOnly(conn, "stg_skp", "int_performance", "performance");
  const people = await rows(conn, "select rating_results, rating_behaviour, predikat, is_good from marts.performance order by source_line");
  const share = await rows(conn, "select (count(*) filter (where is_good) / count(*))::double as share from marts.performance");
  return { people, share: share[0].share };
}

describe("is_good: which predikat count as good, from one rules row each", () => {
  it("Sangat Baik and Baik are good (both ratings at least sesuai ekspektasi); the other three are not", async () => {
    const { people } = await goodPredikat();
    expect(people.map((p) => [p.rating_results, p.rating_behaviour, p.predikat, p.is_good])).toEqual([
      ["di_atas", "di_atas", "sangat_baik", true],
      ["di_atas", "sesuai", "baik", true],
      ["di_atas", "di_bawah", "kurang_misconduct", false],
      ["sesuai", "di_atas", "baik", true],
      ["sesuai", "sesuai", "baik", true],
      ["sesuai", "di_bawah", "kurang_misconduct", false],
      ["di_bawah", "di_atas", "butuh_perbaikan", false],
      ["di_bawah", "sesuai", "butuh_perbaikan", false],
      ["di_bawah", "di_bawah", "sangat_kurang", false],
    ]);
  });

  it("changing the one row moves every person's is_good and the share built on it", async () => {
    const before = await goodPredikat();
    const after = await goodPredikat("update rules.permenpanrb_6_2022_predikat_levels set is_good = false where predikat = 'baik'");
    expect(before.share).toBeCloseTo(4 / 9, 10);
    expect(after.share).toBeCloseTo(1 / 9, 10);
    expect(after.people.filter((p) => p.is_good).map((p) => p.predikat)).toEqual(["sangat_baik"]);
  });
});

/**
 * One PNS with three TK days in January 2025 (never two in a row), through every model that places
 * people on the ladder; `ladder` changes the one ladder table (config.discipline_ladder) first.
 */
async function threeDays(ladder?: string) {
  const conn = await modelDb();
  if (ladder) await conn.run(ladder);
  const days = workingDays("2025-01-06", 20).map((date, i) => ["A", date, i % 2 === 0 && i < 6 ? "tanpa_keterangan" : "hadir", 0, 0]);
  await table(conn, "intermediate.int_daily_attendance", { nip: "varchar", date: "date", status: "varchar", late_minutes: "integer", early_minutes: "integer" }, days);
  await employeeTypes(conn);
  await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar" }, [["A", "1.01"]]);
  await table(conn, "staging.stg_sanctions", { nip: "varchar", decree_number: "varchar", decree_date: "date", sanction: "varchar", start_date: "date", end_date: "date" }, []);
  await runOnly(conn, "int_discipline_days", "int_discipline_rungs", "discipline_recommendations", "discipline_rungs_monthly", "int_award_periods", "int_award_eligibility");
  const [recommendation] = await rows(conn, "select level, sanction, reached_on::varchar as reached_on from marts.discipline_recommendations");
  const [rung] = await rows(conn, "select level, sanction from marts.discipline_rungs_monthly where month = '2025-01-01'");
  const [quarter] = await rows(conn, "select eligible from intermediate.int_award_eligibility where period = '2025-TW1'");
  return { recommendation, rung, quarter };
}

describe("the ladder is one table: every figure placed on it moves with it", () => {
  it("3 TK days: teguran lisan on the recommendation, on the month's rung, and no award in the quarter", async () => {
    expect(await threeDays()).toEqual({
      recommendation: { level: "ringan", sanction: "teguran_lisan", reached_on: "2025-01-10" },
      rung: { level: "ringan", sanction: "teguran_lisan" },
      quarter: { eligible: false },
    });
  });

  it("the first rung moved to 4 days in the table: no recommendation, no rung, the award open again", async () => {
    const moved = `update config.discipline_ladder set max_days = 3 where employee_type = 'PNS' and min_days = 0;
      update config.discipline_ladder set min_days = 4, max_days = 4 where employee_type = 'PNS' and sanction = 'teguran_lisan';
      update config.discipline_ladder set min_days = 5 where employee_type = 'PNS' and sanction = 'teguran_tertulis';`;
    expect(await threeDays(moved)).toEqual({
      recommendation: { level: "none", sanction: "none", reached_on: null },
      rung: { level: "none", sanction: "none" },
      quarter: { eligible: true },
    });
  });
});
