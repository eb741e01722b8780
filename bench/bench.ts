// `npm run bench`: samples of 10.000 and 50.000 employees x one year (BENCH_SIZES=10000,50000,100000
// adds 100.000); for each, the sample time, DuckDB's bare scan of the same files, the pipeline's
// wall time, the ratio of the two (the pipeline's overhead), rows/s, peak memory and the five
// longest stages. Then the default sample end to end (generate, pipeline, site build). Figures
// only: no thresholds are asserted here (the targets are in issue 14 and the README).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatCount } from "../pipeline/format.ts";

const ROOT = resolve(process.env.BENCH_DIR ?? ".bench");
const sizes = (process.env.BENCH_SIZES ?? "10000,50000").split(",").map(Number);
const number1 = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface Measure { ms: number; maxRssMb: number; rows?: number; mb?: number; top?: { name: string; ms: number }[] }

function measure(stage: string, ...args: string[]): Measure {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/measure.ts", stage, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${stage} gagal (kode ${run.status})`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!);
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", command, ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`${command} gagal (kode ${run.status})`);
  return performance.now() - started;
}

const s = (ms: number) => `${number1.format(ms / 1000)} dtk`;
const rows: string[][] = [];
const stages: string[] = [];
rmSync(ROOT, { recursive: true, force: true });
for (const n of sizes) {
  const dir = join(ROOT, String(n));
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`[bench] ${formatCount(n)} pegawai...\n`);
  const sample = measure("sample", join(dir, "raw"), String(n));
  const scan = measure("scan", join(dir, "raw"));
  const pipeline = measure("pipeline", join(dir, "raw"), join(dir, "asn.duckdb"));
  rows.push([
    formatCount(n),
    `${formatCount(scan.rows!)} (${number1.format(scan.mb!)} MB)`,
    s(sample.ms),
    s(scan.ms),
    s(pipeline.ms),
    formatCount(Math.round(pipeline.rows! / (pipeline.ms / 1000))),
    `${number1.format(pipeline.ms / scan.ms)}x`,
    `${formatCount(Math.round(pipeline.maxRssMb))} MB`,
  ]);
  stages.push(`- ${formatCount(n)} pegawai: ${pipeline.top!.map((t) => `${t.name} ${s(t.ms)}`).join("; ")}`);
  rmSync(join(dir, "raw"), { recursive: true, force: true });
}

const header = ["pegawai", "baris masukan", "sampel", "pindai DuckDB", "pipeline", "baris/dtk", "rasio", "memori puncak"];
const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
process.stdout.write(`\n${table}\n\nLima tahap terlama (run --profile):\n${stages.join("\n")}\n`);

// The spreadsheet reader: one 500.000-row .xlsx sheet beside the same rows as CSV.
const SHEET_ROWS = Number(process.env.BENCH_SHEET_ROWS ?? 500_000);
process.stderr.write(`[bench] lembar Excel ${formatCount(SHEET_ROWS)} baris...\n`);
const sheets = join(ROOT, "lembar");
measure("sheet-write", sheets, String(SHEET_ROWS));
const read = measure("sheet-read", join(sheets, "xlsx", "presensi.xlsx"));
const viaXlsx = measure("sheet-ingest", join(sheets, "xlsx"));
const viaCsv = measure("sheet-ingest", join(sheets, "csv"));
const perSecond = (m: Measure) => formatCount(Math.round(m.rows! / (m.ms / 1000)));
process.stdout.write(
  `\nLembar .xlsx ${formatCount(SHEET_ROWS)} baris: dibaca ${perSecond(read)} baris/dtk (${s(read.ms)}, memori puncak ${formatCount(Math.round(read.maxRssMb))} MB); ` +
    `ingest dari .xlsx ${perSecond(viaXlsx)} baris/dtk (${s(viaXlsx.ms)}, ${formatCount(Math.round(viaXlsx.maxRssMb))} MB), ` +
    `baris yang sama dari CSV ${perSecond(viaCsv)} baris/dtk (${s(viaCsv.ms)}, ${formatCount(Math.round(viaCsv.maxRssMb))} MB)\n`,
);

// End to end on the default sample, as `npm start` runs it (without serving).
process.stderr.write("[bench] ujung ke ujung, sampel bawaan 6.000 pegawai...\n");
const e2e = join(ROOT, "e2e");
const generate = timed("pipeline/cli.ts", ["sample", "--out", join(e2e, "raw")]);
const pipe = timed("pipeline/cli.ts", ["run", "--input", join(e2e, "raw"), "--db", join(e2e, "asn.duckdb")]);
const build = timed("scripts/build-site.ts", [], { ASN_DB: join(e2e, "asn.duckdb"), ASN_DIST: join(e2e, "dist") });
process.stdout.write(
  `\nSampel bawaan ujung ke ujung: sampel ${s(generate)} + pipeline ${s(pipe)} + situs ${s(build)} = ${s(generate + pipe + build)}\n`,
);
rmSync(ROOT, { recursive: true, force: true });
