// The KPI cards read one aggregate mart in both builds (issue 12): on every page below, each
// card of the first row shows the same figure in the internal and the public build, unless the
// public one is suppressed ("<5": fewer than min_group_size people behind it).
//
//   ASN_DIST=/tmp/x/dist ASN_DIST_PUBLIC=/tmp/x/dist-public npx vitest run --project browser test/browser/kpi-cards.test.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILDS, openSite, type OpenSite } from "./helpers.ts";

const PAGE_TIMEOUT = 30_000;
const PAGES = ["merit", "talenta", "produktivitas", "tpp-potongan", "ikp"];
const [internal, publicBuild] = BUILDS;
const built = [internal, publicBuild].every((b) => PAGES.every((p) => existsSync(join(b.distDir, "pages", `${p}.html`))));

interface Card { title: string; value: string; note: string }

describe.runIf(built)("kartu KPI: angka yang sama di situs internal dan publik", () => {
  const sites: OpenSite[] = [];

  beforeAll(async () => {
    for (const build of [internal, publicBuild]) sites.push(await openSite(build.distDir));
  }, 60_000);

  afterAll(async () => {
    for (const site of sites) await site.close();
  });

  const cards = async (site: OpenSite, page: string): Promise<Card[]> => {
    const tab = await site.context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    await tab.goto(new URL(`pages/${page}`, site.url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    const grid = tab.locator(".grid-cols-4").first();
    await grid.locator(".card .big").first().waitFor({ timeout: PAGE_TIMEOUT });
    const found = await grid.locator(":scope > .card").evaluateAll((els) => els.map((el) => ({
      title: el.querySelector("h2")?.textContent?.trim() ?? "",
      value: el.querySelector(".big")?.textContent?.trim() ?? "",
      note: el.querySelector("p")?.textContent?.trim() ?? "",
    })));
    await tab.close();
    expect(errors, `${page}: tanpa galat`).toEqual([]);
    return found;
  };

  it.each(PAGES)("%s", async (page) => {
    const [mine, theirs] = [await cards(sites[0], page), await cards(sites[1], page)];
    expect(theirs.map((c) => c.title)).toEqual(mine.map((c) => c.title));
    for (const [i, card] of mine.entries()) {
      expect(card.value, `${page}: ${card.title}`).not.toMatch(/NaN|undefined|null/);
      if (theirs[i].value.startsWith("<")) continue; // suppressed in the public build
      expect(theirs[i].value, `${page}: ${card.title}`).toBe(card.value);
    }
  }, 90_000);
});
