// Site search (issue 6): typing in the sidebar's search box finds pages by their text, in
// Bahasa Indonesia, in both builds; the public index holds no internal-only page.
//
//   ASN_DIST=some/dist, ASN_DIST_PUBLIC=other/dist   test other builds (default: dist, dist-public)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

describe.each(BUILDS)("pencarian situs, situs $profile", ({ profile, distDir }) => {
  let site: OpenSite;

  beforeAll(async () => {
    site = await openSite(distDir);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it("finds the merit page by its text, and says so in Bahasa Indonesia", async () => {
    const tab = await site.context.newPage();
    await tab.goto(site.url, { waitUntil: "networkidle" });
    const input = tab.locator("#observablehq-search input");
    await expect(input.getAttribute("placeholder")).resolves.toBe("Cari halaman");
    await input.fill("merit");
    const results = tab.locator("#observablehq-search-results");
    await results.locator("a[href*='merit']").first().waitFor({ timeout: 10_000 });
    expect(await results.innerText()).toMatch(/^\d+ hasil/);
    await input.fill("qwxzyv");
    await expect.poll(() => results.innerText()).toContain("tidak ada hasil");
    await tab.close();
  });

  it("indexes only the pages of its own build", () => {
    const folder = join(distDir, "_observablehq");
    const index = readdirSync(folder).find((f) => /^minisearch\..*\.json$/.test(f));
    expect(index, "indeks pencarian").toBeDefined();
    const text = readFileSync(join(folder, index!), "utf8");
    expect(text.includes("disiplin-tindak-lanjut")).toBe(profile === "internal");
    expect(text.includes("/pages/karier")).toBe(profile === "internal");
    expect(existsSync(join(distDir, "pages", "karier.html"))).toBe(profile === "internal");
  });
});
