// Builds the static dashboard into dist/ with no internet access (npm run build).
//
//   ASN_DB=data/asn.duckdb ASN_DIST=dist npm run build      (both are the defaults)
//
// 1. fill Framework's npm cache from node_modules (scripts/lib/npm-cache.ts);
// 2. drop cached loader outputs, so every data file comes from the current database;
// 3. run `observable build` with every outside request blocked (scripts/lib/offline-fetch.mjs);
// 4. set <html lang="id">, then fail if anything in dist/ still points at an outside host.
// Progress and timings go to stderr; stdout stays empty.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fillNpmCache } from "./lib/npm-cache.ts";
import { findOutsideReferences } from "./lib/offline-check.ts";

const projectRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const srcRoot = join(projectRoot, "src");
const distRoot = resolve(process.env.ASN_DIST ?? join(projectRoot, "dist"));
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
      .replace('title="Toggle sidebar"', 'title="Buka/tutup menu"');
    if (localised !== text) await writeFile(file, localised);
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

async function main(): Promise<void> {
  const start = performance.now();
  const db = resolve(process.env.ASN_DB ?? join(projectRoot, "data", "asn.duckdb"));
  if (!existsSync(db)) {
    throw new Error(
      `basis data tidak ditemukan: ${db}\n` +
        `  Jalankan pipeline dulu (npm run pipeline -- run --input DIR --db data/asn.duckdb) atau setel ASN_DB.`,
    );
  }
  log(`[build-site] basis data: ${db}`);

  const cache = await timed("npm cache dari node_modules", () => fillNpmCache(srcRoot, projectRoot));
  log(`[build-site]   ${cache.bundled.join(", ")} (${(cache.bytes / 1024).toFixed(0)} KiB); ${cache.namedOnly.length} pustaka opsional hanya versi`);

  await clearOutput(distRoot);

  // Framework reuses a loader's cached output while it is newer than the loader's source, even
  // when the database changed: drop the outputs so the site always shows the current data.
  await rm(join(cacheRoot, "data"), { recursive: true, force: true });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASN_DB: db,
    ASN_DIST: distRoot, // read by observablehq.config.ts
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: [join(projectRoot, "node_modules", ".bin"), process.env.PATH].join(delimiter), // tsx for the .ts loaders
  };
  await timed("observable build", () => runFramework(env));

  const pages = await listHtml(distRoot);
  await localiseHtml(pages);

  const outside = await timed("pemeriksaan rujukan luar", () => findOutsideReferences(distRoot));
  if (outside.length) {
    for (const { file, match } of outside.slice(0, 20)) log(`  ${file}: ${match}`);
    throw new Error(`dist/ merujuk ${outside.length} kali ke host luar; situs harus dapat berjalan tanpa internet`);
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
