// The Koreksi, Apel & GPS page (internal build only): its cards add up the page's own data file,
// the status filter narrows the corrections to that status, the apel chart is drawn, and every
// GPS row carries a flag. The sample plants corrections of every status, missed apel and mock
// check-ins, so none of the sections may be empty. site.test.ts checks console errors and
// outside requests for every page, the public leak test that the page is absent from public.
//
//   ASN_DIST=.tmpx/x/dist npx vitest run test/browser/presensi-bukti.test.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;
const distDir = resolve(process.env.ASN_DIST ?? "dist");

interface Evidence {
  monthly: Record<string, number | string>[];
  corrections: { status: string; outcome: string; name: string }[];
  apel: { apel_missed: number }[];
  gps: { mock_location: boolean; low_gps_accuracy: boolean }[];
}

const number = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));

describe("Koreksi, Apel & GPS, situs internal", () => {
  const built = existsSync(join(distDir, "pages", "presensi-bukti.html"));
  let site: OpenSite;
  let tab: Page;
  let data: Evidence;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!built) return;
    site = await openSite(distDir);
    tab = await site.context.newPage();
    tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    tab.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await tab.goto(new URL("pages/presensi-bukti", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    const url = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).find((name) => /\/_file\/data\/presensi-bukti\.[^/]*json$/.test(name)),
    );
    expect(url, "presensi-bukti.json dimuat halaman").toBeTruthy();
    data = await (await fetch(url!)).json();
  }, 90_000);

  afterAll(async () => {
    await site?.close();
  });

  it("halaman sudah dibangun", () => {
    expect(built, `${join(distDir, "pages", "presensi-bukti.html")} tidak ada: bangun situs dulu, atau setel ASN_DIST`).toBe(true);
  });

  it("kartu menjumlahkan data halaman itu sendiri", async () => {
    if (!built) return;
    const sum = (key: string) => data.monthly.reduce((s, d) => s + Number(d[key]), 0);
    const card = async (title: string) => number(await tab.locator(".card", { has: tab.locator(`h2:text-is("${title}")`) }).locator(".big").innerText());
    expect(await card("Koreksi menunggu persetujuan")).toBe(sum("corrections_pending"));
    expect(await card("Koreksi diterapkan")).toBe(sum("corrections_applied"));
    expect(await card("Apel tidak diikuti")).toBe(sum("apel_missed"));
    expect(await card("Tanda GPS")).toBe(sum("mock_location_days") + sum("low_gps_accuracy_days"));
    // the sample plants every kind
    for (const key of ["corrections_pending", "corrections_applied", "corrections_rejected", "apel_missed", "mock_location_days", "low_gps_accuracy_days"]) {
      expect(sum(key), key).toBeGreaterThan(0);
    }
    expect(errors, "galat di konsol").toEqual([]);
  });

  it("filter status hanya menyisakan koreksi berstatus itu", async () => {
    if (!built) return;
    const card = tab.locator(".card", { has: tab.locator('h2:text-is("Permohonan koreksi")') });
    await card.locator("select").selectOption({ label: "Ditolak" });
    await tab.waitForTimeout(300);
    const statuses = await card.locator("table tbody tr td:nth-child(5)").allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Ditolak"]));
    const outcomes = await card.locator("table tbody tr td:nth-child(6)").allInnerTexts();
    expect(new Set(outcomes)).toEqual(new Set(["ditolak: tidak mengubah presensi"]));
  });

  it("grafik apel per OPD dan tabel GPS yang setiap barisnya bertanda", async () => {
    if (!built) return;
    const chart = tab.locator(".card", { has: tab.locator('h2:text-is("Apel tidak diikuti per OPD")') });
    expect(await chart.locator("svg rect").count()).toBeGreaterThan(0);
    expect(data.gps.length).toBeGreaterThan(0);
    expect(data.gps.every((d) => d.mock_location || d.low_gps_accuracy)).toBe(true);
    const gpsRows = tab.locator(".card", { has: tab.locator('h2:text-is("Absen dengan tanda GPS")') }).locator("table tbody tr");
    expect(await gpsRows.count()).toBeGreaterThan(0);
  });
});
