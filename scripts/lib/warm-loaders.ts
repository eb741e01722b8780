// Runs many Framework data loaders in ONE node process and writes each output where Framework
// 1.13 caches it (`<root>/.observablehq/cache/<loader path without .ts>`), so that `observable
// build`, which starts a node process (node + tsx + DuckDB, ~1 s) for every loader one after the
// other, finds them ready. Started by scripts/build-site.ts:
//
//   node --import tsx scripts/lib/warm-loaders.ts <source root> <loader path>...
//
// Each loader is imported once with process.stdout captured and process.exit turned into an
// error. A loader that fails here (or writes through anything else) is simply not cached:
// Framework runs it again if a page uses it, and reports its error. Prints one JSON line
// {ok, failed} on stdout at the end; the loaders' own stderr is dropped.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

class LoaderExit extends Error {
  constructor(readonly code: number) {
    super(`loader exited with code ${code}`);
  }
}

const [root, ...loaders] = process.argv.slice(2);
const cacheRoot = join(root, ".observablehq", "cache");
const realWrite = process.stdout.write.bind(process.stdout);
const realExit = process.exit.bind(process);
let late = false; // an error after a loader's import resolved: its output is not trusted
process.on("unhandledRejection", () => (late = true));
process.on("uncaughtException", () => (late = true));
process.stderr.write = (() => true) as typeof process.stderr.write;

let ok = 0;
let failed = 0;
for (const loader of loaders) {
  const chunks: Buffer[] = [];
  process.stdout.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof process.stdout.write;
  process.exit = ((code?: number) => {
    throw new LoaderExit(code ?? 0);
  }) as typeof process.exit;
  process.exitCode = undefined;
  late = false;
  let success: boolean;
  try {
    await import(pathToFileURL(join(root, loader)).href);
    success = !process.exitCode;
  } catch (error) {
    success = error instanceof LoaderExit && error.code === 0;
  }
  await new Promise((resolve) => setImmediate(resolve)); // let a stray rejection surface
  process.stdout.write = realWrite;
  process.exit = realExit;
  if (success && !late) {
    const target = join(cacheRoot, loader.replace(/\.ts$/, ""));
    const temp = `${target}.warm-${process.pid}`;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, Buffer.concat(chunks));
    await rename(temp, target).catch(async () => rm(temp, { force: true }));
    ok++;
  } else {
    failed++;
  }
}
process.exitCode = 0;
realWrite(`${JSON.stringify({ ok, failed })}\n`);
