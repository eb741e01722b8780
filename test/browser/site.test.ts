// Opens every page of both builds (internal and public) in Chromium and checks that it works
// offline: no console error, no failed request, no request leaving 127.0.0.1, charts drawn, no
// error cell; and that names and free text from the exports are shown as text, never run as HTML
// (the sample plants a name and an IKP title holding <script> and onerror/onmouseover).
// Screenshots of every page go to test-results/screenshots/<profile>-<page>.png (look at them).
//
//   ASN_DB=... npm run build && ASN_DB=... npm run build:public && npx vitest run test/browser
//   ASN_DIST=some/dist, ASN_DIST_PUBLIC=other/dist   test other builds (default: dist, dist-public)
//   CHROMIUM_PATH=/path  another Chromium binary (default: /usr/bin/chromium)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import Papa from "papaparse";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM } from "../../scripts/lib/chromium.ts";
import { serveDist } from "../../scripts/serve.ts";
import { MART_CONTRACTS } from "../../pipeline/sql/contracts.ts";
import { BUILDS, CHROMIUM_FLAGS } from "./helpers.ts";
import { PALETTE } from "../../src/components/palette.js";

const executablePath = CHROMIUM;
const screenshotDir = resolve("test-results", "screenshots");

const CHART_SELECTOR = "figure svg, svg[class*=plot], table";

// Pages that show aggregates only (in the public build: all of them): the data files they load
// must not hold a NIP, not even one mangled by a spreadsheet (names: see public-leak.test.ts).
const AGGREGATE_PAGES = new Set(["index.html", "pages/kualitas-data.html", "pages/disiplin-tren.html"]);
// The HTML planted in the sample (pipeline/sample/master.ts, records.ts): set only if it ran.
const XSS_NAME = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Siti Aminah`;
const XSS_TITLE = "<script>window.__xss=4</script>";
const NIP_LIKE = /(?<![\d.])(?:\d{15,}|\d{8} \d{6} \d \d{3}|\d[.,]\d{8,}E\+?1[5-7])/i; // not the decimals of a rate
const PAGE_TIMEOUT = 30_000;

// The vocabulary that must never reach a reader as a raw code: every accepted value of a mart
// contract and every code of the rules tables that is written with an underscore (single words
// such as "ringan" or "final" read as words), and report period codes (2025-TW1, 2025-S2).
// Visible text only: <code> and <pre> show settings and file names on purpose.
const RULES_DIR = resolve("pipeline", "rules");
const VOCABULARY = new Set([
  ...Object.values(MART_CONTRACTS).flatMap((c) => Object.values(c.accepted ?? {}).flat().map(String)),
  ...readdirSync(RULES_DIR).filter((f) => f.endsWith(".csv")).flatMap((f) =>
    (Papa.parse<Record<string, string>>(readFileSync(join(RULES_DIR, f), "utf8"), { header: true, skipEmptyLines: true }).data)
      .flatMap((row) => ["predikat", "sanction", "level", "event", "kinerja_level", "potential_level", "scale", "category"].map((k) => row[k]))),
].filter((code): code is string => typeof code === "string" && /^[a-z]+(_[a-z0-9]+)+$/.test(code)));
// English words a reader would stumble on (Indonesian ones exist: lokasi kantor, pengolahan data...)
const ENGLISH = /\b(?:geofence|pipeline|mock location|heatmap|dashboard|scorecard)\b/i;
// pages that state their finding in one sentence under the title ([data-finding])
const FINDING_PAGES = new Set(["pages/disiplin-tren.html", "pages/produktivitas.html", "pages/tpp-potongan.html", "pages/penghargaan.html", "pages/ikp.html", "pages/predikat.html"]);
// pages that chart the latest month: a month not final is marked on them (hatched, "sementara", "belum final")
const PROVISIONAL_PAGES = new Set(["index.html", "pages/produktivitas.html", "pages/tpp-potongan.html", "pages/penghargaan.html", "pages/ikp.html", "pages/kualitas-data.html"]);
const PALETTE_SET = new Set(PALETTE.map((color) => color.toLowerCase()));
const PERIOD_CODE = /\b\d{4}-(?:TW[1-4]|S[12])\b/;

/** Every built page, as a path relative to dist ("index.html", "pages/kualitas-data.html"). */
function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/"))
    .filter((page) => !page.startsWith("_"))
    .sort();
}

/** Clean URL of a page: "index.html" → "", "pages/x.html" → "pages/x". */
function cleanPath(page: string): string {
  return page.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
}

describe.each(BUILDS)("situs $profile (Chromium, tanpa internet)", ({ profile, distDir }) => {
  const built = existsSync(join(distDir, "index.html"));
  const pages = built ? listPages(distDir) : [];
  let site: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let profileDir: string;

  beforeAll(async () => {
    if (!built) return;
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium tidak ditemukan di ${executablePath}: apt-get install -y chromium (atau setel CHROMIUM_PATH)`);
    }
    await mkdir(screenshotDir, { recursive: true });
    site = await serveDist(distDir);
    profileDir = await mkdtemp(join(tmpdir(), "asn-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 },
      locale: "id-ID",
      timezoneId: "Asia/Jakarta",
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await site?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it("situs sudah dibangun", () => {
    expect(built, `Situs ${profile} belum dibangun: ${join(distDir, "index.html")} tidak ada. Jalankan "npm run ${profile === "public" ? "build:public" : "build"}" dulu (ASN_DB=...), atau setel ${profile === "public" ? "ASN_DIST_PUBLIC" : "ASN_DIST"}.`).toBe(true);
    expect(pages).toContain("index.html");
  });

  // A few pages at a time (vitest's maxConcurrency for this project): most of a page's time is
  // waiting for the network to go idle and for resize() to draw.
  it.concurrent.each(pages)("%s: tanpa galat, tanpa permintaan keluar, grafik tampil", async (page) => {
    const origin = new URL(site.url);
    const consoleErrors: string[] = [];
    const failedRequests: string[] = [];
    const outsideRequests: string[] = [];
    const dialogs: string[] = [];
    const tab = await context.newPage();
    tab.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    tab.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    tab.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    tab.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.protocol !== "blob:" && url.host !== origin.host) outsideRequests.push(request.url());
    });
    tab.on("requestfailed", (request) => failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
    tab.on("response", (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    });

    try {
      await tab.goto(new URL(cleanPath(page), site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      const declaresCharts = (await tab.locator("main .card").count()) > 0;
      if (declaresCharts) {
        await tab.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, CHART_SELECTOR, {
          timeout: PAGE_TIMEOUT,
        });
      }
      await tab.waitForLoadState("networkidle");
      await tab.waitForTimeout(500); // resize() draws after the first layout

      const name = cleanPath(page).replace(/\/$/, "").replace(/\//g, "-") || "index";
      await tab.screenshot({ path: join(screenshotDir, `${profile}-${name}.png`), fullPage: true });

      expect(consoleErrors, "galat di konsol").toEqual([]);
      expect(failedRequests, "permintaan gagal").toEqual([]);
      expect(outsideRequests, "permintaan ke host selain 127.0.0.1").toEqual([]);
      expect(await tab.locator(".observablehq--error").count(), "sel galat Framework").toBe(0);
      expect(await tab.getAttribute("html", "lang")).toBe("id");
      // every table fits its box at 1440 px: the column one acts on is never off the right edge
      const overflowing: string[] = await tab.evaluate(() =>
        [...document.querySelectorAll("main form[class*=table], main .report-table")]
          .map((el) => ({ el: (el.tagName === "TABLE" ? el.parentElement : el) as HTMLElement, head: el.querySelector("thead th:nth-child(2)")?.textContent?.trim() ?? "" }))
          .filter(({ el }) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 2)
          .map(({ el, head }) => `${head}: ${el.scrollWidth} > ${el.clientWidth}`));
      expect(overflowing, "tabel lebih lebar dari kotaknya").toEqual([]);
      // no raw code of the vocabulary in what a reader sees (words from one dictionary instead)
      const visible: string = await tab.evaluate(() => {
        const main = document.querySelector("main")?.cloneNode(true) as HTMLElement | undefined;
        main?.querySelectorAll("code, pre, kbd, script, style").forEach((e) => e.remove());
        return main?.innerText ?? "";
      });
      const raw = [...new Set(visible.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? [])].filter((word) => VOCABULARY.has(word));
      expect(raw, "kode mentah di teks halaman").toEqual([]);
      expect(visible.match(PERIOD_CODE)?.[0], "kode periode mentah di teks halaman").toBeUndefined();
      expect(visible.match(ENGLISH)?.[0], "kata Inggris di teks halaman").toBeUndefined();
      // paper gets whole tables: before printing every Inputs.table draws all its rows (print.js)
      const cutInPrint: number = await tab.evaluate(() => {
        window.dispatchEvent(new Event("beforeprint"));
        return [...document.querySelectorAll<HTMLElement>("main form[class^='inputs-'][class$='-table']")].filter((form) => {
          const drawn = form.querySelectorAll("tbody tr").length;
          form.scrollTop = form.scrollHeight;
          form.dispatchEvent(new Event("scroll")); // Inputs.table adds rows here only while some are left
          return form.querySelectorAll("tbody tr").length > drawn;
        }).length;
      });
      expect(cutInPrint, "tabel yang tercetak terpotong").toBe(0);
      // one visual language: every legend swatch and badge is a palette colour (src/components/palette.js)
      const drawn: string[] = await tab.evaluate(() => {
        const hex = (color: string | null) => {
          const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color ?? "");
          return rgb ? `#${rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, "0")).join("")}` : (color ?? "").toLowerCase();
        };
        const swatches = [...document.querySelectorAll("main [class*=-swatch] > svg")].map((svg) => hex(getComputedStyle(svg).fill));
        const badges = [...document.querySelectorAll("main .badge")].map((badge) => hex(getComputedStyle(badge).backgroundColor));
        return [...swatches, ...badges].filter((color) => color.startsWith("#"));
      });
      expect([...new Set(drawn)].filter((color) => !PALETTE_SET.has(color)), "warna di luar palet").toEqual([]);
      // every page but the 404 says how far its data can be trusted (marts.data_status)
      if (page !== "404.html") {
        await tab.locator("[data-trust-line]").first().waitFor({ timeout: PAGE_TIMEOUT });
        expect(await tab.locator("[data-trust-line]").count(), "kalimat kelengkapan data").toBe(1);
        expect(await tab.locator("[data-trust-line]").innerText()).toMatch(/^(Data lengkap s\.d\. \d{1,2} \p{L}+ \d{4}|Belum ada bulan dengan data lengkap|Kelengkapan data belum diketahui)/u);
      }
      // while a month is not final (the trust line names it), the pages that chart it mark it provisional
      if ((PROVISIONAL_PAGES.has(page) || /^opd\/\d/.test(page) || /^laporan\/\d{4}(-TW4|-S2)?\.html$/.test(page)) && /belum final|menunggu persetujuan/.test(await tab.locator("[data-trust-line]").innerText())) {
        const marked = (await tab.locator("[data-provisional], pattern[id^='approvals-open'], [data-left-out]").count()) + (visible.match(/belum final|belum lengkap|sementara/g)?.length ?? 0);
        expect(marked, "bulan yang belum final ditandai sementara").toBeGreaterThan(0);
      }
      // pages lead with their finding: a sentence under the title, an OPD's scorecard, a report's main findings
      const leads = /^opd\/\d/.test(page) ? "[data-scorecard] tbody tr" : /^laporan\/\d/.test(page) ? "[data-findings] li" : FINDING_PAGES.has(page) ? "[data-finding]" : null;
      if (leads) {
        await tab.locator(leads).first().waitFor({ timeout: PAGE_TIMEOUT });
        expect((await tab.locator(leads).first().innerText()).trim().length, `temuan di awal halaman (${leads})`).toBeGreaterThan(20);
      }
      // Framework titles .note/.warning boxes "Note"/"Warning" unless they carry a label="...".
      expect(await tab.locator(":is(.note, .tip, .warning, .caution):not([label])").count(), "kotak catatan berjudul Inggris").toBe(0);
      if (declaresCharts) expect(await tab.locator(CHART_SELECTOR).count()).toBeGreaterThan(0);
      // names and free text are text: no planted script or event handler ran, no dialog opened
      expect(await tab.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), "HTML dari data ekspor dijalankan").toBeUndefined();
      expect(dialogs, "dialog").toEqual([]);
      expect(await tab.locator("main script, main img[onerror], main [onmouseover]").count(), "elemen dari data ekspor").toBe(0);

      if (profile === "public" || AGGREGATE_PAGES.has(page)) {
        const dataFiles: string[] = await tab.evaluate(() =>
          performance.getEntriesByType("resource").map((e) => e.name).filter((url) => url.includes("/_file/")),
        );
        for (const url of dataFiles) {
          const text = await (await fetch(url)).text();
          expect(text.match(NIP_LIKE)?.[0], `NIP di ${new URL(url).pathname}`).toBeUndefined();
        }
      }
    } finally {
      await tab.close();
    }
  }, 90_000);

  // The home page answers first: four cards, each for its latest final period, each linking to a built page.
  it("ringkasan: kartu jawaban (teladan, OPD memburuk, disiplin menunggu, kelengkapan), masing-masing menaut ke halamannya", async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(site.url, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      const cards = tab.locator(".briefing [data-card]");
      await cards.first().waitFor({ timeout: PAGE_TIMEOUT });
      expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-card")))).toEqual(["teladan", "opd_memburuk", "disiplin_menunggu", "kelengkapan"]);
      for (const href of await tab.locator(".briefing [data-card] .briefing-link a").evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href))) {
        const path = new URL(href).pathname.replace(/^\//, "");
        expect(pages.some((page) => cleanPath(page).replace(/\/$/, "") === path.replace(/\/$/, "") || cleanPath(page) === path), `tautan ${path}`).toBe(true);
      }
      // the sample's December is not final: the teladan is of a quarter before it, the completeness card names it
      expect(await tab.locator("[data-card=teladan] h2").innerText()).not.toContain("Triwulan IV");
      expect(await tab.locator("[data-card=kelengkapan]").innerText()).toContain("belum final: Desember");
      // the public build names no one on the home page
      if (profile === "public") expect(await tab.locator("[data-card=teladan]").innerText()).toContain("Nama dan skor hanya di versi internal");
    } finally {
      await tab.close();
    }
  }, 90_000);

  // A name holding HTML is shown as its literal text: search for it in the merit table.
  if (profile === "internal") it("nama dan judul ber-HTML tampil sebagai teks, tidak dijalankan", async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(new URL("pages/merit", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      await tab.locator("main form input[type=search]").first().fill("window.__xss");
      const cell = tab.locator("main table tbody td", { hasText: "<script>window.__xss=1</script>" }).first();
      await cell.waitFor({ timeout: PAGE_TIMEOUT });
      expect(await cell.textContent()).toContain(XSS_NAME);
      await cell.hover(); // a title attribute, not an event handler
      await tab.goto(new URL("pages/ikp", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      const title = tab.locator("main table tbody td", { hasText: XSS_TITLE }).first();
      await title.waitFor({ timeout: PAGE_TIMEOUT });
      await title.hover();
      expect(await title.textContent()).toContain(`<b onmouseover="window.__xss=3">Laporan</b>${XSS_TITLE}`);
      expect(await tab.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    } finally {
      await tab.close();
    }
  }, 90_000);

  // The nine-box grid is an input: clicking a box lists exactly that box's people below it (internal).
  if (profile === "internal") it("talenta: klik kotak 9 lalu kotak 5 menampilkan pegawai kotak itu saja", async () => {
    const consoleErrors: string[] = [];
    const tab = await context.newPage();
    tab.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    tab.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    try {
      await tab.goto(new URL("pages/talenta", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      const counts: Record<string, number> = {};
      for (const box of ["9", "5"]) {
        const cell = tab.locator(`button[data-box="${box}"]`);
        await cell.click();
        await expect.poll(() => cell.getAttribute("aria-pressed")).toBe("true");
        expect(await tab.locator('button[data-box][aria-pressed="true"]').count(), "satu kotak terpilih").toBe(1);

        const gridCount = Number(await cell.locator("[data-count]").getAttribute("data-count"));
        const summary = tab.locator(`#talent-box-people[data-box="${box}"]`);
        await summary.waitFor({ timeout: PAGE_TIMEOUT });
        expect(Number(await summary.getAttribute("data-count")), `jumlah di bawah = jumlah di kotak ${box}`).toBe(gridCount);
        counts[box] = gridCount;

        const card = tab.locator(".card", { has: summary });
        if (gridCount === 0) {
          await expect.poll(() => card.locator("table").count()).toBe(0);
          continue;
        }
        await expect.poll(() => card.locator("form input[type=search] + output").textContent()).toBe(`${new Intl.NumberFormat("id-ID").format(gridCount)} pegawai`);
        // the first data column of the people table is the box: every rendered row is this box
        const boxCells = await card.locator("table tbody tr td:nth-child(2)").allInnerTexts();
        expect(boxCells.length, `baris tabel kotak ${box}`).toBeGreaterThan(0);
        expect(new Set(boxCells.map((text) => text.trim())), `hanya kotak ${box}`).toEqual(new Set([`Kotak ${box}`]));
      }
      expect(counts["9"], "kotak 9 berisi pegawai pada sampel 600").toBeGreaterThan(0);
      expect(consoleErrors, "galat di konsol").toEqual([]);
    } finally {
      await tab.close();
    }
  }, 90_000);
});
