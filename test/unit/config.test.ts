import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../pipeline/config/schema.ts";

function configFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "asn-config-")), "instansi.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("config", () => {
  it("defaults to the Perpres 21/2023 week: 37,5 hours without breaks", () => {
    const { schedule } = loadConfig();
    const hours = Object.values(schedule.week).reduce((sum, d) => {
      const [sh, sm] = d!.start.split(":").map(Number);
      const [eh, em] = d!.end.split(":").map(Number);
      return sum + (eh * 60 + em - (sh * 60 + sm) - d!.break_minutes) / 60;
    }, 0);
    expect(hours).toBe(37.5);
    expect(schedule.week.mon).toEqual({ start: "07:30", end: "16:00", break_minutes: 60 });
    expect(schedule.week.fri).toEqual({ start: "07:30", end: "16:30", break_minutes: 90 });
    expect(schedule.week.sat).toBeUndefined();
  });

  it("defaults to WIB, no grace period and 450 minutes per converted day", () => {
    const config = loadConfig();
    expect(config.instansi.timezone).toBe("Asia/Jakarta");
    expect(config.schedule.grace_minutes).toBe(0);
    expect(config.discipline).toEqual({ minutes_per_day: 450, include_converted_days: true });
  });

  it("takes an instansi's overrides and keeps the other defaults", () => {
    const config = loadConfig(configFile({ instansi: { timezone: "Asia/Makassar" }, schedule: { grace_minutes: 5 } }));
    expect(config.instansi.timezone).toBe("Asia/Makassar");
    expect(config.schedule.grace_minutes).toBe(5);
    expect(config.schedule.week.mon?.start).toBe("07:30");
  });

  it.each([
    [{ instansi: { timezone: "UTC" } }, "instansi.timezone"],
    [{ schedule: { grace_minutes: -1 } }, "schedule.grace_minutes"],
    [{ schedule: { week: { mon: { start: "25:00", end: "16:00", break_minutes: 60 } } } }, "schedule.week.mon.start"],
    [{ period: { start: "2025-12-31", end: "2025-01-01" } }, "period"],
    [{ unknown_setting: 1 }, "(akar)"],
  ])("rejects %j naming the setting", (content, where) => {
    const file = configFile(content);
    expect(() => loadConfig(file)).toThrow(ConfigError);
    expect(() => loadConfig(file)).toThrow(new RegExp(`${file}.*${where.replace(/[.()]/g, "\\$&")}`));
  });

  describe("discipline.pppk: an instansi's own PPPK ladder (PP 49/2018 Pasal 52)", () => {
    const example = JSON.parse(readFileSync("docs/contoh-konfigurasi-pppk.json", "utf8"));
    const withRungs = (edit: (rungs: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(example);
      edit(copy.discipline.pppk.rungs);
      return copy;
    };

    it("is absent by default (PPPK counted as evidence only) and the example file is valid", () => {
      expect(loadConfig().discipline.pppk).toBeUndefined();
      const { pppk } = loadConfig(configFile(example)).discipline;
      expect(pppk?.rungs.at(-1)).toMatchObject({ min_days: 28, max_days: null, level: "berat", sanction: "pemutusan_perjanjian_kerja" });
      expect(pppk?.run).toMatchObject({ min_consecutive_days: 10, level: "berat" });
    });

    it.each([
      ["a gap between rungs", (r: Record<string, unknown>[]) => { r[2].min_days = 5; }, "discipline.pppk.rungs[2].min_days", "anak tangga harus mulai pada 4 hari"],
      ["a first rung above 0", (r: Record<string, unknown>[]) => { r[0].min_days = 1; }, "discipline.pppk.rungs[0].min_days", "mulai pada 0 hari"],
      ["a closed last rung", (r: Record<string, unknown>[]) => { r[r.length - 1].max_days = 40; }, "discipline.pppk.rungs[6].max_days", "terakhir harus terbuka"],
      ["an unknown level", (r: Record<string, unknown>[]) => { r[1].level = "ringan_sekali"; }, "discipline.pppk.rungs[1].level", ""],
      ["a sanction on level none", (r: Record<string, unknown>[]) => { r[0].sanction = "teguran_lisan"; }, "discipline.pppk.rungs[0].sanction", "sanction none hanya untuk level none"],
      ["a PNS-only sanction code", (r: Record<string, unknown>[]) => { r[4].sanction = "potong_tukin_6"; }, "discipline.pppk.rungs[4].sanction", "hukuman disiplin PNS"],
      ["an empty citation", (r: Record<string, unknown>[]) => { r[1].legal_basis = " "; }, "discipline.pppk.rungs[1].legal_basis", ""],
    ])("rejects %s, naming the setting", (_, edit, where, message) => {
      const file = configFile(withRungs(edit));
      expect(() => loadConfig(file)).toThrow(ConfigError);
      expect(() => loadConfig(file)).toThrow(`tidak sah pada ${where}: `);
      if (message) expect(() => loadConfig(file)).toThrow(message);
    });

    it("rejects the PNS dismissal as the PPPK run rule", () => {
      const copy = structuredClone(example);
      copy.discipline.pppk.run.sanction = "pemberhentian";
      expect(() => loadConfig(configFile(copy))).toThrow("discipline.pppk.run.sanction");
    });
  });

  it("names the file when it is not JSON", () => {
    const file = configFile("{ not json");
    expect(() => loadConfig(file)).toThrow(`Berkas konfigurasi ${file} bukan JSON yang sah`);
  });
});
