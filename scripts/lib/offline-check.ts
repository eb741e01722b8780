// Checks that a built site makes no request outside its own host: no CDN, no web font, no
// absolute-URL script, stylesheet, image or import. Links (<a href>) to outside pages are fine.
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative } from "node:path";

const TEXT_FILES = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".csv", ".map"]);

/** Hosts that only ever appear in a built site when it would fetch from them. */
const OUTSIDE_HOSTS =
  /\b(?:cdn\.jsdelivr\.net|unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|esm\.sh|cdnjs\.cloudflare\.com|cdn\.skypack\.dev|ga\.jspm\.io|(?:community-)?extensions\.duckdb\.org|registry\.npmjs\.org|api\.observablehq\.com|events\.observablehq\.com)\b/g;

/** Absolute-URL resources in HTML, CSS and JavaScript (protocol-relative included). */
const OUTSIDE_RESOURCES = [
  /<(?:script|img|iframe|source|video|audio|embed|track|input)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
  /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
  /url\(\s*["']?(?:https?:)?\/\/[^)"'\s]+/gi,
  /@import\s+(?:url\()?\s*["'](?:https?:)?\/\/[^"']+/gi,
  /\bimport\s*\(\s*["'`]https?:\/\/[^"'`]+/g,
  /\bfrom\s*["']https?:\/\/[^"']+/g,
];

export interface OutsideReference {
  file: string;
  match: string;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (TEXT_FILES.has(extname(entry.name).toLowerCase())) yield path;
  }
}

export async function findOutsideReferences(dir: string): Promise<OutsideReference[]> {
  const found: OutsideReference[] = [];
  for await (const path of walk(dir)) {
    const text = await readFile(path, "utf-8");
    const file = relative(dir, path);
    for (const pattern of [OUTSIDE_HOSTS, ...OUTSIDE_RESOURCES]) {
      for (const m of text.matchAll(pattern)) found.push({ file, match: m[0].slice(0, 160) });
    }
  }
  return found;
}
