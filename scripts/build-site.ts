// Builds the static dashboard with no internet access (npm run build, npm run build:public).
//
//   ASN_DB=data/asn.duckdb ASN_DIST=dist npm run build            (both are the defaults)
//   npm run build:public    = build-site.ts --profile public       (default output dist-public/)
//   ASN_PROFILE=public npm run build                               (the same)
//
// Profiles (issue 6): `internal` (default) for the intranet, with names and per-person pages;
// `public` carries aggregates only (UU 27/2022): it is built from a staged copy of src/ without
// the internal-only pages (observablehq.config.ts), its loaders drop every person-level row and
// suppress small groups (src/data/lib/profile.ts), and the build fails if any NIP or name of
// marts.employees is found in any of its files.
//
// 1. fill Framework's npm cache from node_modules (scripts/lib/npm-cache.ts);
// 2. drop cached loader outputs, so every data file comes from the current database;
// 3. run `observable build` with every outside request blocked (scripts/lib/offline-fetch.mjs);
// 4. set <html lang="id">, then fail if anything in dist/ still points at an outside host;
// 5. public: fail on an internal-only page or on any NIP or name in the output.
// Progress and timings go to stderr; stdout stays empty.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { delimiter, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { databasePath, distPath, profileSetting, stagePath, type Profile } from "../src/data/lib/env.ts";
import { fillNpmCache } from "./lib/npm-cache.ts";
import { findOutsideReferences } from "./lib/offline-check.ts";
import { findPersonalData, summariseHits, type Person } from "./lib/personal-data-check.ts";

const projectRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values: args } = parseArgs({ options: { profile: { type: "string" } }, strict: true });
let profile: Profile;
try {
  profile = profileSetting(args.profile);
} catch (error) {
  process.stderr.write(`[build-site] GAGAL: ${(error as Error).message}\n`);
  process.exit(2);
}
// The Framework config reads ASN_PROFILE when imported (and fails on an unknown name): import it
// once the profile is checked, with that profile.
process.env.ASN_PROFILE = profile;
const { INTERNAL_ONLY_PAGES, isInternalOnly } = await import("../observablehq.config.ts");
const distRoot = distPath(profile, projectRoot);
// The public build reads a staged copy of src/ without the internal-only pages; it also gets its
// own .observablehq/cache there. Under the project, so that loaders find node_modules.
const srcRoot = profile === "public" ? stagePath(projectRoot) : join(projectRoot, "src");
const cacheRoot = join(srcRoot, ".observablehq", "cache");
const frameworkBin = join(projectRoot, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
const offlineFetch = join(projectRoot, "scripts", "lib", "offline-fetch.mjs");

const log = (message: string) => process.stderr.write(`${message}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  log(`[build-site] ${label}: ${seconds(performance.now() - start)}`);
  return result;
}

function runFramework(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", offlineFetch, frameworkBin, "build"], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", 2, 2], // Framework's progress to stderr
    });
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`observable build gagal (kode ${code})`))));
  });
}

/**
 * Runs every (non-parameterised) data loader of the source root before `observable build`, which
 * starts node, tsx and DuckDB once per loader one after the other (~1 s each): here they run in a
 * few node processes, each importing many loaders (scripts/lib/warm-loaders.ts), and their output
 * goes where Framework 1.13 caches it, fresh. A loader that fails here is left to Framework,
 * which runs it again if a page uses it and reports the error.
 */
async function warmLoaders(env: NodeJS.ProcessEnv): Promise<{ ok: number; failed: number }> {
  const loaders: string[] = [];
  for (const entry of await readdir(srcRoot, { withFileTypes: true, recursive: true })) {
    const path = relative(srcRoot, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/");
    if (entry.isFile() && /\.(json|csv|tsv|txt|zip)\.ts$/.test(entry.name) && !path.includes("[") && !path.startsWith(".observablehq/")) loaders.push(path);
  }
  const groups = Array.from({ length: Math.min(Math.max(1, availableParallelism()), 4) }, (_, i) => loaders.filter((_, j) => j % Math.min(Math.max(1, availableParallelism()), 4) === i));
  const runner = join(projectRoot, "scripts", "lib", "warm-loaders.ts");
  const run = (group: string[]) =>
    new Promise<{ ok: number; failed: number }>((done) => {
      if (!group.length) return done({ ok: 0, failed: 0 });
      let out = "";
      const child = spawn(process.execPath, ["--import", "tsx", runner, srcRoot, ...group], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "ignore"] });
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("error", () => done({ ok: 0, failed: group.length }));
      child.on("close", () => {
        try {
          done(JSON.parse(out.trim().split("\n").at(-1) ?? ""));
        } catch {
          done({ ok: 0, failed: group.length }); // outputs already written stay valid: each is complete
        }
      });
    });
  const results = await Promise.all(groups.map(run));
  return { ok: results.reduce((n, r) => n + r.ok, 0), failed: results.reduce((n, r) => n + r.failed, 0) };
}

async function listHtml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

/** Framework 1.13 has no `lang` option: the pages are Indonesian, say so (screen readers, hyphenation). */
async function localiseHtml(files: string[]): Promise<void> {
  for (const file of files) {
    const text = await readFile(file, "utf-8");
    const localised = text
      .replace(/<html>/, '<html lang="id">')
      .replace('title="Toggle sidebar"', 'title="Buka/tutup menu"')
      .replace('<input type="search" placeholder="Search">', '<input type="search" placeholder="Cari halaman">');
    if (localised !== text) await writeFile(file, localised);
  }
}

/** The site search's result lines, in Bahasa Indonesia ("3 hasil", "tidak ada hasil"). */
async function localiseSearch(dir: string): Promise<void> {
  const folder = join(dir, "_observablehq");
  if (!existsSync(folder)) return;
  for (const name of await readdir(folder)) {
    if (!/^search\..*\.js$/.test(name)) continue;
    const file = join(folder, name);
    const text = await readFile(file, "utf-8");
    const localised = text
      .replace('"<div>no results</div>"', '"<div>tidak ada hasil</div>"')
      .replace(/toLocaleString\("en-US"\)\} result\$\{[a-z]+\.length===1\?"":"s"\}/, 'toLocaleString("id-ID")} hasil');
    if (localised === text) throw new Error(`teks pencarian Framework di ${name} tidak dikenali; periksa versi Framework`);
    await writeFile(file, localised);
  }
}

/**
 * Framework clears its output only inside the working directory, and fails on leftovers
 * elsewhere ("file conflict"); so clear it here, but only if it looks like an earlier build.
 */
async function clearOutput(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const entries = await readdir(dir);
  if (entries.length && !entries.includes("_observablehq") && !entries.includes("index.html")) {
    throw new Error(`${dir} tidak kosong dan bukan hasil build sebelumnya; tidak dihapus (periksa ASN_DIST)`);
  }
  await rm(dir, { recursive: true, force: true });
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

/**
 * The public build's source root: src/ copied without the internal-only pages (and without
 * src/.observablehq). The stage's own .observablehq/ (npm cache) is kept between builds.
 */
async function stageSource(stage: string): Promise<string[]> {
  const source = join(projectRoot, "src");
  const left: string[] = [];
  await mkdir(stage, { recursive: true });
  for (const entry of await readdir(stage)) {
    if (entry !== ".observablehq") await rm(join(stage, entry), { recursive: true, force: true });
  }
  await cp(source, stage, {
    recursive: true,
    preserveTimestamps: true,
    filter: (from) => {
      const path = "/" + relative(source, from).split(sep).join("/");
      if (path === "/.observablehq" || path.startsWith("/.observablehq/")) return false;
      const internal = path.endsWith(".md") ? isInternalOnly(path) : INTERNAL_ONLY_PAGES.includes(`${path}/`);
      if (internal) left.push(path);
      return !internal;
    },
  });
  return left;
}

/** Every NIP and name in marts.employees (for the public build's final check). */
async function employeesOf(db: string): Promise<Person[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`select nip::varchar as nip, coalesce(name, '') as name from marts.employees`);
      return reader.getRowObjectsJson() as unknown as Person[];
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Public build: no internal-only page, no NIP, no name of any employee anywhere in the output. */
async function checkPublicOutput(db: string, pages: string[]): Promise<void> {
  const leakedPages = pages.map((p) => "/" + relative(distRoot, p).split(sep).join("/")).filter((p) => isInternalOnly(p.replace(/\.html$/, "")));
  if (leakedPages.length) throw new Error(`halaman internal ada di situs publik: ${leakedPages.join(", ")}`);
  const people = await employeesOf(db);
  const hits = await findPersonalData(distRoot, people);
  if (hits.length) {
    for (const line of summariseHits(hits).slice(0, 20)) log(`  ${line}`);
    throw new Error(`situs publik memuat NIP atau nama pegawai (${hits.length} temuan); tidak boleh diterbitkan`);
  }
  log(`[build-site]   ${people.length} NIP dan nama pegawai dicari di setiap berkas: tidak ditemukan`);
}

async function main(): Promise<void> {
  const start = performance.now();
  const db = databasePath(projectRoot);
  if (!existsSync(db)) {
    throw new Error(
      `basis data tidak ditemukan: ${db}\n` +
        `  Jalankan pipeline dulu (npm run pipeline -- run --input DIR --db data/asn.duckdb) atau setel ASN_DB.`,
    );
  }
  log(`[build-site] profil: ${profile}; basis data: ${db}`);

  if (profile === "public") {
    const left = await timed("salinan src/ tanpa halaman internal", () => stageSource(srcRoot));
    log(`[build-site]   tidak dibangun: ${left.join(", ") || "–"}`);
  }

  const cache = await timed("npm cache dari node_modules", () => fillNpmCache(srcRoot, projectRoot));
  log(`[build-site]   ${cache.bundled.join(", ")} (${(cache.bytes / 1024).toFixed(0)} KiB); ${cache.namedOnly.length} pustaka opsional hanya versi`);

  await clearOutput(distRoot);

  // Framework reuses a loader's cached output while it is newer than the loader's source, even
  // when the database changed: drop the outputs (everything but its own "_npm", "_node", ...
  // folders) so the site always shows the current data.
  if (existsSync(cacheRoot)) {
    for (const entry of await readdir(cacheRoot)) if (!entry.startsWith("_")) await rm(join(cacheRoot, entry), { recursive: true, force: true });
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASN_DB: db,
    ASN_DIST: distRoot, // read by observablehq.config.ts
    ASN_PROFILE: profile, // read by observablehq.config.ts and the loaders (src/data/lib/profile.ts)
    ASN_ROOT: srcRoot, // read by observablehq.config.ts
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: [join(projectRoot, "node_modules", ".bin"), process.env.PATH].join(delimiter), // tsx for the .ts loaders
  };
  const warmed = await timed("data loader, dijalankan lebih dulu", () => warmLoaders(env));
  log(
    `[build-site]   ${warmed.ok} loader siap di cache` +
      (warmed.failed ? `; ${warmed.failed} gagal di sini (${profile === "public" ? "antara lain loader khusus internal; " : ""}Framework menjalankannya lagi bila dipakai)` : ""),
  );
  await timed("observable build", () => runFramework(env));

  const pages = await listHtml(distRoot);
  await localiseHtml(pages);
  await localiseSearch(distRoot);

  const outside = await timed("pemeriksaan rujukan luar", () => findOutsideReferences(distRoot));
  if (outside.length) {
    for (const { file, match } of outside.slice(0, 20)) log(`  ${file}: ${match}`);
    throw new Error(`dist/ merujuk ${outside.length} kali ke host luar; situs harus dapat berjalan tanpa internet`);
  }

  if (profile === "public") {
    // Fail closed: a public output that fails the check is removed, never left to be published.
    await timed("pemeriksaan data pribadi", () => checkPublicOutput(db, pages)).catch(async (error) => {
      await rm(distRoot, { recursive: true, force: true });
      throw error;
    });
  }

  const size = await directorySize(distRoot);
  log(
    `[build-site] selesai dalam ${seconds(performance.now() - start)}: ${pages.length} halaman ` +
      `(${pages.map((p) => relative(distRoot, p)).join(", ")}), ${(size / 1024 / 1024).toFixed(1)} MiB di ${relative(projectRoot, distRoot) || "."}/`,
  );
}

main().catch((error) => {
  log(`[build-site] GAGAL: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
