// Searches a built site for personal data: every NIP and every name of a list of employees, in
// every file (zip archives unpacked, everything decoded as UTF-8 text, case-insensitive), also
// as JSON or HTML would escape them. The public build must have zero hits (UU 27/2022).
//
// Used by scripts/build-site.ts (names and NIPs from marts.employees) and by the leak test
// (names and NIPs from the sample's SIASN employee workbook). A hit reports the file and the kind of value,
// never the value itself: names must not reach logs either.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import JSZip from "jszip";

export interface Person {
  nip: string;
  name: string;
}

export interface PersonalDataHit {
  /** File relative to the scanned folder; "archive.zip/member.csv" for a zip member. */
  file: string;
  kind: "nip" | "nama";
  /** Index of the person in the list given (to look up privately, never to print the value). */
  person: number;
  offset: number;
}

/** The forms a value can take in a built file: as is, JSON-escaped, HTML-escaped; lower case. */
function variants(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const htmlEscaped = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  const attr = value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return [...new Set([value, json, htmlEscaped, attr].map((v) => v.toLowerCase()))];
}

/** "197609102000041001" → "19760910 200004 1 001" (the usual printed form). */
function spacedNip(nip: string): string | null {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : null;
}

interface Needle {
  text: string;
  kind: "nip" | "nama";
  person: number;
}

const KEY = 3; // needles are indexed by their first three characters

/** A matcher over many needles: one pass over the text, a map look-up per position. */
class Matcher {
  private readonly byKey = new Map<string, Needle[]>();
  private readonly short: Needle[] = [];

  constructor(needles: Needle[]) {
    for (const needle of needles) {
      if (needle.text.length < KEY) this.short.push(needle);
      else {
        const key = needle.text.slice(0, KEY);
        const list = this.byKey.get(key);
        if (list) list.push(needle);
        else this.byKey.set(key, [needle]);
      }
    }
  }

  /** Hits in `text` (already lower case), on word boundaries: "Ani" is not found inside "Dani". */
  *find(text: string): Generator<{ needle: Needle; offset: number }> {
    const boundary = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]);
    for (let i = 0; i + KEY <= text.length; i++) {
      const list = this.byKey.get(text.slice(i, i + KEY));
      if (!list) continue;
      for (const needle of list) {
        if (text.startsWith(needle.text, i) && boundary(i - 1) && boundary(i + needle.text.length)) yield { needle, offset: i };
      }
    }
    for (const needle of this.short) {
      for (let i = text.indexOf(needle.text); i >= 0; i = text.indexOf(needle.text, i + 1)) {
        if (boundary(i - 1) && boundary(i + needle.text.length)) yield { needle, offset: i };
      }
    }
  }
}

export function buildNeedles(people: Person[]): Needle[] {
  const needles: Needle[] = [];
  people.forEach(({ nip, name }, person) => {
    const nipText = nip.trim();
    if (nipText) {
      for (const text of variants(nipText)) needles.push({ text, kind: "nip", person });
      const spaced = spacedNip(nipText);
      if (spaced) needles.push({ text: spaced, kind: "nip", person });
    }
    const nameText = name.trim().replace(/\s+/g, " ");
    if (nameText) for (const text of variants(nameText)) needles.push({ text, kind: "nama", person });
  });
  return needles;
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) yield join(entry.parentPath ?? entry.path, entry.name);
  }
}

async function* texts(name: string, bytes: Uint8Array): AsyncGenerator<{ file: string; text: string }> {
  if (name.toLowerCase().endsWith(".zip")) {
    const zip = await JSZip.loadAsync(bytes);
    for (const member of Object.values(zip.files)) {
      if (member.dir) continue;
      yield* texts(`${name}/${member.name}`, await member.async("uint8array"));
    }
    return;
  }
  yield { file: name, text: Buffer.from(bytes).toString("utf-8").toLowerCase() };
}

/** Every NIP and name of `people` found in any file under `dir`. */
export async function findPersonalData(dir: string, people: Person[]): Promise<PersonalDataHit[]> {
  const matcher = new Matcher(buildNeedles(people));
  const hits: PersonalDataHit[] = [];
  for await (const path of files(dir)) {
    for await (const { file, text } of texts(relative(dir, path), await readFile(path))) {
      for (const { needle, offset } of matcher.find(text)) hits.push({ file, kind: needle.kind, person: needle.person, offset });
    }
  }
  return hits;
}

/** One line per file: "pages/x.html: 3 NIP, 2 nama" (no value is printed). */
export function summariseHits(hits: PersonalDataHit[]): string[] {
  const byFile = new Map<string, { nip: Set<number>; nama: Set<number> }>();
  for (const hit of hits) {
    const entry = byFile.get(hit.file) ?? { nip: new Set(), nama: new Set() };
    entry[hit.kind].add(hit.person);
    byFile.set(hit.file, entry);
  }
  return [...byFile].map(([file, { nip, nama }]) => `${file}: ${nip.size} NIP, ${nama.size} nama`);
}
