// Merit (docs/aturan.md#merit): the weights are validated at start-up, every component is 0-100 with its
// evidence, missing components are re-weighted and the career view says what to do next.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../pipeline/config/schema.ts";
import { rows, runOnly } from "./helpers/models.ts";
import { table } from "./helpers/tables.ts";
import { annual, JPM_MODELS, NINE_BOX_MODELS, talentDb, type TalentInputs } from "./helpers/talent.ts";

function load(content: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), "asn-merit-")), "instansi.json");
  writeFileSync(file, JSON.stringify(content));
  return () => loadConfig(file);
}

describe("config validation of the talent and merit settings", () => {
  it("defaults: merit weights 40/20/20/10/10, potential 80/20, cut-offs of docs/aturan.md#talenta", () => {
    const { merit, talent } = loadConfig();
    expect(merit.weights).toEqual({ performance: 40, discipline: 20, competency: 20, development: 10, ikp: 10 });
    expect(talent.potential_weights).toEqual({ assessment: 80, track_record: 20 });
    expect(talent.performance_cutoffs).toEqual({ di_atas: 85, sesuai: 70 });
    expect(talent.potential_cutoffs).toEqual({ tinggi: 77, menengah: 68 });
    expect(talent.exclusion).toEqual({ enabled: true, levels: ["sedang", "berat"], years: 2 });
  });

  it.each([99, 101])("merit weights summing to %i are rejected, naming the setting and the sum", (sum) => {
    const weights = { performance: 40, discipline: 20, competency: 20, development: 10, ikp: sum - 90 };
    expect(load({ merit: { weights } })).toThrow(ConfigError);
    expect(load({ merit: { weights } })).toThrow(
      `tidak sah pada merit.weights: bobot merit (performance + discipline + competency + development + ikp) harus berjumlah 100, bukan ${sum}`,
    );
  });

  it("another split that sums to 100 is accepted; a missing component is not", () => {
    expect(load({ merit: { weights: { performance: 50, discipline: 25, competency: 25, development: 0, ikp: 0 } } })().merit.weights.performance).toBe(50);
    expect(load({ merit: { weights: { performance: 60, discipline: 40 } } })).toThrow(/merit\.weights/);
  });

  it("potential weights must sum to 100, cut-offs must be ordered, the career path must not repeat a position type", () => {
    expect(load({ talent: { potential_weights: { assessment: 70, track_record: 20 } } })).toThrow(/bobot potensial .* harus berjumlah 100, bukan 90/);
    expect(load({ talent: { potential_cutoffs: { tinggi: 60, menengah: 68 } } })).toThrow(/talent\.potential_cutoffs: batas tinggi harus lebih tinggi dari batas menengah/);
    expect(load({ talent: { performance_cutoffs: { di_atas: 70, sesuai: 70 } } })).toThrow(/batas di_atas harus lebih tinggi dari batas sesuai/);
    const step = { from_position_type: "pelaksana", to_position_type: "pengawas", to_echelon: "IV.a" };
    expect(load({ talent: { career_path: [step, step] } })).toThrow(/pelaksana muncul lebih dari sekali/);
    expect(load({ talent: { career_path: [{ ...step, to_echelon: "4a" }] } })).toThrow(/eselon harus berbentuk/);
  });
});

const MERIT_MODELS = [...new Set([...NINE_BOX_MODELS, ...JPM_MODELS, "merit_scores"])];

/** The marts merit_scores reads besides the talent ones, as literal tables. */
async function meritDb(inputs: TalentInputs, extra: {
  discipline?: [string, string, number][];
  /** IKP instructions: [nip, deadline, completed on (null: open)]; the data runs until 2025-12-31 */
  ikp?: [string, string, string | null][];
}, config: unknown = {}) {
  const conn = await talentDb(config, inputs, []);
  await table(conn, "intermediate.int_calendar", { date: "date" }, [["2025-01-02"], ["2025-12-31"]]);
  await table(conn, "marts.discipline_recommendations", { nip: "varchar", year: "integer", level: "varchar", late_early_minutes: "integer", score_level: "varchar" },
    (extra.discipline ?? []).map(([nip, level, minutes]) => [nip, 2025, level, minutes, level]));
  await table(conn, "staging.stg_instructions", { id: "varchar", nip: "varchar", title: "varchar", issued_on: "date", deadline: "date", completed_on: "date" },
    (extra.ikp ?? []).map(([nip, deadline, done], i) => [String(i), nip, "Instruksi", deadline, deadline, done]));
  await table(conn, "intermediate.int_period", { start_date: "date", end_date: "date" }, [["2025-01-01", "2025-12-31"]]);
  await runOnly(conn, "ikp_results", ...MERIT_MODELS);
  return rows(conn, `select nip, year, score, performance, discipline, competency, development, ikp, weight_available_pct,
      performance_contribution, discipline_contribution, competency_contribution, development_contribution, ikp_contribution,
      missing_components, discipline_level, jpm_pct, training_hours, ikp_on_time, ikp_decided
    from marts.merit_scores order by nip`);
}

describe("merit score: weighted components, each 0-100", () => {
  const inputs: TalentInputs = {
    people: [{ nip: "A" }, { nip: "B" }, { nip: "C" }],
    skp: [...annual("A", "sangat_baik"), ...annual("B", "baik", [2025])],
    standards: [["pelaksana", null, 3, null]],
    assessments: [{ nip: "A", levels: [3, 3, 3, 3, 3, 3, 3, 3, 2], potential: 80 }],
    trainings: [["A", "2025-04-01", 10], ["B", "2025-04-01", 40]],
  };

  it("A has every component; B misses competency and IKP and is re-weighted; C has too little to score", async () => {
    const result = await meritDb(inputs, {
      discipline: [["A", "none", 900], ["B", "ringan", 0]],
      ikp: [
        ["A", "2025-03-01", "2025-03-01"],
        ["A", "2025-04-01", "2025-04-03"],
        ["A", "2025-05-01", null],
        ["A", "2025-12-31", null], // not due yet on the data's last day: does not count
      ],
    });
    const [a, b, c] = result;
    // A: performance 100; discipline 100 - 5 x 900/450 = 90; JPM 26/27 = 96,30; training 10 of 20 JP = 50;
    // IKP 1 of 3 on time = 33,33. Score = (40x100 + 20x90 + 20x96,30 + 10x50 + 10x33,33) / 100 = 85,59
    expect(a).toMatchObject({ performance: 100, discipline: 90, competency: 96.3, development: 50, ikp: 33.33,
      weight_available_pct: 100, missing_components: null, ikp_on_time: 1, ikp_decided: 3, training_hours: 10 });
    expect(a.score).toBeCloseTo((40 * 100 + 20 * 90 + 20 * (2600 / 27) + 10 * 50 + 10 * (100 / 3)) / 100, 2);
    // B: performance 80 (one year), discipline 70, development 100 (capped); (40x80 + 20x70 + 10x100) / 70 = 80
    expect(b).toMatchObject({ performance: 80, discipline: 70, competency: null, development: 100, ikp: null,
      weight_available_pct: 70, missing_components: "kompetensi, IKP", score: 80 });
    // C: only development (0 JP = 0) carries weight: 10 of 100 is under min_weight_pct 50
    // B's contributions: each weighted component over the weights present, summing to the score
    expect(b).toMatchObject({ performance_contribution: 45.71, discipline_contribution: 20, competency_contribution: null,
      development_contribution: 14.29, ikp_contribution: null });
    const parts = ["performance", "discipline", "competency", "development", "ikp"].map((k) => Number(a[`${k}_contribution`]));
    expect(parts.reduce((x, y) => x + y, 0)).toBeCloseTo(a.score as number, 1);
    expect(c).toMatchObject({ score: null, performance_contribution: null, development_contribution: null, development: 0, weight_available_pct: 10, missing_components: "kinerja, disiplin, kompetensi, IKP" });
  });

  it("follows the configured weights and discipline points", async () => {
    const config = { merit: { weights: { performance: 0, discipline: 100, competency: 0, development: 0, ikp: 0 }, discipline_points: { none: 100, ringan: 50, sedang: 20, berat: 0 }, late_points_per_day: 0 } };
    const result = await meritDb(inputs, { discipline: [["A", "none", 900], ["B", "ringan", 0], ["C", "berat", 0]] }, config);
    expect(result.map((r) => [r.nip, r.score])).toEqual([["A", 100], ["B", 50], ["C", 0]]);
  });
});

describe("career view", () => {
  it("tells each employee where they stand and what to raise for the next position", async () => {
    const conn = await talentDb({}, {
      people: [{ nip: "A" }, { nip: "B" }, { nip: "C" }],
      skp: [...annual("A", "sangat_baik"), ...annual("B", "baik"), ...annual("C", "baik")],
      standards: [["pelaksana", null, 2, null], ["pengawas", "IV.a", 3, null]],
      assessments: [
        { nip: "A", levels: [3, 3, 3, 3, 3, 3, 3, 2, 2], potential: 90 },
        { nip: "B", levels: 3, potential: 50 },
      ],
      sanctions: [["B", "2025-02-03", "potong_tukin_12"]],
    }, [...new Set([...NINE_BOX_MODELS, ...JPM_MODELS, "talent_career"])]);
    const result = await rows(conn, "select nip, box, jpm_own_pct, jpm_next_pct, next_position_label, gaps_to_close, gaps_count, next_step from marts.talent_career order by nip");
    expect(result[0]).toMatchObject({ box: 9, jpm_own_pct: 100, jpm_next_pct: 92.59, next_position_label: "Jabatan Pengawas (eselon IV.a)",
      gaps_to_close: "Pengambilan keputusan (2 → 3), Perekat bangsa (2 → 3)", gaps_count: 2 });
    expect(result[0].next_step).toBe(
      "Kotak 9 (kinerja di atas ekspektasi dan potensial tinggi). Masuk kelompok rencana suksesi. Langkah berikut: dipromosikan dan dipertahankan; " +
      "masuk kelompok rencana suksesi; mendapat penghargaan. Untuk Jabatan Pengawas (eselon IV.a): JPM 92,59% (memenuhi syarat); " +
      "kompetensi yang perlu ditingkatkan: Pengambilan keputusan (2 → 3), Perekat bangsa (2 → 3).",
    );
    expect(result[1]).toMatchObject({ box: 2, gaps_to_close: null });
    expect(result[1].next_step).toContain("semua kompetensi sudah memenuhi standar");
    expect(result[2]).toMatchObject({ box: null, jpm_own_pct: null });
    expect(result[2].next_step).toMatch(/^Belum ada asesmen kompetensi yang berlaku/);
  });
});
