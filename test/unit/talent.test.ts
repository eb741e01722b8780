// Nine-box (PermenPANRB 3/2020, docs/aturan.md#talenta): levels from the configured cut-offs, the box from
// the grid, the two-year performance score, potential from assessment and track record, and the
// talent-pool exclusion rule.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { rows } from "./helpers/models.ts";
import { annual, NINE_BOX_MODELS, RATINGS, talentDb, type TalentInputs } from "./helpers/talent.ts";

const GRID = Papa.parse<{ box: string; performance_level: string; potential_level: string; succession_group: string }>(
  readFileSync(new URL("../../pipeline/rules/permenpanrb_3_2020_nine_box.csv", import.meta.url), "utf8"),
  { header: true, skipEmptyLines: true },
).data;

async function nineBox(inputs: TalentInputs, config: unknown = {}) {
  const conn = await talentDb(config, inputs, NINE_BOX_MODELS);
  return rows(conn, `select nip, year, performance_score, performance_level, performance_years_used, performance_history,
      assessment_score, track_record_score, development_hours, potential_score, potential_level, box, in_talent_pool,
      excluded_reason, excluding_sanction, legal_basis
    from marts.talent_nine_box order by year, nip`);
}

/** One person per row: a predikat both years and a skor_potensi, no training export. */
const person = (nip: string, predikat: string, potential: number) => ({
  skp: annual(nip, predikat),
  assessment: { nip, potential },
});

function inputsOf(list: ReturnType<typeof person>[], extra: Partial<TalentInputs> = {}): TalentInputs {
  return {
    people: list.map((p) => ({ nip: p.assessment.nip })),
    skp: list.flatMap((p) => p.skp),
    assessments: list.map((p) => p.assessment),
    ...extra,
  };
}

describe("PermenPANRB 3/2020: the nine boxes", () => {
  // Default points: sangat_baik 100 (di_atas), baik 80 (sesuai), sangat_kurang 20 (di_bawah);
  // without a training export the potential is the assessment's skor_potensi.
  const performance: Record<string, string> = { di_atas: "sangat_baik", sesuai: "baik", di_bawah: "sangat_kurang" };
  const potential: Record<string, number> = { tinggi: 90, menengah: 72, rendah: 50 };

  it.each(GRID.map((g) => [Number(g.box), g.performance_level, g.potential_level, g.succession_group === "true"] as const))(
    "box %i: kinerja %s, potensial %s", async (box, perf, pot, pool) => {
      const rowsOut = await nineBox(inputsOf([person("A", performance[perf], potential[pot])]));
      const row = rowsOut.find((r) => r.year === 2025)!;
      expect(row).toMatchObject({ performance_level: perf, potential_level: pot, box, in_talent_pool: pool });
      expect(row.legal_basis).toContain(`PermenPANRB 3/2020`);
      expect(row.excluded_reason).toBe(pool ? null : `Kotak ${box}: kelompok rencana suksesi hanya kotak 7, 8 dan 9`);
    });

  it("the grid has nine distinct boxes, and the succession group is exactly 7, 8 and 9", () => {
    expect(new Set(GRID.map((g) => `${g.performance_level}/${g.potential_level}`)).size).toBe(9);
    expect(GRID.filter((g) => g.succession_group === "true").map((g) => Number(g.box)).sort()).toEqual([7, 8, 9]);
  });
});

describe("cut-offs: every boundary, and the config decides", () => {
  // Points chosen to land on the default performance cut-offs 85 and 70.
  const points = { performance_points: { sangat_baik: 85, baik: 84.99, butuh_perbaikan: 70, kurang_misconduct: 69.99, sangat_kurang: 0 } };

  it.each([
    ["sangat_baik", 85, "di_atas"],
    ["baik", 84.99, "sesuai"],
    ["butuh_perbaikan", 70, "sesuai"],
    ["kurang_misconduct", 69.99, "di_bawah"],
  ])("performance: %s gives %d -> %s", async (predikat, score, level) => {
    const [row] = (await nineBox(inputsOf([person("A", predikat, 80)]), { talent: points })).filter((r) => r.year === 2025);
    expect(row).toMatchObject({ performance_score: score, performance_level: level });
  });

  it.each([
    [77, "tinggi"],
    [76.99, "menengah"],
    [68, "menengah"],
    [67.99, "rendah"],
  ])("potential %d -> %s", async (score, level) => {
    const [row] = (await nineBox(inputsOf([person("A", "baik", score)]))).filter((r) => r.year === 2025);
    expect(row).toMatchObject({ potential_score: score, potential_level: level });
  });

  it("an instansi's own cut-offs move the levels", async () => {
    const config = { talent: { potential_cutoffs: { tinggi: 80, menengah: 60 }, performance_cutoffs: { di_atas: 95, sesuai: 50 } } };
    const [row] = (await nineBox(inputsOf([person("A", "butuh_perbaikan", 79)]), config)).filter((r) => r.year === 2025);
    // butuh_perbaikan = 60 points: di_bawah by default, sesuai with the cut-off at 50
    expect(row).toMatchObject({ performance_level: "sesuai", potential_level: "menengah", box: 5 });
  });
});

describe("the performance score: the last two years of SKP", () => {
  it("averages the years in the window, the annual predikat first, else the periods' mean", async () => {
    const result = await nineBox({
      people: [{ nip: "A" }],
      skp: [
        ["A", 2023, "TAHUNAN", ...RATINGS.sangat_kurang], // outside the window of 2025, inside that of 2024
        ["A", 2024, "TW1", ...RATINGS.baik],
        ["A", 2024, "TW2", ...RATINGS.sangat_baik],
        ["A", 2025, "TW1", ...RATINGS.sangat_kurang],
        ["A", 2025, "TAHUNAN", ...RATINGS.sangat_baik], // the annual predikat wins over TW1
      ],
      assessments: [{ nip: "A", date: "2023-05-01", potential: 80 }],
    });
    expect(result.map((r) => [r.year, r.performance_score, r.performance_years_used, r.performance_history])).toEqual([
      [2023, 20, 1, "2023: 20"],
      [2024, 55, 2, "2023: 20; 2024: 90"],
      [2025, 95, 2, "2024: 90; 2025: 100"],
    ]);
  });

  it("performance_years = 1 keeps only the year itself", async () => {
    const result = await nineBox(inputsOf([{ skp: [...annual("A", "baik", [2024]), ...annual("A", "sangat_baik", [2025])], assessment: { nip: "A", potential: 80 } }]),
      { talent: { performance_years: 1 } });
    expect(result.find((r) => r.year === 2025)).toMatchObject({ performance_score: 100, performance_years_used: 1 });
  });
});

describe("the potential score: assessment and track record", () => {
  it("weights skor_potensi 80 and training hours 20 (20 JP a year is a full track record)", async () => {
    const result = await nineBox({
      ...inputsOf([person("A", "baik", 70), person("B", "baik", 70), person("C", "baik", 70)]),
      trainings: [["A", "2025-03-01", 20], ["B", "2024-03-01", 30], ["B", "2025-03-01", 30], ["C", "2023-12-31", 40]],
    });
    const y2025 = result.filter((r) => r.year === 2025);
    // A: 20 JP of 40 = 50 -> 0,8 x 70 + 0,2 x 50 = 66; B: 60 JP, capped at 100 -> 76; C: 2023 is outside -> 56
    expect(y2025.map((r) => [r.nip, r.development_hours, r.track_record_score, r.potential_score, r.potential_level])).toEqual([
      ["A", 20, 50, 66, "rendah"],
      ["B", 60, 100, 76, "menengah"],
      ["C", 0, 0, 56, "rendah"],
    ]);
  });

  it("takes the latest assessment valid at the year's end, never a later or an expired one", async () => {
    const result = await nineBox({
      people: [{ nip: "A" }, { nip: "B" }],
      skp: [...annual("A", "baik"), ...annual("B", "baik")],
      assessments: [
        { nip: "A", date: "2024-02-01", potential: 60 },
        { nip: "A", date: "2025-08-01", potential: 80 },
        { nip: "A", date: "2026-01-05", potential: 99 }, // after 2025
        { nip: "B", date: "2022-12-31", potential: 90 }, // older than 3 years at the end of 2025
      ],
    });
    expect(result.map((r) => [r.nip, r.year, r.assessment_score])).toEqual([
      ["A", 2024, 60],
      ["B", 2024, 90],
      ["A", 2025, 80],
    ]);
  });

  it("no nine-box without an assessment, or for someone who left before the year's end", async () => {
    const result = await nineBox({
      people: [{ nip: "A", end_date: "2025-06-30" }, { nip: "B" }, { nip: "C" }],
      skp: [...annual("A", "baik"), ...annual("B", "baik"), ...annual("C", "baik")],
      assessments: [{ nip: "A", date: "2024-01-10", potential: 80 }, { nip: "B", date: "2024-01-10", potential: 80 }],
    });
    expect(result.map((r) => [r.year, r.nip])).toEqual([[2024, "A"], [2024, "B"], [2025, "B"]]);
  });
});

describe("talent pool exclusion: a sedang or berat sanction in the last two years", () => {
  const top = ["A", "B", "C", "D", "E"].map((nip) => person(nip, "sangat_baik", 90));
  const sanctions: [string, string, string][] = [
    ["A", "2024-03-12", "potong_tukin_6"], // sedang, last year: out
    ["B", "2025-05-02", "penurunan_jabatan"], // berat, this year: out
    ["C", "2025-01-20", "teguran_tertulis"], // ringan: stays
    ["D", "2023-12-31", "pembebasan_jabatan"], // berat, three years ago: stays
  ];

  it("keeps the box, leaves the person out of the pool and says why", async () => {
    const result = (await nineBox(inputsOf(top, { sanctions }))).filter((r) => r.year === 2025);
    expect(result.map((r) => [r.nip, r.box, r.in_talent_pool, r.excluding_sanction])).toEqual([
      ["A", 9, false, "potong_tukin_6"],
      ["B", 9, false, "penurunan_jabatan"],
      ["C", 9, true, null],
      ["D", 9, true, null],
      ["E", 9, true, null],
    ]);
    expect(result[0].excluded_reason).toBe(
      "Hukuman disiplin tingkat sedang (Pemotongan tunjangan kinerja 25% selama 6 bulan, SK 12 Maret 2024) dalam 2 tahun terakhir: tidak masuk kelompok rencana suksesi",
    );
    expect(result[1].excluded_reason).toMatch(/^Hukuman disiplin tingkat berat \(Penurunan jabatan.*SK 2 Mei 2025\)/);
  });

  it("follows the config: switched off, or ringan added, or a longer window", async () => {
    const off = (await nineBox(inputsOf(top, { sanctions }), { talent: { exclusion: { enabled: false } } })).filter((r) => r.year === 2025);
    expect(off.every((r) => r.in_talent_pool)).toBe(true);
    const strict = (await nineBox(inputsOf(top, { sanctions }), { talent: { exclusion: { levels: ["ringan", "sedang", "berat"], years: 3 } } }))
      .filter((r) => r.year === 2025);
    expect(strict.map((r) => [r.nip, r.in_talent_pool])).toEqual([["A", false], ["B", false], ["C", false], ["D", false], ["E", true]]);
    expect(strict[2].excluded_reason).toContain("dalam 3 tahun terakhir");
  });

  it("a sanction outside the pool's boxes leaves the box reason", async () => {
    const [row] = (await nineBox(inputsOf([person("A", "baik", 50)], { sanctions: [["A", "2025-02-01", "potong_tukin_9"]] }))).filter((r) => r.year === 2025);
    expect(row).toMatchObject({ box: 2, in_talent_pool: false, excluding_sanction: "potong_tukin_9", excluded_reason: "Kotak 2: kelompok rencana suksesi hanya kotak 7, 8 dan 9" });
  });
});
