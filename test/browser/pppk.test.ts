// PNS and PPPK apart on the pages (PP 94/2021 applies to PNS only; PPPK discipline is the PPK's
// under PP 49/2018 Pasal 52): Tren Disiplin draws the PPPK apart from the PNS rungs, Tindak Lanjut
// lists PPPK evidence in its own table and never with a PNS sanction, and the periodic report has
// its own PPPK section. The sample plants PPPK with TK days on every range of the PNS ladder.
//
//   ASN_DIST=.tmpx/x/dist ASN_DIST_PUBLIC=.tmpx/x/dist-public npx vitest run test/browser/pppk.test.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;
// PNS-only wording of PP 94/2021 that must never stand beside a PPPK
const PNS_ONLY = [/sebagai PNS/i, /tunjangan kinerja/i, /penurunan jabatan/i, /pembebasan dari jabatan/i];

async function open(tab: Page, url: string) {
  await tab.goto(url, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
  await tab.waitForTimeout(500);
}

describe.each(BUILDS)("PNS dan PPPK terpisah, situs $profile", ({ profile, distDir }) => {
  const built = existsSync(join(distDir, "pages", "disiplin-tren.html"));
  let site: OpenSite;
  let tab: Page;

  beforeAll(async () => {
    if (!built) return;
    site = await openSite(distDir);
    tab = await site.context.newPage();
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it("Tren Disiplin: tingkat hukuman untuk PNS, PPPK sebagai bukti di kartunya sendiri", async () => {
    expect(built, `${distDir}: bangun situs dulu`).toBe(true);
    await open(tab, new URL("pages/disiplin-tren", site.url).href);
    const pppk = tab.locator(".card", { has: tab.locator('h2:text-is("PPPK dengan hari tanpa keterangan")') });
    await expect.poll(() => pppk.count()).toBe(1);
    const text = await pppk.innerText();
    expect(text).toMatch(/PP 94\/2021 tidak berlaku bagi PPPK/);
    for (const p of PNS_ONLY) expect(text).not.toMatch(p);
    expect(await pppk.locator("svg").count(), "grafik PPPK").toBeGreaterThan(0);
  });

  it("laporan tahunan: bagian PPPK sendiri, bukan hukuman disiplin PNS", async () => {
    const report = (await import("node:fs")).readdirSync(join(distDir, "laporan")).find((f) => /^\d{4}\.html$/.test(f));
    expect(report, "laporan tahunan dibangun").toBeTruthy();
    await open(tab, new URL(`laporan/${report!.replace(/\.html$/, "")}`, site.url).href);
    const heading = tab.locator("h3", { hasText: /^PPPK: / });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await heading.innerText()).toMatch(/bukan hukuman disiplin PNS/);
  });

  it("Tindak Lanjut (internal): PPPK di tabelnya sendiri, tanpa nama hukuman PNS", async () => {
    const page = join(distDir, "pages", "disiplin-tindak-lanjut.html");
    if (profile === "public") return expect(existsSync(page), "halaman bernama tidak ada di situs publik").toBe(false);
    await open(tab, new URL("pages/disiplin-tindak-lanjut", site.url).href);
    const card = tab.locator(".card", { has: tab.locator("h2", { hasText: /^PPPK: bukti ketidakhadiran/ }) });
    await expect.poll(() => card.count()).toBe(1);
    const rows = card.locator("table tbody tr");
    expect(await rows.count(), "sampel: PPPK dengan hari tanpa keterangan").toBeGreaterThan(0);
    const text = await card.locator("table").innerText();
    for (const p of PNS_ONLY) expect(text).not.toMatch(p);
  });
});
