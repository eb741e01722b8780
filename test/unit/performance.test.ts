import { describe, expect, it } from "vitest";
import { modelDb, rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";

const SKP = { nip: "varchar", tahun: "integer", periode: "varchar", rating_hasil_kerja: "varchar", rating_perilaku_kerja: "varchar",
  predikat_kinerja: "varchar", nip_penilai: "varchar", source_file: "varchar", source_line: "integer" };

async function performance(skp: [string, string, string, string, string | null][]) {
  const conn = await modelDb();
  await table(conn, "raw.skp", SKP, skp.map(([nip, periode, hasil, perilaku, predikat], i) => [nip, 2025, periode, hasil, perilaku, predikat, null, "skp_2025.csv", i + 2]));
  await runOnly(conn, "stg_skp", "int_performance", "performance");
  return rows(conn, `select nip, period, period_kind, strftime(period_start, '%Y-%m-%d') as period_start, strftime(period_end, '%Y-%m-%d') as period_end,
    predikat, source_predikat, predikat_mismatch, legal_basis from marts.performance order by source_line`);
}

describe("PermenPANRB 6/2022: predikat from rating hasil kerja x rating perilaku kerja", () => {
  // The matrix of docs/aturan.md#predikat, row by row: hasil \ perilaku.
  it.each([
    ["di_atas", "di_bawah", "kurang_misconduct"],
    ["di_atas", "sesuai", "baik"],
    ["di_atas", "di_atas", "sangat_baik"],
    ["sesuai", "di_bawah", "kurang_misconduct"],
    ["sesuai", "sesuai", "baik"],
    ["sesuai", "di_atas", "baik"],
    ["di_bawah", "di_bawah", "sangat_kurang"],
    ["di_bawah", "sesuai", "butuh_perbaikan"],
    ["di_bawah", "di_atas", "butuh_perbaikan"],
  ])("hasil %s, perilaku %s -> %s", async (hasil, perilaku, predikat) => {
    const [row] = await performance([["A", "TAHUNAN", hasil, perilaku, null]]);
    expect(row).toMatchObject({ predikat, source_predikat: null, predikat_mismatch: false });
    expect(row.legal_basis).toMatch(/^PermenPANRB 6\/2022/);
  });

  it("flags the export's own predikat when the ratings give another, and only then", async () => {
    const result = await performance([
      ["A", "TW1", "sesuai", "sesuai", "baik"],
      ["B", "TW1", "sesuai", "sesuai", "sangat_baik"],
      ["C", "TW1", "di_atas", "di_bawah", "kurang_misconduct"],
      ["D", "TW1", "di_bawah", "di_bawah", "kurang_misconduct"],
    ]);
    expect(result.map((r) => [r.nip, r.predikat, r.source_predikat, r.predikat_mismatch])).toEqual([
      ["A", "baik", "baik", false],
      ["B", "baik", "sangat_baik", true],
      ["C", "kurang_misconduct", "kurang_misconduct", false],
      ["D", "sangat_kurang", "kurang_misconduct", true],
    ]);
  });

  it("keeps every period: quarters, the year and months, with their dates", async () => {
    const result = await performance([
      ["A", "TW1", "sesuai", "sesuai", null],
      ["A", "TW4", "sesuai", "sesuai", null],
      ["A", "TAHUNAN", "sesuai", "sesuai", null],
      ["A", "2", "sesuai", "sesuai", null],
    ]);
    expect(result.map((r) => [r.period, r.period_kind, r.period_start, r.period_end])).toEqual([
      ["TW1", "triwulan", "2025-01-01", "2025-03-31"],
      ["TW4", "triwulan", "2025-10-01", "2025-12-31"],
      ["TAHUNAN", "tahunan", "2025-01-01", "2025-12-31"],
      ["2", "bulanan", "2025-02-01", "2025-02-28"],
    ]);
  });
});

/** A unit of ten rated staff: counts per predikat [sangat_baik, baik, butuh_perbaikan, kurang_misconduct, sangat_kurang]. */
type Unit = [code: string, organisation: string, counts: number[]];
const PREDIKATS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"];

async function curve(units: Unit[], options: { config?: unknown; extra?: [string, string, string][] } = {}) {
  const conn = await modelDb(options.config);
  const staff: [string, string, string][] = units.flatMap(([code, , counts]) =>
    counts.flatMap((n, p) => Array.from({ length: n }, (_, i) => [`${code}-${p}-${i}`, code, PREDIKATS[p]] as [string, string, string])),
  );
  const all = [...staff, ...(options.extra ?? [])];
  await table(conn, "marts.employees", { nip: "varchar", opd_code: "varchar", opd_name: "varchar", unit_code: "varchar" },
    all.map(([nip, code]) => [nip, code, `OPD ${code}`, code]));
  await table(conn, "marts.performance", { nip: "varchar", year: "integer", period: "varchar", predikat: "varchar" }, [
    ...all.map(([nip, , predikat]) => [nip, 2025, "TAHUNAN", predikat]),
    // a quarter's predikat is not the annual curve (the default curve period is TAHUNAN)
    ...all.map(([nip]) => [nip, 2025, "TW1", "sangat_baik"]),
  ]);
  await table(conn, "staging.stg_unit_predikat", { unit_code: "varchar", year: "integer", organisation_predikat: "varchar" },
    units.map(([code, organisation]) => [code, 2025, organisation]));
  await runOnly(conn, "predikat_curve_checks", "predikat_distribution");
  const checks = await rows(conn, "select unit_code, rule, actual_pct, passed from marts.predikat_curve_checks order by unit_code, rule");
  const units_ = await rows(conn, "select * from marts.predikat_distribution order by unit_code");
  const failed = (code: string) => checks.filter((c) => c.unit_code === code && !c.passed).map((c) => c.rule);
  return { checks, units: units_, failed };
}

describe("SE MenPANRB 3/2023: the distribution of predikat a unit may give, by its own predikat", () => {
  // [unit, organisation predikat, staff per predikat (SB, B, BP, K, SK) out of 10, rules broken]
  const cases: [string, string, number[], string[]][] = [
    ["ist-pass", "istimewa", [7, 3, 0, 0, 0], []],
    ["ist-fail", "istimewa", [8, 2, 0, 0, 0], ["istimewa_max_sangat_baik"]],
    ["baik-pass", "baik", [2, 7, 1, 0, 0], []],
    ["baik-pass-kurang", "baik", [2, 7, 0, 1, 0], []],
    ["baik-fail-max", "baik", [1, 8, 1, 0, 0], ["baik_max_baik"]],
    ["baik-fail-none-below", "baik", [3, 7, 0, 0, 0], ["baik_some_below"]],
    ["bp-pass", "butuh_perbaikan", [1, 3, 6, 0, 0], []],
    ["bp-fail-min", "butuh_perbaikan", [0, 5, 5, 0, 0], ["butuh_perbaikan_min_butuh_perbaikan"]],
    ["bp-fail-max-sb", "butuh_perbaikan", [2, 2, 6, 0, 0], ["butuh_perbaikan_max_sangat_baik"]],
    ["k-pass", "kurang", [1, 2, 1, 6, 0], []],
    ["k-fail-min", "kurang", [0, 3, 2, 5, 0], ["kurang_min_kurang"]],
    ["k-fail-min-bp", "kurang", [0, 4, 0, 6, 0], ["kurang_min_butuh_perbaikan"]],
    ["k-fail-max-sb", "kurang", [2, 1, 1, 6, 0], ["kurang_max_sangat_baik"]],
    ["sk-pass", "sangat_kurang", [0, 3, 0, 1, 6], []],
    ["sk-pass-bp", "sangat_kurang", [0, 3, 1, 0, 6], []],
    ["sk-fail-min", "sangat_kurang", [0, 3, 0, 2, 5], ["sangat_kurang_min_sangat_kurang"]],
    ["sk-fail-min-k-bp", "sangat_kurang", [0, 4, 0, 0, 6], ["sangat_kurang_min_kurang_butuh_perbaikan"]],
    ["sk-fail-sb", "sangat_kurang", [1, 2, 1, 0, 6], ["sangat_kurang_no_sangat_baik"]],
  ];

  it.each(cases)("%s: organisation %s, staff %j -> breaks %j", async (code, organisation, counts, broken) => {
    const { failed, units } = await curve([[code, organisation, counts]]);
    expect(failed(code)).toEqual(broken);
    expect(units[0]).toMatchObject({ unit_code: code, organisation_predikat: organisation, n: 10, breaks_curve: broken.length > 0 });
    expect(units[0].reason).toMatch(broken.length ? /^Melanggar kurva SE MenPANRB 3\/2023/ : /^Sesuai kurva/);
  });

  it("checks every bound the regulation sets for each organisation predikat", async () => {
    const { checks } = await curve(cases.filter(([code]) => code.endsWith("pass")).map(([c, o, n]) => [c, o, n]));
    const perUnit = (code: string) => checks.filter((c) => c.unit_code === code).length;
    expect([perUnit("ist-pass"), perUnit("baik-pass"), perUnit("bp-pass"), perUnit("k-pass"), perUnit("sk-pass")]).toEqual([1, 2, 2, 3, 3]);
  });

  it("says why in Indonesian, with the share found, and shows units without a predikat unchecked", async () => {
    const { units } = await curve([["bp-lenient", "butuh_perbaikan", [2, 7, 1, 0, 0]]], { extra: [["X-1", "9.99", "baik"]] });
    const [unrated, lenient] = units;
    expect(lenient).toMatchObject({ unit_code: "bp-lenient", n_sangat_baik: 2, share_sangat_baik_pct: 20, share_butuh_perbaikan_pct: 10, rules_failed: 2 });
    expect(lenient.reason).toBe(
      "Melanggar kurva SE MenPANRB 3/2023 untuk organisasi berpredikat Butuh Perbaikan: paling banyak 10% pegawai berpredikat " +
        "Sangat Baik (ada 20%); paling sedikit 60% pegawai berpredikat Butuh Perbaikan (ada 10%). Periksa kemungkinan penilai terlalu longgar.",
    );
    expect(unrated).toMatchObject({ unit_code: "9.99", organisation_predikat: null, n: 1, breaks_curve: null });
    expect(unrated.reason).toMatch(/tidak diperiksa/);
  });

  it("checks another period when configured", async () => {
    // every TW1 predikat in the fixture is sangat_baik: an istimewa unit then breaks its curve
    const { failed } = await curve([["ist", "istimewa", [7, 3, 0, 0, 0]]], { config: { performance: { curve_period: "TW1" } } });
    expect(failed("ist")).toEqual(["istimewa_max_sangat_baik"]);
  });
});
