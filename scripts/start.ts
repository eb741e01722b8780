// `npm start`: the whole product on the built-in sample. Generates the sample into data/raw
// when it is missing, runs the pipeline, builds the site and serves it on 127.0.0.1.
// The internal build (names, per-person pages); ASN_PROFILE=public npm start serves the public one.
import { existsSync, readdirSync } from "node:fs";
import { runTsx } from "./lib/run-command.ts";
import { serveDist } from "./serve.ts";
import { formatSeconds } from "../pipeline/format.ts";
import { DEFAULT_DB, defaultDist, profileSetting } from "../src/data/lib/env.ts";

// The default paths on purpose, not ASN_DB/ASN_DIST: the sample must never overwrite a real database.
const RAW = "data/raw";
const DB = DEFAULT_DB;
const PROFILE = (() => {
  try {
    return profileSetting();
  } catch (error) {
    process.stderr.write(`Galat: ${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const DIST = defaultDist(PROFILE);

async function must(what: string, code: Promise<number>): Promise<void> {
  if ((await code) !== 0) {
    process.stderr.write(`Galat: ${what} gagal; lihat pesan di atas.\n`);
    process.exit(1);
  }
}

const started = performance.now();
if (!existsSync(RAW) || readdirSync(RAW).length === 0) {
  process.stderr.write(`[asn] ${RAW} belum ada: membuat data sampel Kabupaten Sukamaju\n`);
  await must("pembuatan sampel", runTsx("pipeline/cli.ts", ["sample", "--out", RAW]));
}
await must("pipeline", runTsx("pipeline/cli.ts", ["run", "--input", RAW, "--db", DB]));
await must("pembangunan situs", runTsx("scripts/build-site.ts", ["--profile", PROFILE], { ASN_DB: DB, ASN_DIST: DIST }));
process.stderr.write(`[asn] siap dalam ${formatSeconds(performance.now() - started)}\n`);
const port = Number(process.env.PORT ?? 3000);
const server = await serveDist(DIST, port);
process.stdout.write(`Dasbor tersedia di ${server.url} (Ctrl+C untuk berhenti)\n`);
