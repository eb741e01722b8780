// The OPD profiles (issue 6), in both builds: the index links to every built OPD page and to
// nothing else, and an OPD page shows its own name and its figures beside the kabupaten's, with no
// NIP in its data; the public one says why some figures read "<5".
// (site.test.ts already opens every page for console errors and failed requests.)
//
//   ASN_DB=... npm run build && ASN_DB=... npm run build:public && npx vitest run test/browser/opd.test.ts
//   ASN_DIST=some/dist, ASN_DIST_PUBLIC=other/dist   test other builds (default: dist, dist-public)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";
const NIP_LIKE = /(?<![\d.])(?:\d{15,}|\d{8} \d{6} \d \d{3}|\d[.,]\d{8,}E\+?1[5-7])/i;
const PAGE_TIMEOUT = 30_000;

describe.each(BUILDS)("profil OPD, situs $profile", ({ profile, distDir }) => {
  const opdDir = join(distDir, "opd");
  const built = existsSync(join(opdDir, "index.html"));
  // "opd/1.02.01.html" -> "1.02.01"
  const opdCodes = built ? readdirSync(opdDir).filter((f) => f.endsWith(".html") && f !== "index.html").map((f) => f.slice(0, -".html".length)).sort() : [];
  let site: OpenSite;

  beforeAll(async () => {
    if (built) site = await openSite(distDir);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  /** Opens a page and records its console errors. */
  async function open(path: string): Promise<{ tab: Page; errors: string[] }> {
    const tab = await site.context.newPage();
    const errors: string[] = [];
    tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    tab.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await tab.goto(new URL(path, site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    return { tab, errors };
  }

  /** No NIP in any data file the page loaded (the pages are aggregates in both builds). */
  async function expectNoNip(tab: Page): Promise<void> {
    const dataFiles: string[] = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).filter((url) => url.includes("/_file/")),
    );
    expect(dataFiles.length, "berkas data dimuat").toBeGreaterThan(0);
    for (const url of dataFiles) {
      const text = await (await fetch(url)).text();
      expect(text.match(NIP_LIKE)?.[0], `NIP di ${new URL(url).pathname}`).toBeUndefined();
    }
  }

  it("halaman OPD sudah dibangun", () => {
    expect(built, `${join(opdDir, "index.html")} tidak ada: bangun situs dulu (npm run ${profile === "public" ? "build:public" : "build"}), atau setel ${profile === "public" ? "ASN_DIST_PUBLIC" : "ASN_DIST"}`).toBe(true);
    expect(opdCodes.length, "halaman per OPD").toBeGreaterThan(0);
  });

  it("daftar OPD menaut ke setiap halaman OPD, dan hanya ke sana", async () => {
    const { tab, errors } = await open("opd/");
    try {
      const links = tab.locator("#opd-list table a[href]");
      await links.first().waitFor({ timeout: PAGE_TIMEOUT });
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const linked = hrefs.map((path) => decodeURIComponent(path).replace(/^\/opd\//, "")).sort();
      expect(linked, "tautan = halaman OPD yang dibangun").toEqual(opdCodes);
      // every link answers (clean URL with dots in the segment)
      for (const path of new Set(hrefs)) expect((await fetch(new URL(path, site.url))).status, path).toBe(200);
      expect(await tab.locator("#opd-list form input[type=search] + output").textContent()).toBe(`${new Intl.NumberFormat("id-ID").format(opdCodes.length)} OPD`);
      await expectNoNip(tab);
      expect(errors, "galat di konsol").toEqual([]);
    } finally {
      await tab.close();
    }
  }, 90_000);

  it("satu halaman OPD menampilkan nama dan angkanya dibanding kabupaten", async () => {
    const index = await open("opd/");
    const code = opdCodes[0];
    let name: string;
    try {
      const link = index.tab.locator(`#opd-list table a[href$="/${code}"], #opd-list table a[href="./${code}"]`).first();
      name = (await link.textContent())?.trim() ?? "";
      expect(name, `nama OPD ${code} di daftar`).not.toBe("");
    } finally {
      await index.tab.close();
    }

    const { tab, errors } = await open(`opd/${code}`);
    try {
      await expect.poll(() => tab.locator("#opd-name").textContent(), { timeout: PAGE_TIMEOUT }).toBe(name);
      expect(await tab.title()).toContain(name);
      await expect.poll(() => tab.locator("p.lead").textContent()).toContain(code);

      // figure cards: the OPD's value, the kabupaten's, and a rank
      const cards = tab.locator(".opd-figure");
      await expect.poll(() => cards.count(), { timeout: PAGE_TIMEOUT }).toBeGreaterThanOrEqual(10);
      const attendance = tab.locator('.opd-figure[data-figure="attendance_rate"]');
      expect(await attendance.locator(".big").textContent()).toMatch(/^(\d{1,3},\d%|<\d+)$/);
      const compare = (await attendance.locator(".opd-figure__compare").textContent()) ?? "";
      expect(compare).toMatch(/^Kabupaten \d{1,3},\d%/);
      // attendance is shown, not ranked or judged (approved leave lowers it); TK per 100 is ranked
      expect(compare).not.toMatch(/peringkat|lebih (baik|buruk)/);
      const tk = (await tab.locator('.opd-figure[data-figure="tk_per_100"] .opd-figure__compare').textContent()) ?? "";
      expect(tk).toMatch(/peringkat \d+ dari \d+ OPD|tanpa peringkat/);

      // charts: attendance, discipline, TPP, predikat, productivity and merit drawn; the nine-box grid
      await expect.poll(() => tab.locator("main svg[class*=plot]").count(), { timeout: PAGE_TIMEOUT }).toBeGreaterThanOrEqual(5);
      expect(await tab.locator(".opd-nine-box [data-box]").count()).toBe(9);
      // the public build explains its "<5"; the internal one hides nothing
      const explained = await tab.locator('[data-note="small-groups"]').count();
      expect(explained, "catatan angka yang disembunyikan").toBe(profile === "public" ? 1 : 0);
      if (profile === "internal") expect(await tab.locator("main").textContent()).not.toMatch(/<\d+\b/);
      expect(await tab.locator(".observablehq--error").count(), "sel galat Framework").toBe(0);
      await expectNoNip(tab);
      expect(errors, "galat di konsol").toEqual([]);
    } finally {
      await tab.close();
    }
  }, 90_000);
});
