// Competency and JPM (docs/aturan.md#jpm): achieved over required levels with over-achievement capped,
// both category scales at their boundaries, the own and next position class, and succession.
import { describe, expect, it } from "vitest";
import { rows } from "./helpers/models.ts";
import { annual, JPM_MODELS, NINE_BOX_MODELS, talentDb, type TalentInputs } from "./helpers/talent.ts";

async function jpm(inputs: TalentInputs, config: unknown = {}) {
  const conn = await talentDb(config, inputs, JPM_MODELS);
  return {
    jpm: await rows(conn, `select nip, strftime(assessed_on, '%Y-%m-%d') as assessed_on, is_latest, target_position_type, target_echelon,
        target_role, competencies, required_sum, achieved_sum, jpm_pct, competencies_below, mapping_category, selection_category, legal_basis
      from marts.competency_jpm order by nip, assessed_on, target_position_type, target_echelon`),
    gaps: await rows(conn, `select nip, target_role, competency, competency_group, required_level, achieved_level, counted_level, gap
      from marts.competency_gaps order by nip, target_role, competency`),
  };
}

describe("JPM = achieved / required levels over the position's competencies", () => {
  it("caps each competency at the required level by default, and not when configured otherwise", async () => {
    // Required 3 everywhere (9 + teknis = 30); achieved 5 on three, 2 on two, 3 on the rest, teknis 3.
    const inputs: TalentInputs = {
      people: [{ nip: "A" }],
      standards: [["pelaksana", null, 3, 3]],
      assessments: [{ nip: "A", levels: [5, 5, 5, 2, 2, 3, 3, 3, 3], teknis: 3 }],
    };
    const capped = (await jpm(inputs)).jpm[0];
    // counted: 3+3+3+2+2+3+3+3+3+3 = 28 of 30
    expect(capped).toMatchObject({ competencies: 10, required_sum: 30, achieved_sum: 28, jpm_pct: 93.33, competencies_below: 2, target_role: "jabatan_saat_ini" });
    const uncapped = (await jpm(inputs, { talent: { jpm_cap_at_standard: false } })).jpm[0];
    // 5+5+5+2+2+3+3+3+3+3 = 34 of 30
    expect(uncapped).toMatchObject({ achieved_sum: 34, jpm_pct: 113.33, mapping_category: "optimal" });
  });

  it("counts teknis only where both the standard and the assessment have it", async () => {
    const { jpm: result } = await jpm({
      people: [{ nip: "A" }, { nip: "B" }],
      standards: [["pelaksana", null, 3, 3]],
      assessments: [{ nip: "A", levels: 3, teknis: null }, { nip: "B", levels: 3, teknis: 1 }],
    });
    expect(result.map((r) => [r.nip, r.competencies, r.required_sum, r.achieved_sum])).toEqual([["A", 9, 27, 27], ["B", 10, 30, 28]]);
  });

  it("lists every gap with its group, against the own and the next position", async () => {
    const { gaps } = await jpm({
      people: [{ nip: "A", position_type: "pelaksana" }],
      standards: [["pelaksana", null, 2, null], ["pengawas", "IV.a", 3, null]],
      assessments: [{ nip: "A", levels: [3, 2, 2, 2, 2, 2, 2, 2, 1] }],
    });
    const own = gaps.filter((g) => g.target_role === "jabatan_saat_ini");
    const next = gaps.filter((g) => g.target_role === "jabatan_berikutnya");
    expect(own).toHaveLength(9);
    expect(next).toHaveLength(9);
    expect(own.find((g) => g.competency === "integritas")).toMatchObject({ competency_group: "manajerial", required_level: 2, achieved_level: 3, counted_level: 2, gap: 1 });
    expect(own.find((g) => g.competency === "perekat_bangsa")).toMatchObject({ competency_group: "sosial_kultural", gap: -1 });
    expect(next.filter((g) => (g.gap as number) < 0)).toHaveLength(8);
  });
});

describe("category scales at their boundaries (Peraturan BKN 26/2019)", () => {
  // Nine competencies, required 5 each (45) or 3 each (27): achieved sums give exact percentages.
  const cases: [string, number, number[], number, string, string][] = [
    ["100%", 3, [3, 3, 3, 3, 3, 3, 3, 3, 3], 100, "optimal", "memenuhi_syarat"],
    ["88,89% (just below 90)", 5, [5, 5, 5, 5, 5, 5, 5, 3, 2], 88.89, "cukup_optimal", "memenuhi_syarat"],
    ["exactly 80% (boundary of memenuhi syarat)", 5, [4, 4, 4, 4, 4, 4, 4, 4, 4], 80, "cukup_optimal", "memenuhi_syarat"],
    ["77,78% (just below 78 and 80)", 5, [4, 4, 4, 4, 4, 4, 4, 4, 3], 77.78, "kurang_optimal", "masih_memenuhi_syarat"],
    ["66,67% (below 68)", 3, [2, 2, 2, 2, 2, 2, 2, 2, 2], 66.67, "kurang_optimal", "kurang_memenuhi_syarat"],
  ];
  it.each(cases)("%s", async (_name, required, levels, pct, mapping, selection) => {
    const { jpm: [row] } = await jpm({ people: [{ nip: "A" }], standards: [["pelaksana", null, required, null]], assessments: [{ nip: "A", levels }] });
    expect(row).toMatchObject({ jpm_pct: pct, mapping_category: mapping, selection_category: selection });
    expect(row.legal_basis).toContain("Peraturan BKN 26/2019");
  });

  it("90% exactly is optimal, 78% exactly is cukup optimal, 68% exactly is masih memenuhi syarat", async () => {
    // Ten competencies with teknis: required 5 x 10 = 50 -> 45 = 90%, 39 = 78%, 34 = 68%.
    const { jpm: result } = await jpm({
      people: [{ nip: "A" }, { nip: "B" }, { nip: "C" }],
      standards: [["pelaksana", null, 5, 5]],
      assessments: [
        { nip: "A", levels: [5, 5, 5, 5, 5, 5, 5, 5, 2], teknis: 3 },
        { nip: "B", levels: [4, 4, 4, 4, 4, 4, 4, 4, 4], teknis: 3 },
        { nip: "C", levels: [4, 4, 4, 4, 3, 3, 3, 3, 3], teknis: 3 },
      ],
    });
    expect(result.map((r) => [r.nip, r.jpm_pct, r.mapping_category, r.selection_category])).toEqual([
      ["A", 90, "optimal", "memenuhi_syarat"],
      ["B", 78, "cukup_optimal", "masih_memenuhi_syarat"],
      ["C", 68, "kurang_optimal", "masih_memenuhi_syarat"],
    ]);
  });
});

describe("which standard an employee is measured against", () => {
  it("the exact eselon first, else the position type's standard without eselon; the next step from the career path", async () => {
    const { jpm: result } = await jpm({
      people: [{ nip: "A", position_type: "pengawas", echelon: "IV.b" }, { nip: "B", position_type: "pengawas", echelon: "IV.a" }],
      standards: [["pengawas", "IV.a", 3, null], ["pengawas", null, 2, null], ["administrator", "III.b", 4, null], ["administrator", "III.a", 4, null]],
      assessments: [{ nip: "A", levels: 3 }, { nip: "B", levels: 3 }],
    });
    const roles = (nip: string) => result.filter((r) => r.nip === nip).map((r) => [r.target_position_type, r.target_echelon, r.target_role]);
    expect(roles("A")).toEqual([
      ["administrator", "III.a", "lainnya"],
      ["administrator", "III.b", "jabatan_berikutnya"],
      ["pengawas", "IV.a", "lainnya"],
      ["pengawas", null, "jabatan_saat_ini"],
    ]);
    expect(roles("B")).toContainEqual(["pengawas", "IV.a", "jabatan_saat_ini"]);
    expect(roles("B")).toContainEqual(["pengawas", null, "lainnya"]);
  });

  it("only the latest assessment is is_latest", async () => {
    const { jpm: result } = await jpm({
      people: [{ nip: "A" }],
      standards: [["pelaksana", null, 3, null]],
      assessments: [{ nip: "A", date: "2024-01-01", levels: 2 }, { nip: "A", date: "2025-01-01", levels: 3 }],
    });
    expect(result.map((r) => [r.assessed_on, r.is_latest, r.jpm_pct])).toEqual([["2024-01-01", false, 66.67], ["2025-01-01", true, 100]]);
  });
});

describe("succession: ranked talent-pool candidates per echelon III/IV position", () => {
  it("takes pool members from the feeding position types, ranks by JPM then box, and states readiness", async () => {
    const pool = (nip: string, position_type: string, levels: number, box9 = true) => ({
      nip, position_type, levels, skp: annual(nip, box9 ? "sangat_baik" : "baik"), potential: 90,
    });
    const candidates = [
      pool("P1", "pelaksana", 4), // JPM vs pengawas IV.a (4): 100 -> siap
      pool("P2", "fungsional", 3), // 75 -> siap dengan pengembangan
      pool("P3", "pelaksana", 2), // 50 -> belum siap
      pool("P4", "pelaksana", 4, false), // box 8, JPM 100: after P1 (box 9)
      pool("S1", "pengawas", 4), // feeds administrator, not pengawas
      pool("K1", "fungsional", 4), // a PPPK in box 9 with JPM 100: no candidate for a pengawas post
    ];
    const sanctions: [string, string, string][] = [["S1", "2025-01-10", "potong_tukin_6"]]; // S1 out of the pool
    const conn = await talentDb({}, {
      people: [
        { nip: "H1", position_type: "pengawas", echelon: "IV.a", unit_code: "A.1", position_name: "Kepala Seksi Umum" },
        { nip: "H2", position_type: "administrator", echelon: "III.b", unit_code: "A", position_name: "Kepala Bidang" },
        { nip: "H3", position_type: "administrator", echelon: "III.a", unit_code: "A", position_name: "Sekretaris" },
        ...candidates.map((c) => ({ nip: c.nip, position_type: c.position_type, employee_type: c.nip === "K1" ? "PPPK" : "PNS" })),
      ],
      skp: candidates.flatMap((c) => c.skp),
      assessments: candidates.map((c) => ({ nip: c.nip, levels: c.levels, potential: c.potential })),
      standards: [["pengawas", "IV.a", 4, null], ["pelaksana", null, 2, null], ["fungsional", null, 3, null]],
      sanctions,
    }, [...new Set([...NINE_BOX_MODELS, ...JPM_MODELS]), "talent_succession"]);
    const result = await rows(conn, `select scope, position_name, rank, nip, box, jpm_pct, readiness, readiness_label
      from marts.talent_succession where scope = 'jabatan' order by position_name, rank`);
    expect(result.map((r) => [r.position_name, r.rank, r.nip, r.box, r.jpm_pct, r.readiness])).toEqual([
      // no pengawas left in the pool: the positions stay, without a candidate
      ["Kepala Bidang", null, null, null, null, null],
      ["Kepala Seksi Umum", 1, "P1", 9, 100, "siap"],
      ["Kepala Seksi Umum", 2, "P4", 8, 100, "siap"],
      ["Kepala Seksi Umum", 3, "P2", 9, 75, "siap_dengan_pengembangan"],
      ["Kepala Seksi Umum", 4, "P3", 9, 50, "belum_siap"],
      ["Sekretaris", null, null, null, null, null],
    ]);
    expect(result[0].readiness_label).toBe("Belum ada kandidat dari kelompok rencana suksesi");
    // the PPPK is in box 9 of the pool, yet no candidate for the pengawas post (docs/aturan.md#talenta)
    expect(await rows(conn, "select box, in_talent_pool from marts.talent_nine_box where nip = 'K1'")).toEqual([{ box: 9, in_talent_pool: true }]);
    const statuses = await rows(conn, "select position_name, candidate_status from marts.talent_succession where scope = 'jabatan' and (rank is null or rank = 1) order by 1");
    expect(statuses.map((r) => r.candidate_status)).toEqual(["tanpa_kandidat", "kandidat", "tanpa_kandidat"]);
    const classes = await rows(conn, `select position_key, count(*) as n from marts.talent_succession where scope = 'kelas_jabatan' group by all order by 1`);
    expect(classes).toEqual([{ position_key: "pengawas IV.a", n: "4" }]);
  });
});
