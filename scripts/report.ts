// Periodic reports as PDF (npm run report): opens the built report page of a period in Chromium
// and prints it on A4, with page numbers.
//
//   npm run report -- --period 2025-TW1 [--period 2025-S1 ...] [--profile internal|public] [--out laporan/]
//     --dist DIR    the built site to print (default: ASN_DIST, else dist/, or dist-public/ for public)
//     --build       rebuild the site first; --no-build never builds (fails if the page is missing)
//
// Without --no-build the site is (re)built with scripts/build-site.ts when it is missing, older
// than src/, the config or the database (ASN_DB, else data/asn.duckdb), or of the other profile.
// Writes laporan-<period>.pdf (public: laporan-<period>-publik.pdf). Progress goes to stderr, the
// PDF paths to stdout; a failure is one line "Galat: ..." and exit code 1.
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, ensureChromium } from "./lib/chromium.ts";
import { runTsx } from "./lib/run-command.ts";
import { serveDist } from "./serve.ts";
import { reportPeriods } from "../src/data/laporan-periods.ts";
import { databasePath, distPath, profileSetting, type Profile } from "../src/data/lib/env.ts";

const projectRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
// Paper margins, the same as @page in src/laporan/laporan.css; the header and footer sit in them.
const MARGIN = { top: "16mm", right: "14mm", bottom: "18mm", left: "14mm" };
// The width of the printed text column (A4 210 mm less the margins) in CSS pixels: the page is laid
// out, and its charts drawn, at this width before it is printed.
const PRINT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAGE_TIMEOUT = 60_000;

class ReportError extends Error {}
const log = (message: string) => process.stderr.write(`[laporan] ${message}\n`);

/** Number of pages of a PDF (its /Type /Page objects; Chromium writes them uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The report periods built into a site: dist/laporan/<period>.html. */
export function builtPeriods(dist: string): string[] {
  const dir = join(dist, "laporan");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".html") && f !== "index.html").map((f) => f.slice(0, -5)).sort();
}

/** The profile a built report page was made with (read from its data file), or null. */
async function builtProfile(dist: string, period: string): Promise<Profile | null> {
  const page = join(dist, "laporan", `${period}.html`);
  if (!existsSync(page)) return null;
  const file = (await readFile(page, "utf8")).match(/_file\/data\/laporan\/[^"']+?\.json/)?.[0];
  if (!file || !existsSync(join(dist, file))) return null;
  return JSON.parse(await readFile(join(dist, file), "utf8")).periode?.profile ?? null;
}

/** The newest modification time of the site's inputs: src/, the config and the database. */
function newestInput(db: string): number {
  let newest = Math.max(statSync(join(projectRoot, "observablehq.config.ts")).mtimeMs, existsSync(db) ? statSync(db).mtimeMs : 0);
  for (const entry of readdirSync(join(projectRoot, "src"), { recursive: true, withFileTypes: true })) {
    const dir = entry.parentPath ?? entry.path;
    if (entry.isFile() && !relative(projectRoot, dir).split(/[\\/]/).includes(".observablehq")) {
      newest = Math.max(newest, statSync(join(dir, entry.name)).mtimeMs);
    }
  }
  return newest;
}

async function buildSite(db: string, dist: string, profile: Profile): Promise<void> {
  if (!existsSync(db)) throw new ReportError(`basis data tidak ditemukan: ${db}. Jalankan pipeline dulu atau setel ASN_DB.`);
  log(`membangun situs (${profile}) ke ${dist} dari ${db} ...`);
  const code = await runTsx(join(projectRoot, "scripts", "build-site.ts"), ["--profile", profile], { ASN_DB: db, ASN_DIST: dist });
  if (code !== 0) throw new ReportError(`pembangunan situs gagal (kode ${code}); lihat pesan [build-site] di atas`);
}

const printDate = () => new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
const small = `font-family: sans-serif; font-size: 8px; color: #444; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;`;

/** Opens the report page of `period` on the served site and prints it to `file`. */
async function printReport(browser: Browser, url: string, period: string, profile: Profile, file: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1100 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  try {
    await page.emulateMedia({ media: "print", colorScheme: "light" }); // print CSS before the charts measure their width
    const response = await page.goto(new URL(`laporan/${period}`, url).href, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    if (!response?.ok()) throw new ReportError(`halaman laporan ${period} tidak dapat dibuka (HTTP ${response?.status()})`);
    // Every section drawn, every chart with its SVG (resize() draws after the first layout).
    await page.waitForFunction(() => {
      if (document.querySelector(".observablehq--error")) return true;
      const charts = [...document.querySelectorAll(".report-chart")];
      return !!document.querySelector(".report-signature") && charts.every((c) => c.querySelector("svg, .report-note"));
    }, undefined, { timeout: PAGE_TIMEOUT });
    const broken = await page.locator(".observablehq--error").allInnerTexts();
    if (broken.length || errors.length) throw new ReportError(`halaman laporan ${period} memuat galat: ${[...broken, ...errors][0]}`);
    const shown = await page.locator(".report-cover").getAttribute("data-profile");
    if (shown !== profile) throw new ReportError(`situs dibangun dengan profil ${shown}, bukan ${profile}; jalankan lagi dengan --build`);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const profileNote = profile === "internal" ? "Versi internal: memuat data pribadi, tidak untuk disebarluaskan" : "Versi publik";
    const pdf = await page.pdf({
      path: file,
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: MARGIN,
      headerTemplate: `<div style="${small}"><span class="title"></span><span>${profileNote}</span></div>`,
      footerTemplate: `<div style="${small}"><span>Dicetak ${printDate()}</span>` +
        `<span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`,
    });
    return pdfPageCount(pdf);
  } finally {
    await page.close();
  }
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        period: { type: "string", multiple: true },
        profile: { type: "string" },
        out: { type: "string", default: "laporan" },
        dist: { type: "string" },
        build: { type: "boolean", default: false },
        "no-build": { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    // node's own message is English: say which argument, in Bahasa Indonesia
    const arg = String((error as Error).message).match(/'([^']+)'/)?.[1] ?? "";
    throw new ReportError(`argumen tidak dikenal atau tidak lengkap: ${arg}. Pakai: npm run report -- --period 2025-TW1 [--profile internal|public] [--out laporan/]`);
  }
}

async function main(): Promise<void> {
  const values = parseOptions();
  let profile: Profile;
  try {
    profile = profileSetting(values.profile);
  } catch (error) {
    throw new ReportError((error as Error).message);
  }
  const db = databasePath(projectRoot);
  const dist = values.dist ? resolve(values.dist) : distPath(profile, projectRoot);
  const requested = values.period ?? [];

  // Which reports exist: the database's periods; with --no-build (or no database) the ones built.
  process.env.ASN_DB = db; // read by reportPeriods()
  const known = values["no-build"] || !existsSync(db) ? builtPeriods(dist) : (await reportPeriods()).map((p) => p.period);
  const valid = `Periode yang tersedia: ${known.join(", ") || "belum ada (jalankan pipeline dulu)"}`;
  if (!requested.length) throw new ReportError(`sebutkan periodenya, misalnya --period ${known[0] ?? "2025-TW1"}. ${valid}`);
  const unknown = requested.filter((p) => !known.includes(p));
  if (unknown.length) throw new ReportError(`periode tidak dikenal: ${unknown.join(", ")}. ${valid}`);

  // A current build of the right profile.
  const stale = async () => {
    if (values.build) return "diminta --build";
    if (!existsSync(join(dist, "index.html"))) return "belum dibangun";
    if (requested.some((p) => !existsSync(join(dist, "laporan", `${p}.html`)))) return "halaman laporan belum ada";
    for (const p of requested) if ((await builtProfile(dist, p)) !== profile) return `profil bukan ${profile}`;
    if (existsSync(db) && newestInput(db) > (await stat(join(dist, "index.html"))).mtimeMs) return "lebih lama dari src/ atau basis data";
    return null;
  };
  const reason = await stale();
  if (reason && values["no-build"]) throw new ReportError(`situs di ${dist} tidak dapat dipakai (${reason}) dan --no-build melarang membangunnya`);
  if (reason) {
    log(`situs perlu dibangun: ${reason}`);
    await buildSite(db, dist, profile);
  }

  await ensureChromium();
  const outDir = resolve(values.out);
  await mkdir(outDir, { recursive: true });
  const site = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const period of requested) {
      const file = join(outDir, `laporan-${period}${profile === "public" ? "-publik" : ""}.pdf`);
      const started = performance.now();
      const pages = await printReport(browser, site.url, period, profile, file);
      log(`${period}: ${pages} halaman, ${((await stat(file)).size / 1024).toFixed(0)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      process.stdout.write(`${relative(process.cwd(), file) || file}\n`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Galat: ${message.split("\n")[0]}\n`);
    process.exit(1);
  });
}
