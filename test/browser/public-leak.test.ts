// The public build must not carry a single NIP or name (issue 6, UU 27/2022): every NIP and every
// name of the sample's SIASN employee workbook (NIP BARU; NAMA, and the name with its titles as
// other exports write it, "dr. Nama, M.Si.") is searched in every file of the public dist (zip archives
// unpacked, all decoded as text, also JSON- and HTML-escaped): zero hits. The same search over the
// internal dist must find them (so the search itself works), and the internal-only pages must not
// be built into the public site.
//
//   ASN_DIST_PUBLIC=.test-work/dist-public ASN_DIST=.test-work/dist ASN_SAMPLE=.test-work/raw npx vitest run --project browser
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { INTERNAL_ONLY_PAGES } from "../../observablehq.config.ts";
import { findPersonalData, summariseHits } from "../../scripts/lib/personal-data-check.ts";
import { samplePeople } from "../unit/helpers/sample-files.ts";

const sampleDir = resolve(process.env.ASN_SAMPLE ?? ".test-work/raw");
const publicDist = resolve(process.env.ASN_DIST_PUBLIC ?? "dist-public");
const internalDist = resolve(process.env.ASN_DIST ?? "dist");

describe("situs publik: tanpa NIP dan nama pegawai", () => {
  // Every NIP and name of the sample's employees, from its SIASN workbook (read with SheetJS).
  const people = existsSync(sampleDir) ? samplePeople(sampleDir) : [];

  it("sampel dan kedua situs tersedia", () => {
    expect(existsSync(join(publicDist, "index.html")), `${publicDist}: jalankan npm run build:public`).toBe(true);
    expect(existsSync(join(internalDist, "index.html")), `${internalDist}: jalankan npm run build`).toBe(true);
    expect(people.length, `DATA_PNS_*.xlsx di ${sampleDir}`).toBeGreaterThan(100);
    expect(people.every((p) => /^\d{18}$/.test(p.nip) && p.name.length > 0)).toBe(true);
    expect(people.some((p) => p.name.includes("<script>")), "nama ber-HTML dari sampel (dirt_html_name)").toBe(true);
  });

  it("tidak ada satu pun NIP atau nama sampel di berkas mana pun dari situs publik", async () => {
    const hits = await findPersonalData(publicDist, people);
    expect(summariseHits(hits), "berkas yang memuat NIP/nama (nilainya tidak dicetak)").toEqual([]);
  }, 60_000);

  it("pencarian yang sama menemukan NIP dan nama di situs internal (pencariannya bekerja)", async () => {
    const hits = await findPersonalData(internalDist, people);
    expect(hits.some((h) => h.kind === "nip")).toBe(true);
    expect(hits.some((h) => h.kind === "nama")).toBe(true);
  }, 60_000);

  it("halaman khusus internal tidak ada di situs publik (dan ada di situs internal)", () => {
    for (const page of INTERNAL_ONLY_PAGES) {
      const html = page.endsWith("/") ? join(page, "index.html") : `${page}.html`;
      expect(existsSync(join(publicDist, html)), `${html} di situs publik`).toBe(false);
      if (!page.endsWith("/")) expect(existsSync(join(internalDist, html)), `${html} di situs internal`).toBe(true);
      expect(readFileSync(join(publicDist, "index.html"), "utf8"), `tautan ke ${page} di menu publik`).not.toContain(`href="${page.replace(/^\//, "./")}"`);
    }
  });
});
