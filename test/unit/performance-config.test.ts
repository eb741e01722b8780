import { describe, expect, it } from "vitest";
import { configSchema, loadConfig } from "../../pipeline/config/schema.ts";

const issues = (input: unknown) => {
  const parsed = configSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
};

describe("config: performance, 360, IKP, TPP kinerja and awards", () => {
  it("defaults follow docs/aturan.md#predikat, #360, #ikp, #tpp, #penghargaan", () => {
    const config = loadConfig();
    expect(config.performance).toEqual({ curve_period: "TAHUNAN" });
    expect(config.behaviour_360).toEqual({ weights: { atasan: 50, rekan: 30, bawahan: 20 }, weights_without_subordinates: { atasan: 50, rekan: 50 }, min_peers: 3 });
    expect(config.ikp).toEqual({ reward_points_on_time: 10, late_pct: 1, not_completed_pct: 2 });
    expect(config.tpp_performance).toMatchObject({ basis: "productivity", monthly_cap_pct: 100 });
    expect(config.awards.weights).toEqual({ predikat: 30, behaviour_360: 25, productivity: 25, discipline: 15, ikp: 5 });
    expect(config.awards).toMatchObject({ nominees_per_opd: 3, quarter_winners: 1, shortlist_size: 10, annual_winners: 1 });
  });

  it.each([
    [{ behaviour_360: { weights: { atasan: 50, rekan: 30, bawahan: 10 } } },
      "behaviour_360.weights: bobot penilaian 360 (atasan + rekan + bawahan) harus berjumlah 100, bukan 90"],
    [{ behaviour_360: { weights_without_subordinates: { atasan: 60, rekan: 50 } } },
      "behaviour_360.weights_without_subordinates: bobot penilaian 360 tanpa bawahan (atasan + rekan) harus berjumlah 100, bukan 110"],
    [{ awards: { weights: { predikat: 40, behaviour_360: 25, productivity: 25, discipline: 15, ikp: 5 } } },
      "awards.weights: bobot penghargaan (predikat + behaviour_360 + productivity + discipline + ikp) harus berjumlah 100, bukan 110"],
  ])("rejects weights that do not add up to 100: %j", (input, message) => {
    expect(issues(input)).toContain(message);
  });

  it.each([
    [{ behaviour_360: { weights: { atasan: 50, rekan: 50 } } }, "behaviour_360.weights.bawahan"],
    [{ awards: { weights: { predikat: 100, behaviour_360: 0, productivity: 0, discipline: 0, ikp: 0, merit: 0 } } }, "awards.weights"],
    [{ tpp_performance: { productivity_bands: [{ min_pct: 0, max_pct: 50, deduction_pct: 20 }, { min_pct: 60, max_pct: null, deduction_pct: 0 }] } },
      "tpp_performance.productivity_bands.1.min_pct: pita harus mulai pada 50%"],
    [{ tpp_performance: { productivity_bands: [{ min_pct: 0, max_pct: 50, deduction_pct: 20 }] } }, "pita terakhir harus terbuka (null)"],
    [{ tpp_performance: { basis: "kehadiran" } }, "tpp_performance.basis"],
    [{ tpp_performance: { predikat_pct: { sangat_baik: 0, baik: 0 } } }, "tpp_performance.predikat_pct.butuh_perbaikan"],
    [{ performance: { curve_period: "TW5" } }, "performance.curve_period"],
    [{ awards: { nominees_per_opd: 0 } }, "awards.nominees_per_opd"],
  ])("rejects %j naming the setting", (input, where) => {
    expect(issues(input)).toContain(where);
  });

  it("weights that add up to 100 in another split are accepted", () => {
    const parsed = configSchema.parse({ behaviour_360: { weights: { atasan: 40, rekan: 40, bawahan: 20 } }, awards: { weights: { predikat: 20, behaviour_360: 20, productivity: 40, discipline: 10, ikp: 10 } } });
    expect(parsed.behaviour_360.weights.rekan).toBe(40);
    expect(parsed.awards.weights.productivity).toBe(40);
  });
});
