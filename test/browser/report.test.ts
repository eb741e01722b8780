// `npm run report` on the test build: one quarter's report printed to PDF in Chromium, and the
// message for a period that does not exist. Runs in the browser phase of `npm test`, on ASN_DIST.
//
//   ASN_DIST=some/dist npx vitest run test/browser/report.test.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtPeriods, pdfPageCount } from "../../scripts/report.ts";

const distDir = resolve(process.env.ASN_DIST ?? "dist");
const publicDir = resolve(process.env.ASN_DIST_PUBLIC ?? "dist-public");
const outDir = mkdtempSync(join(tmpdir(), "asn-laporan-"));
const quarter = builtPeriods(distDir).find((p) => /-TW\d$/.test(p));
const NIP = /\b\d{18}\b/;

function report(dist: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/report.ts", "--dist", dist, "--no-build", "--out", outDir, ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

/** The PDF's text by pdftotext (poppler-utils) when installed, else null. */
function pdfText(file: string): string | null {
  const run = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout : null;
}

/** The document title from the PDF's Info dictionary (plain or UTF-16 hex). */
function pdfTitle(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const hex = raw.match(/\/Title\s*<FEFF([0-9A-Fa-f]*)>/)?.[1];
  if (hex) return Buffer.from(hex, "hex").swap16().toString("utf16le");
  return raw.match(/\/Title\s*\(([^)]*)\)/)?.[1] ?? "";
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("laporan periodik ke PDF (npm run report)", () => {
  it("situs uji memuat laporan triwulan", () => {
    expect(quarter, `tidak ada ${distDir}/laporan/<tahun>-TW<n>.html; bangun situs dulu (npm run build)`).toBeDefined();
  });

  it("mencetak laporan triwulan ke PDF A4 berhalaman banyak", () => {
    const run = report(distDir, "--period", quarter!);
    expect(run.code, run.stderr).toBe(0);
    const file = join(outDir, `laporan-${quarter}.pdf`);
    expect(run.stdout.trim().endsWith(`laporan-${quarter}.pdf`)).toBe(true);
    expect(existsSync(file)).toBe(true);

    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const [year, q] = quarter!.split("-TW");
    const label = `Triwulan ${["I", "II", "III", "IV"][Number(q) - 1]} ${year}`;
    expect(pdfTitle(pdf)).toContain(`Laporan ${label}`);

    const text = pdfText(file);
    if (text !== null) {
      for (const expected of ["Laporan Kinerja dan Disiplin ASN", label, "Ringkasan", "Tren bulanan", "ASN Teladan", "Rincian per OPD",
        "PP 94/2021", "PermenPANRB 6/2022", "Kepala Badan Kepegawaian", "NIP.", `Halaman 1 dari ${pdfPageCount(pdf)}`]) {
        expect(text, expected).toContain(expected);
      }
      expect(text, "versi internal memuat NIP pemenang").toMatch(NIP);
    }
  }, 150_000);

  it("versi publik: tanpa NIP, pemenang menurut OPD dan jabatan", () => {
    const semester = builtPeriods(publicDir).find((p) => /-S\d$/.test(p));
    expect(semester, `tidak ada laporan semester di ${publicDir}; bangun dengan npm run build:public`).toBeDefined();
    const run = report(publicDir, "--period", semester!, "--profile", "public");
    expect(run.code, run.stderr).toBe(0);
    const file = join(outDir, `laporan-${semester}-publik.pdf`);
    const pdf = readFileSync(file);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = pdfText(file);
    if (text !== null) {
      expect(text).toContain("Versi publik");
      expect(text).toContain("nama tersedia di versi internal");
      expect(text.match(NIP)?.[0], "NIP di PDF publik").toBeUndefined();
    }
  }, 150_000);

  it("periode yang tidak ada: satu baris Galat dengan periode yang tersedia", () => {
    const run = report(distDir, "--period", "2099-TW9");
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Galat: periode tidak dikenal: 2099-TW9\. Periode yang tersedia: .*\d{4}-TW1/);
  }, 60_000);
});
