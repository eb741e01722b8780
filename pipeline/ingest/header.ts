// Header line: delimiter detection and matching the names against a source's columns and aliases.
import type { Source } from "./source.ts";

export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Case-, space- and punctuation-insensitive form of a header name: `Tanggal Mulai` = `tanggal_mulai`. */
export const normalizeName = (s: string): string =>
  s.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]/g, "");

/** The fields of one CSV line (RFC 4180 quotes, `""` inside quotes is a quote). */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (line[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) fields.push(field), (field = "");
    else field += ch;
  }
  fields.push(field);
  return fields;
}

export interface HeaderMatch {
  delimiter: Delimiter;
  /** column name -> 0-based field position in the file */
  positions: Map<string, number>;
  fieldCount: number;
  /** required columns the header lacks (the file is then unusable) */
  missing: string[];
  /** optional columns the header lacks (loaded as NULL) */
  absent: string[];
}

export function matchHeader(fields: readonly string[], source: Source): Omit<HeaderMatch, "delimiter"> {
  const byName = new Map<string, number>();
  fields.forEach((f, i) => {
    const n = normalizeName(f);
    if (n && !byName.has(n)) byName.set(n, i);
  });
  const positions = new Map<string, number>();
  const missing: string[] = [];
  const absent: string[] = [];
  for (const col of source.columns) {
    const found = [col.name, ...col.aliases].map((n) => byName.get(normalizeName(n))).find((i) => i !== undefined);
    if (found !== undefined) positions.set(col.name, found);
    else (col.required ? missing : absent).push(col.name);
  }
  return { positions, fieldCount: fields.length, missing, absent };
}

/** The delimiter under which the header names the most known columns (ties: the most fields, then `,` `;` tab). */
export function readHeader(line: string, source: Source): HeaderMatch {
  let best: HeaderMatch | undefined;
  for (const delimiter of DELIMITERS) {
    const match = { delimiter, ...matchHeader(splitLine(line, delimiter), source) };
    if (!best || matchedCount(match) > matchedCount(best) || (matchedCount(match) === matchedCount(best) && match.fieldCount > best.fieldCount)) {
      best = match;
    }
  }
  return best!;
}

const matchedCount = (m: Omit<HeaderMatch, "delimiter">): number => m.positions.size;
