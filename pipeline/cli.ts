// Command line: `run` builds the database from an export folder; `sample` writes the fictional
// kabupaten's exports. Messages are in Bahasa Indonesia; progress goes to stderr.
import { parseArgs } from "node:util";
import { runPipeline } from "./run.ts";
import { formatCount, formatSeconds } from "./format.ts";

const USAGE = `Penggunaan:
  npx tsx pipeline/cli.ts run --input FOLDER --db BERKAS [--config BERKAS] [--parquet FOLDER]
  npx tsx pipeline/cli.ts sample --out FOLDER [--employees N] [--year YYYY] [--seed S]`;

const log = (msg: string) => process.stderr.write(`[asn] ${msg}\n`);

function fail(message: string): never {
  process.stderr.write(`Galat: ${message}\n`);
  process.exit(1);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${name} harus bilangan bulat positif, bukan "${value}"`);
  return Number(value);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === "run") {
    const { values } = parseArgs({
      args: rest,
      options: { input: { type: "string" }, db: { type: "string" }, config: { type: "string" }, parquet: { type: "string" } },
    });
    if (!values.input || !values.db) fail(`--input dan --db wajib diisi\n${USAGE}`);
    await runPipeline({ input: values.input, db: values.db, config: values.config, parquet: values.parquet, log });
  } else if (command === "sample") {
    const { values } = parseArgs({
      args: rest,
      options: { out: { type: "string" }, employees: { type: "string" }, year: { type: "string" }, seed: { type: "string" } },
    });
    if (!values.out) fail(`--out wajib diisi\n${USAGE}`);
    const { generateSample } = await import("./sample/index.ts");
    const started = performance.now();
    const result = await generateSample({
      out: values.out,
      employees: positiveInt("employees", values.employees, 6000),
      year: positiveInt("year", values.year, 2025),
      seed: positiveInt("seed", values.seed, 1),
    });
    const rows = result.files.reduce((sum, f) => sum + f.rows, 0);
    log(`sampel: ${result.files.length} berkas, ${formatCount(rows)} baris di ${values.out} (${formatSeconds(performance.now() - started)})`);
  } else {
    fail(`perintah tidak dikenal "${command ?? ""}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // One line: the reason, naming the file (the loaders and config put it in the message).
  fail(e instanceof Error ? e.message.split("\n")[0] : String(e));
});
