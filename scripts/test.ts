// `npm test`: type check, unit and integration tests, then a small sample built into a site in
// both profiles (internal and public), the public one searched for every NIP and name of the
// sample, and every page of both opened in Chromium. Ends with one line "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureChromium } from "./lib/chromium.ts";
import { runCommand, runTsx } from "./lib/run-command.ts";
import { formatSeconds } from "../pipeline/format.ts";

const WORK = resolve(".test-work");
const vitest = join("node_modules", "vitest", "vitest.mjs");

interface Tally { passed: number; failed: number; skipped: number }
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

async function step(name: string, run: () => Promise<number>): Promise<void> {
  const started = performance.now();
  process.stderr.write(`\n[uji] ${name}\n`);
  const code = await run();
  process.stderr.write(`[uji] ${name}: ${code === 0 ? "lulus" : `GAGAL (kode ${code})`} (${formatSeconds(performance.now() - started)})\n`);
  if (code !== 0) finish(code);
}

async function vitestProjects(label: string, projects: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const report = join(WORK, `vitest-${label}.json`);
  const args = [vitest, "run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const code = await runCommand(process.execPath, args, env);
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    tally.passed += json.numPassedTests;
    tally.failed += json.numFailedTests;
    tally.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numTotalTests === 0) return 1; // a phase that ran no test is a failure, not a pass
  } catch {
    tally.failed += 1;
  }
  return code;
}

function finish(code: number): never {
  process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}\n`);
  process.exit(code === 0 && tally.failed === 0 && tally.skipped === 0 ? 0 : code || 1);
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await ensureChromium();
  await step("pemeriksaan tipe (tsc)", () => runCommand(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"]));
  await step("uji unit dan integrasi", () => vitestProjects("unit", ["unit", "integration"]));

  // The browser test opens a site built by the real pipeline from a small but complete sample.
  const raw = join(WORK, "raw");
  const db = join(WORK, "asn.duckdb");
  const dist = join(WORK, "dist");
  const distPublic = join(WORK, "dist-public");
  await step("sampel kecil", () => runTsx("pipeline/cli.ts", ["sample", "--out", raw, "--employees", "600"]));
  await step("pipeline", () => runTsx("pipeline/cli.ts", ["run", "--input", raw, "--db", db]));
  await step("membangun situs", () => runTsx("scripts/build-site.ts", ["--profile", "internal"], { ASN_DB: db, ASN_DIST: dist }));
  await step("membangun situs publik", () =>
    runTsx("scripts/build-site.ts", ["--profile", "public"], { ASN_DB: db, ASN_DIST: distPublic, ASN_STAGE: join(WORK, "src-public") }));
  await step("uji peramban dan kebocoran data pribadi (Chromium)", () =>
    vitestProjects("browser", ["browser"], { ASN_DIST: dist, ASN_DIST_PUBLIC: distPublic, ASN_SAMPLE: raw }));
  finish(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`[uji] ${e instanceof Error ? e.message : String(e)}\n`);
  finish(1);
});
