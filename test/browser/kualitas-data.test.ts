// The Kualitas Data page on real-shaped exports (workbooks, GLog text, an import map): the first
// screen says whether the import is complete; every recognised file and sheet says how it was
// recognised ("dari nama berkas", "dari judul kolom", "dari peta impor imports[n]") and its
// header row; a file's column mapping (contract column <- export column, bawaan, tidak ada);
// and every file or sheet that was not recognised is listed with what to do. Rejects from a
// spreadsheet read "baris Excel N". Asserted generically against the page's own load report, so
// that the sample may change (site.test.ts already checks console errors and outside requests).
//
//   ASN_DIST=.tmpx/x/dist ASN_DIST_PUBLIC=.tmpx/x/dist-public npx vitest run test/browser/kualitas-data.test.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;

interface LoadRow {
  source: string | null;
  file: string;
  sheet: string | null;
  status: string;
  matched_by: string | null;
  import_index: number | null;
  header_row: number | null;
}

const label = (d: { file: string; sheet: string | null }) => (d.sheet == null ? d.file : `${d.file} › ${d.sheet}`);

describe.each(BUILDS)("kualitas data, situs $profile", ({ profile, distDir }) => {
  const built = existsSync(join(distDir, "pages", "kualitas-data.html"));
  let site: OpenSite;
  let tab: Page;
  let report: LoadRow[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!built) return;
    site = await openSite(distDir, { acceptDownloads: true });
    tab = await site.context.newPage();
    tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    tab.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await tab.goto(new URL("pages/kualitas-data", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    await tab.locator("#status-impor").waitFor({ timeout: PAGE_TIMEOUT });
    // the load report the page itself loaded
    const url = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).find((name) => /\/_file\/data\/load-report\.[^/]*json$/.test(name)),
    );
    expect(url, "load-report.json dimuat halaman").toBeTruthy();
    report = await (await fetch(url!)).json();
  }, 90_000);

  afterAll(async () => {
    await site?.close();
  });

  it("halaman sudah dibangun", () => {
    expect(built, `${join(distDir, "pages", "kualitas-data.html")} tidak ada: bangun situs dulu, atau setel ${profile === "public" ? "ASN_DIST_PUBLIC" : "ASN_DIST"}`).toBe(true);
  });

  it("layar pertama: kelengkapan data per sumber dan bulan, sebelum impor", async () => {
    if (!built) return;
    const heading = await tab.locator("#kelengkapan").boundingBox();
    expect(heading && heading.y < 900, "kelengkapan di layar pertama").toBe(true);
    const importBox = await tab.locator("#status-impor").boundingBox();
    expect(importBox && heading && importBox.y > heading.y, "kelengkapan sebelum impor").toBe(true);
    // the grid draws a cell per source and month; the table names every periodic source the page loaded
    const url = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).find((name) => /\/_file\/data\/data-completeness\.[^/]*json$/.test(name)),
    );
    const coverage: { source: string; period_kind: string; status: string }[] = await (await fetch(url!)).json();
    const monthly = coverage.filter((d) => d.period_kind === "bulan");
    await expect.poll(() => tab.locator("#kelengkapan ~ .card svg g[aria-label='cell'] rect").count()).toBe(monthly.length);
    const periodic = coverage.filter((d) => d.period_kind !== "bulan");
    expect(await tab.locator(".completeness-table tbody tr").count()).toBe(periodic.length);
    for (const status of ["final", "not_final", "missing"]) {
      expect(await tab.locator(`.completeness-table tbody tr[data-status="${status}"]`).count()).toBe(periodic.filter((d) => d.status === status).length);
    }
    expect(errors, "galat di konsol").toEqual([]);
  });

  it("impor lengkap atau belum, dan apa yang perlu dilakukan", async () => {
    if (!built) return;
    const status = tab.locator("#status-impor");
    const notRecognised = report.filter((d) => d.status === "tidak_dikenali");
    const kind = await status.getAttribute("data-status");
    expect(["lengkap", "belum-lengkap"]).toContain(kind);
    expect(await status.getAttribute("label")).toMatch(kind === "lengkap" ? /^Impor lengkap/ : /^Impor belum lengkap: \d+ hal perlu tindakan/);
    const text = (await status.innerText()).replace(/\s+/g, " ");
    for (const heading of ["PERLU TINDAKAN", "PERLU DIPERIKSA", "UNTUK DIKETAHUI"]) expect(text.toUpperCase()).toContain(heading);
    // the first not-recognised file or sheet is named on the first screen, in either group
    if (notRecognised.length) expect(text).toContain(label(notRecognised[0]));
    expect(errors, "galat di konsol").toEqual([]);
  });

  it("setiap berkas/lembar yang dikenali: dari nama berkas / judul kolom / peta impor, dan baris judulnya", async () => {
    if (!built) return;
    const card = tab.locator("#laporan-muat");
    const search = card.locator("form input[type=search]").first();
    const ways: [string, RegExp][] = [
      ["judul_kolom", /dari judul kolom/],
      ["peta_impor", /dari peta impor imports\[\d+\]/],
    ];
    expect(report.some((d) => d.matched_by === "judul_kolom"), "sampel: ada lembar yang dikenali dari judul kolom").toBe(true);
    expect(report.some((d) => d.matched_by === "peta_impor"), "sampel: ada berkas yang dibaca lewat peta impor").toBe(true);
    for (const [way, text] of ways) {
      const rows = report.filter((d) => d.matched_by === way);
      const sheetRow = rows.find((d) => d.sheet != null) ?? rows[0];
      await search.fill(sheetRow.file);
      const row = card.locator("table tbody tr", { hasText: text }).filter({ hasText: sheetRow.file }).first();
      await row.waitFor({ timeout: PAGE_TIMEOUT });
      const cells = (await row.innerText()).replace(/\s+/g, " ");
      if (sheetRow.sheet != null) {
        expect(cells).toContain(`› ${sheetRow.sheet}`);
        expect(cells).toContain(`baris Excel ${sheetRow.header_row}`);
      }
      if (way === "peta_impor") expect(cells).toContain(`imports[${sheetRow.import_index}]`);
      expect(cells).toContain("✓ cocok");
    }
    await search.fill("");
  });

  it("unduhan laporan muat: satu baris per berkas/lembar yang dikenali, lembar dan cara dikenali sebagai kolom", async () => {
    if (!built) return;
    const card = tab.locator("#laporan-muat");
    await card.locator("form input[type=search]").first().fill("");
    const [download] = await Promise.all([tab.waitForEvent("download"), card.getByRole("button", { name: "Unduh CSV" }).click()]);
    const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const [header, ...lines] = text.trim().split("\r\n");
    expect(header).toBe("Jenis ekspor;Berkas;Lembar;Format;Dikenali;Baris judul;Kolom kontrak;Dibaca;Dimuat;Ditolak;Duplikat;Rekonsiliasi");
    expect(lines.length).toBe(report.filter((d) => d.status !== "tidak_dikenali").length);
    expect(lines.some((line) => /;dari peta impor imports\[\d+\];baris Excel \d+;/.test(line))).toBe(true);
  });

  it("pemetaan kolom satu berkas: kolom kontrak ← kolom ekspor, bawaan peta impor, kolom yang tidak ada", async () => {
    if (!built) return;
    const card = tab.locator("#pemetaan-kolom");
    const select = card.locator("select").first();
    const table = card.locator("#pemetaan-tabel table");
    // shown first: a file read through the import map
    const first = await select.locator("option:checked").innerText();
    const mapped = report.filter((d) => d.matched_by === "peta_impor").map(label);
    expect(mapped.some((name) => first.startsWith(`${name} (`)), `${first} dibaca lewat peta impor`).toBe(true);
    expect(await card.locator("#pemetaan-keterangan").innerText()).toMatch(/dari peta impor imports\[\d+\]/);
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await table.locator("thead").innerText()).toMatch(/Kolom kontrak[\s\S]*Dibaca dari kolom ekspor/);

    // the employee master data: its NIP column is read from an export column named NIP...
    const pegawai = (await select.locator("option").allInnerTexts()).find((text) => text.endsWith("(pegawai)"));
    expect(pegawai, "pilihan data pegawai").toBeTruthy();
    await select.selectOption({ label: pegawai! });
    await expect.poll(() => card.locator("#pemetaan-keterangan").innerText()).toContain(pegawai!.replace(/ \(pegawai\)$/, ""));
    const nip = table.locator("tbody tr", { has: tab.locator("code", { hasText: /^nip$/ }) }).first();
    await nip.waitFor({ timeout: PAGE_TIMEOUT });
    expect((await nip.innerText()).replace(/\s+/g, " ")).toMatch(/nip wajib .*NIP/i);

    // ...and across files, the columns not read from the export say why
    const others = card.locator("#kolom-tidak-dari-ekspor table tbody tr");
    if (await others.count()) {
      expect((await others.allInnerTexts()).join("\n")).toMatch(/bawaan peta impor: '|tidak ada di ekspor/);
    }
  });

  it("berkas dan lembar yang tidak dikenali: terdaftar, dengan apa yang harus dilakukan", async () => {
    if (!built) return;
    const notRecognised = report.filter((d) => d.status === "tidak_dikenali");
    expect(notRecognised.length, "sampel: ada berkas/lembar tidak dikenali").toBeGreaterThan(0);
    const card = tab.locator("#tidak-dikenali");
    const rows = card.locator("#tidak-dikenali-tabel table tbody tr");
    expect(await rows.count()).toBe(notRecognised.length);
    const text = (await rows.allInnerTexts()).join("\n");
    for (const d of notRecognised) {
      expect(text).toContain(d.file);
      if (d.sheet) expect(text).toContain(d.sheet);
    }
    const advice = (await card.innerText()).replace(/\s+/g, " ");
    expect(advice).toContain("Ganti nama berkas");
    expect(advice).toContain("imports");
    expect(advice).toContain("Memakai data instansi Anda");
  });

  it("baris ditolak dari lembar Excel ditulis 'baris Excel N'; nilai hanya di versi internal", async () => {
    if (!built) return;
    const table = tab.locator("#daftar-ditolak table");
    await table.waitFor({ timeout: PAGE_TIMEOUT });
    const headers = await table.locator("thead th").allInnerTexts();
    expect(headers.map((h) => h.trim())).toContain("Lembar");
    if (profile === "public") expect(headers.map((h) => h.trim())).not.toContain("Nilai");
    else expect(headers.map((h) => h.trim())).toContain("Nilai");
    // a reject from a spreadsheet (the sample's SKP workbooks set Plt/Plh rows aside) and one from a text file
    const url = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name).find((name) => /\/_file\/data\/rejects\.[^/]*json$/.test(name)),
    );
    const rejects: { file: string; sheet: string | null; line: number }[] = await (await fetch(url!)).json();
    const search = tab.locator("input[type=search][placeholder^='Cari sumber, berkas, lembar']");
    for (const reject of [rejects.find((d) => d.sheet != null), rejects.find((d) => d.sheet == null)]) {
      if (!reject) continue;
      await search.fill(reject.file);
      const row = table.locator("tbody tr", { hasText: reject.file }).first();
      await row.waitFor({ timeout: PAGE_TIMEOUT });
      const want = reject.sheet != null ? `baris Excel ${reject.line}` : `baris ${reject.line}`;
      await expect.poll(async () => (await table.locator("tbody tr").allInnerTexts()).some((text) => text.includes(want) && (reject.sheet == null || text.includes(reject.sheet)))).toBe(true);
    }
    expect(rejects.some((d) => d.sheet != null), "sampel: ada baris ditolak dari lembar Excel").toBe(true);
    await search.fill("");
  });
});
