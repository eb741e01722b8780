// Which files under the input folder belong to which source (by file name, case-insensitive).
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, sep } from "node:path";
import { UnusableInputError } from "./errors.ts";
import type { InputFile } from "./load.ts";
import type { Source } from "./source.ts";

/** The files of each source, sorted by name (relative path): later files win on duplicate keys. */
export function discoverFiles(inputDir: string, sources: readonly Source[]): Map<string, InputFile[]> {
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) {
    throw new UnusableInputError(`Folder input ${inputDir} tidak ditemukan`);
  }
  const names = readdirSync(inputDir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(sep).join("/"))
    .filter((name) => !name.split("/").some((part) => part.startsWith(".")))
    .filter((name) => statSync(join(inputDir, name)).isFile())
    .sort();
  const bySource = new Map<string, InputFile[]>(sources.map((s) => [s.name, []]));
  for (const name of names) {
    const source = sources.find((s) => s.matches(basename(name)));
    if (!source) continue;
    bySource.get(source.name)!.push({ source, path: join(inputDir, name), name });
  }
  return bySource;
}
