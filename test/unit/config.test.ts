import { mkdtempSync, writeFileSync } from "node:fs";
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

  it("names the file when it is not JSON", () => {
    const file = configFile("{ not json");
    expect(() => loadConfig(file)).toThrow(`Berkas konfigurasi ${file} bukan JSON yang sah`);
  });
});
