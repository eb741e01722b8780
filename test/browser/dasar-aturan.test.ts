// The Dasar Aturan page, in both builds: its PP 94/2021 ladder is pipeline/rules/pp94_2021_ladder.csv
// row for row, it has an anchor for every rule family, and every "aturan" link on every built page
// (rendered, in Chromium) points to an anchor that page has; no page still prints "aturan §n",
// which led nowhere. No console error on the page itself.
//
//   ASN_DIST=/tmp/x/dist ASN_DIST_PUBLIC=/tmp/x/dist-public npx vitest run --project browser test/browser/dasar-aturan.test.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;
const FAMILIES = ["jam-kerja", "kehadiran", "disiplin", "pppk", "predikat", "360", "ikp", "tpp", "talenta", "jpm", "merit", "penghargaan", "nip", "pola-kerja"];
const LEVELS: Record<string, string> = { none: "Tidak ada", ringan: "Ringan", sedang: "Sedang", berat: "Berat" };

interface Rung { min_days: string; max_days: string; level: string; sanction: string; sanction_label: string; legal_basis: string }
const ladder = Papa.parse<Rung>(readFileSync("pipeline/rules/pp94_2021_ladder.csv", "utf8"), { header: true, skipEmptyLines: true }).data;
const rangeText = (r: Rung) => (r.max_days === "" ? `${r.min_days} atau lebih` : r.min_days === r.max_days ? r.min_days : `${r.min_days}–${r.max_days}`);

/** Built pages as clean paths, one page of each parameterised template (OPD, report period). */
function pagesToVisit(dir: string): string[] {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((p) => !p.startsWith("_") && p !== "404.html")
    .sort();
  const one = (folder: string) => all.filter((p) => p.startsWith(`${folder}/`) && p !== `${folder}/index.html`).slice(0, 1);
  return [...all.filter((p) => !/^(opd|laporan)\/(?!index\.html)/.test(p)), ...one("opd"), ...one("laporan")].map((p) =>
    p.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, ""),
  );
}

describe.each(BUILDS)("Dasar Aturan, situs $profile", ({ profile, distDir }) => {
  const built = existsSync(join(distDir, "pages", "dasar-aturan.html"));
  let site: OpenSite;
  const errors: string[] = [];
  let anchors = new Set<string>();
  let ladderRows: string[][] = [];
  let sidebar = false;

  beforeAll(async () => {
    if (!built) return;
    site = await openSite(distDir);
    const tab = await site.context.newPage();
    tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    tab.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await tab.goto(new URL("pages/dasar-aturan", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    await tab.locator("#tangga-pns tbody tr").first().waitFor({ timeout: PAGE_TIMEOUT });
    anchors = new Set(await tab.locator("[id]").evaluateAll((nodes) => nodes.map((n) => n.id)));
    ladderRows = await tab.locator("#tangga-pns tbody tr").evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
    );
    sidebar = (await tab.locator('#observablehq-sidebar a[href$="dasar-aturan"]').count()) > 0;
    await tab.close();
  }, 90_000);

  afterAll(async () => {
    await site?.close();
  });

  it("halaman sudah dibangun dan ada di sidebar", () => {
    expect(built, `${join(distDir, "pages", "dasar-aturan.html")} tidak ada: bangun situs ${profile} dulu, atau setel ASN_DIST/ASN_DIST_PUBLIC`).toBe(true);
    if (!built) return;
    expect(sidebar, "tautan Dasar Aturan di sidebar").toBe(true);
    expect(errors, "galat di konsol").toEqual([]);
  });

  it("tangga PP 94/2021 di halaman sama dengan pipeline/rules/pp94_2021_ladder.csv, baris demi baris", () => {
    if (!built) return;
    expect(ladderRows).toEqual(ladder.map((r) => [rangeText(r), LEVELS[r.level], r.sanction, r.sanction_label, r.legal_basis]));
  });

  it("setiap keluarga aturan punya jangkarnya", () => {
    if (!built) return;
    expect(FAMILIES.filter((id) => !anchors.has(id))).toEqual([]);
  });

  it("setiap tautan aturan di setiap halaman menunjuk jangkar yang ada; tidak ada lagi 'aturan §n'", async () => {
    if (!built) return;
    const pages = pagesToVisit(distDir);
    expect(pages.length).toBeGreaterThan(10);
    const broken: string[] = [];
    const leftovers: string[] = [];
    const linked = new Set<string>();
    for (let i = 0; i < pages.length; i += 3) {
      await Promise.all(
        pages.slice(i, i + 3).map(async (page) => {
          const tab = await site.context.newPage();
          try {
            await tab.goto(new URL(page, site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
            await tab.waitForTimeout(300);
            const hrefs = await tab.locator('a[href*="dasar-aturan"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
            for (const href of hrefs) {
              const url = new URL(href);
              const anchor = decodeURIComponent(url.hash.slice(1));
              if (url.pathname.replace(/\.html$/, "") !== "/pages/dasar-aturan" || (anchor && !anchors.has(anchor))) broken.push(`${page}: ${href}`);
              else if (page !== "pages/dasar-aturan") linked.add(anchor);
            }
            const text = await tab.locator("main").innerText();
            if (/aturan §/i.test(text)) leftovers.push(page);
          } finally {
            await tab.close();
          }
        }),
      );
    }
    expect(broken).toEqual([]);
    expect(leftovers).toEqual([]);
    expect(linked.size, "halaman lain menautkan beberapa bagian Dasar Aturan").toBeGreaterThan(5);
  }, 300_000);

  it("tidak ada 'aturan §n' di berkas situs mana pun (juga halaman OPD dan laporan yang tidak dibuka)", () => {
    if (!built) return;
    const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(html|js)$/.test(e.name) && !e.parentPath.includes("_npm"))
      .map((e) => join(e.parentPath, e.name));
    expect(files.filter((f) => /aturan §/i.test(readFileSync(f, "utf8"))).map((f) => relative(distDir, f))).toEqual([]);
  });
});
