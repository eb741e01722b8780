// The Peta Produktivitas page and a month whose e-Kinerja approvals are still open (the sample's
// December: ~13% of the minutes still menunggu): the page names the month, draws approved,
// pending and rejected hours apart, and hatches the month's heatmap cells grey instead of
// colouring them as a decline. Asserted against the page's own data files, so that the sample
// may change (site.test.ts already checks console errors and outside requests).
//
//   ASN_DIST=/tmp/x/dist ASN_DIST_PUBLIC=/tmp/x/dist-public npx vitest run test/browser/produktivitas.test.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;

interface ApprovalMonth { month: string; approvals_open: boolean; pending_pct: number }
interface OpdMonth { opd_code: string; month: string; approvals_open: boolean }
interface YearRow { year: number; opd_code: string | null; productivity_pct: number | null; no_activity_per_100: number | null; attention: number | null }
interface LadderRow { employee_type: string; min_days: number; consecutive: boolean }

const number = (value: number, digits: number) =>
  new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

describe.each(BUILDS)("peta produktivitas, situs $profile", ({ distDir }) => {
  const built = existsSync(join(distDir, "pages", "produktivitas.html"));
  let site: OpenSite;
  let tab: Page;
  const errors: string[] = [];

  /** A data file the page itself loaded, by its name under _file/data/produktivitas/. */
  const loaded = async <T>(name: string, folder = "produktivitas/"): Promise<T[]> => {
    const url = await tab.evaluate(([name, folder]) =>
      performance.getEntriesByType("resource").map((e) => e.name).find((url) => new RegExp(`/_file/data/${folder}${name}\\.[^/]*json$`).test(url)), [name, folder]);
    expect(url, `${name}.json dimuat halaman`).toBeTruthy();
    return (await (await fetch(url!)).json()) as T[];
  };

  beforeAll(async () => {
    if (!built) return;
    site = await openSite(distDir);
    tab = await site.context.newPage();
    tab.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await tab.goto(new URL("pages/produktivitas", site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    await tab.locator(".card", { hasText: "menurut status persetujuan" }).locator("svg").first().waitFor({ timeout: PAGE_TIMEOUT });
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  it.runIf(built)("names a month whose approvals are still open and draws the minutes by status", async () => {
    const months = await loaded<ApprovalMonth>("bulan");
    const latestYear = months.at(-1)!.month.slice(0, 4);
    const open = months.filter((d) => d.approvals_open && d.month.startsWith(latestYear));
    const card = tab.locator(".card", { hasText: "menurut status persetujuan" });
    for (const label of ["Disetujui", "Menunggu persetujuan", "Ditolak"]) await expect(card.getByText(label).count()).resolves.toBeGreaterThan(0);
    // the label wraps into tspans: "persetujuan" + "belum selesai"
    await expect(card.locator("svg text", { hasText: /persetujuan\s*belum selesai/ }).count()).resolves.toBe(open.length);
    const note = tab.locator(".note", { hasText: "Persetujuan aktivitas" });
    if (open.length) {
      // e.g. "Desember 2025 (13,0% menit masih menunggu)": the month in words, the share in Indonesian format
      await expect(note.textContent()).resolves.toMatch(/persetujuan aktivitas [A-Z][a-z]+ \d{4} \(\d+,\d% menit masih menunggu\)/i);
    } else {
      await expect(note.count()).resolves.toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it.runIf(built)("hatches the heatmap cells of an open month, never colours them", async () => {
    const cells = await loaded<OpdMonth>("opd-bulan");
    const latestYear = cells.at(-1)!.month.slice(0, 4);
    const openCells = cells.filter((d) => d.approvals_open && d.month.startsWith(latestYear)).length;
    const heatmap = tab.locator(".card", { hasText: "Produktivitas per OPD dan bulan" });
    // a constant fill sits on the mark's group: every cell of it is one OPD-month with approvals open
    await expect(heatmap.locator('g[fill^="url(#approvals-open"] rect').count()).resolves.toBe(openCells);
  });

  it.runIf(built)("reads its cards from the kabupaten's row of tahun.json, and the prose from the schedule and the ladder", async () => {
    const rows = await loaded<YearRow>("tahun");
    const year = Math.max(...rows.map((d) => d.year));
    const kabupaten = rows.find((d) => d.year === year && d.opd_code == null)!;
    const big = (title: string) => tab.locator(".grid-cols-4 > .card", { hasText: title }).locator(".big").textContent();
    await expect(big(`Produktivitas ${year}`)).resolves.toBe(`${number(kabupaten.productivity_pct!, 1)}%`);
    await expect(big("Hadir tanpa aktivitas")).resolves.toBe(number(kabupaten.no_activity_per_100!, 1));
    if (kabupaten.attention != null) await expect(big("Perlu perhatian")).resolves.toBe(number(kabupaten.attention, 0));
    // "450 menit pada hari biasa": config.schedule's default week, not a literal
    const schedule = await loaded<{ isodow: number; minutes: number }>("jadwal");
    const prose = (await tab.locator("p", { hasText: "Perpres" }).last().textContent())!.replace(/\s+/g, " ");
    expect(prose).toContain(`Perpres 21/2023: ${number(schedule[0].minutes, 0)} menit`);
    // the run rung of the ladder (PP 94/2021: 10 days), not a literal
    const ladder = await loaded<LadderRow>("discipline-ladder", "");
    const run = ladder.find((d) => d.employee_type === "PNS" && d.consecutive)!;
    expect(prose).toContain(`juga ${number(run.min_days, 0)} hari beruntun`);
  });
});
