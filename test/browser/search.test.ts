// Site search (issue 6): typing in the sidebar's search box finds pages by their text, in
// Bahasa Indonesia, in both builds; the public index holds no internal-only page.
//
//   ASN_DIST=some/dist, ASN_DIST_PUBLIC=other/dist   test other builds (default: dist, dist-public)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM } from "../../scripts/lib/chromium.ts";
import { serveDist } from "../../scripts/serve.ts";

const BUILDS = [
  { profile: "internal", distDir: resolve(process.env.ASN_DIST ?? "dist") },
  { profile: "public", distDir: resolve(process.env.ASN_DIST_PUBLIC ?? "dist-public") },
];

describe.each(BUILDS)("pencarian situs, situs $profile", ({ profile, distDir }) => {
  let site: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let profileDir: string;

  beforeAll(async () => {
    site = await serveDist(distDir);
    profileDir = await mkdtemp(join(tmpdir(), "asn-chromium-search-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      viewport: { width: 1440, height: 900 },
      locale: "id-ID",
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await site?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it("finds the merit page by its text, and says so in Bahasa Indonesia", async () => {
    const tab = await context.newPage();
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
