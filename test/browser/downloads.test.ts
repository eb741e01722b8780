// "Unduh CSV" and "Unduh XLSX" in Chromium: the files a user really gets from the built site.
// On a real page (Peringatan Dini): BOM, the page's column headings and every row of the filtered
// table, not only the rows drawn on screen. Through the same component on that page, with a value crafted to start
// with "=" (the sample has no such value): neutralised in the CSV, a text cell in the XLSX.
//
//   ASN_DB=... npm run build && npx vitest run test/browser/downloads.test.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import Papa from "papaparse";
import type { Download, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type OpenSite } from "./helpers.ts";

const distDir = resolve(process.env.ASN_DIST ?? "dist");
const built = existsSync(join(distDir, "index.html"));
const TIMEOUT = 30_000;
const HYPERLINK = '=HYPERLINK("http://contoh.test/","klik")';

/** The rows of a downloaded CSV (BOM checked and removed), split the way Excel splits them. */
async function csvRows(download: Download): Promise<string[][]> {
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)], "BOM UTF-8").toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The first sheet of a downloaded XLSX: its XML and its shared strings. */
async function xlsxSheet(download: Download): Promise<{ sheet: string; strings: string[]; rows: number }> {
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const shared = await zip.file("xl/sharedStrings.xml")!.async("string");
  const strings = [...shared.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
  return { sheet, strings, rows: sheet.match(/<row /g)?.length ?? 0 };
}

async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: TIMEOUT }), button.click()]);
  return file;
}

describe("unduhan tabel (Chromium)", () => {
  let site: OpenSite;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!built) throw new Error(`Situs belum dibangun: ${join(distDir, "index.html")} tidak ada (npm run build, atau setel ASN_DIST)`);
    site = await openSite(distDir, { acceptDownloads: true });
    page = await site.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    await page.goto(new URL("pages/disiplin-peringatan-dini", site.url).href, { waitUntil: "networkidle", timeout: TIMEOUT });
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it("peringatan dini: daftar sebagai CSV dan XLSX, dengan judul kolom halaman dan semua baris", async () => {
    const buttons = page.locator('[data-download="disiplin-peringatan-dini"]');
    await buttons.waitFor({ timeout: TIMEOUT });
    // The search says how many rows the table holds ("140 pegawai"); the table draws only some of them.
    const counted = await page.locator("form input[type=search] + output").first().textContent();
    const total = Number(counted!.replace(/\D/g, ""));
    const drawn = await page.locator("main table tbody tr").count();
    expect(total, "pegawai dengan peringatan pada sampel").toBeGreaterThan(drawn);

    const csvFile = await download(page, buttons.getByRole("button", { name: "Unduh CSV" }));
    expect(csvFile.suggestedFilename()).toBe("disiplin-peringatan-dini.csv");
    const rows = await csvRows(csvFile);
    expect(rows[0]).toEqual(["Nama", "NIP", "Jenis", "OPD", "Tinggal", "Tingkat berikutnya", "Tingkat sekarang", "Total hari", "TK beruntun berjalan"]);
    expect(rows.length - 1, "semua baris, bukan hanya yang tampil").toBe(total);
    expect(rows[1][1], "NIP utuh").toMatch(/^\d{18}$/);

    const xlsxFile = await download(page, buttons.getByRole("button", { name: "Unduh XLSX" }));
    expect(xlsxFile.suggestedFilename()).toBe("disiplin-peringatan-dini.xlsx");
    const { sheet, strings, rows: sheetRows } = await xlsxSheet(xlsxFile);
    expect(strings.slice(0, rows[0].length)).toEqual(rows[0]);
    expect(sheetRows).toBe(total + 1);
    expect(strings, "NIP sebagai teks").toContain(rows[1][1]);
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(consoleErrors).toEqual([]);
  });

  it("injeksi formula: nilai yang diawali = dinetralkan di CSV dan tetap teks di XLSX", async () => {
    // The component as the page loaded it (same module, same library bundle), fed a crafted row.
    const moduleUrl = await page.locator('link[rel=modulepreload][href*="/components/download."]').getAttribute("href");
    expect(moduleUrl, "halaman memuat komponen unduhan").toBeTruthy();
    // Passed as source text: vitest would rewrite an import() written in the test file itself.
    const rows = [
      { name: "Siti Aminah", value: HYPERLINK, score: -2.5 },
      { name: "Budi", value: "-teks", score: 1234.5 },
    ];
    await page.evaluate(`(async () => {
      const { downloadButtons } = await import(new URL(${JSON.stringify(moduleUrl)}, document.baseURI).href);
      const options = { file: "uji-injeksi", columns: ["name", "value", "score"], header: { name: "Nama", value: "Nilai", score: "Skor" } };
      document.querySelector("main").append(downloadButtons(${JSON.stringify(rows)}, options));
    })()`);
    const buttons = page.locator('[data-download="uji-injeksi"]');

    const csv = await csvRows(await download(page, buttons.getByRole("button", { name: "Unduh CSV" })));
    expect(csv).toEqual([
      ["Nama", "Nilai", "Skor"],
      ["Siti Aminah", `'${HYPERLINK}`, "-2,5"],
      ["Budi", "'-teks", "1234,5"],
    ]);

    const { sheet, strings } = await xlsxSheet(await download(page, buttons.getByRole("button", { name: "Unduh XLSX" })));
    expect(sheet).not.toMatch(/<f[ >]/);
    const cell = sheet.match(/<c r="B2"[^>]*>[\s\S]*?<\/c>/)![0];
    expect(cell).toMatch(/t="s"/);
    expect(strings[Number(cell.match(/<v>(\d+)<\/v>/)![1])]).toBe(HYPERLINK);
    expect(sheet.match(/<c r="C2"[^>]*>[\s\S]*?<\/c>/)![0]).toMatch(/<v>-2.5<\/v>/);
    expect(consoleErrors).toEqual([]);
  });
});
