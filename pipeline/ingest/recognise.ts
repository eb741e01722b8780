// Which source a file (or sheet) is, and where its header is: by the import map, by the file
// name's prefix, or by its header (the source all of whose required columns it names).
import picomatch from "picomatch";
import type { ImportEntry } from "../config/imports.ts";
import { SOURCES } from "../sources/index.ts";
import { UnusableInputError } from "./errors.ts";
import { DELIMITERS, matchHeader, normalizeName, readHeader, splitLine } from "./header.ts";
import type { Source } from "./source.ts";

export type MatchedBy = "nama_berkas" | "judul_kolom" | "peta_impor";

/** A candidate header row: its number (Excel row or text line) and its fields. */
export interface HeadRow {
  number: number;
  fields: string[];
  /** text files: the delimiter the fields were split on */
  delimiter?: string;
}

export interface Recognition {
  source: Source;
  matchedBy: MatchedBy;
  importIndex: number | null;
  /** the header row's number; 0 for a source without a header */
  headerRow: number;
  delimiter: string;
  /** contract column -> 0-based field position */
  positions: Map<string, number>;
  fieldCount: number;
  /** contract column -> the header text behind it */
  exportColumns: Map<string, string>;
  defaults: Map<string, string>;
  /** contract column -> compact(export value) -> contract value */
  values: Map<string, Map<string, string>>;
}

/** How the import map compares values: case and spaces ignored (the ASCII white space SQL's `\s` means). */
export const compactValue = (s: string): string => s.toLowerCase().replace(/[ \t\n\f\r]+/g, "");

export const importMatches = (entry: ImportEntry, file: string): boolean =>
  picomatch.isMatch(file, entry.file, { nocase: true, basename: !entry.file.includes("/"), dot: true });

/**
 * The candidate header rows of a unit as one source would split them: a sheet's rows are already
 * cells; a text line is split on the delimiter under which it names most of that source's columns
 * (without a source, the one giving most fields).
 */
export type HeadRows = (source?: Source) => HeadRow[];

export function sheetHeadRows(rows: readonly HeadRow[]): HeadRows {
  return () => [...rows];
}

export function textHeadRows(lines: readonly { line: number; text: string }[]): HeadRows {
  return (source) =>
    lines.map(({ line, text }) => {
      const delimiter = source ? readHeader(text, source).delimiter : DELIMITERS.reduce((a, b) => (splitLine(text, b).length > splitLine(text, a).length ? b : a));
      return { number: line, fields: splitLine(text, delimiter), delimiter };
    });
}

/** Recognition by the import map entry that applies to this file (and sheet), if any. */
export function byImportMap(
  imports: readonly ImportEntry[],
  file: string,
  sheet: string | null,
  headRows: HeadRows,
): Recognition | undefined {
  const index = imports.findIndex((e) => importMatches(e, file) && (e.sheet === undefined || (sheet !== null && e.sheet.toLowerCase() === sheet.toLowerCase())));
  if (index === -1) return undefined;
  const entry = imports[index];
  const source = SOURCES.find((s) => s.name === entry.source)!;
  const where = `berkas ${file}${sheet !== null ? ` lembar ${sheet}` : ""}`;
  const setting = `imports[${index}]`;

  // The header: the given row, or the first row naming every mapped header text and the source's
  // required columns that are neither mapped nor given a default.
  const evaluate = (row: HeadRow) => {
    const byName = new Map<string, number>();
    row.fields.forEach((f, i) => {
      const n = normalizeName(f);
      if (n && !byName.has(n)) byName.set(n, i);
    });
    const natural = matchHeader(row.fields, source).positions;
    const positions = new Map<string, number>();
    const exportColumns = new Map<string, string>();
    const absentMapped: string[] = [];
    for (const col of source.columns) {
      const mapped = entry.columns[col.name];
      if (mapped !== undefined) {
        const at = byName.get(normalizeName(mapped));
        if (at === undefined) absentMapped.push(col.name);
        else positions.set(col.name, at);
      } else if (!(col.name in entry.defaults) && natural.has(col.name)) {
        positions.set(col.name, natural.get(col.name)!);
      }
    }
    for (const [c, p] of positions) exportColumns.set(c, row.fields[p]);
    const missingRequired = source.columns.filter((c) => c.required && !positions.has(c.name) && !(c.name in entry.defaults) && !absentMapped.includes(c.name)).map((c) => c.name);
    return { row, positions, exportColumns, absentMapped, missingRequired, score: positions.size };
  };
  const rows = headRows(source);
  const candidateRows = entry.header_row !== undefined ? rows.filter((r) => r.number === entry.header_row) : rows;
  if (!candidateRows.length) {
    const what = entry.header_row !== undefined ? `baris ${entry.header_row} kosong atau tidak ada` : "tidak ada baris judul";
    throw new UnusableInputError(`Peta impor ${setting}${entry.header_row !== undefined ? ".header_row" : ""}: ${what} di ${where}`);
  }
  const evaluated = candidateRows.map(evaluate);
  const found = evaluated.find((e) => !e.absentMapped.length && !e.missingRequired.length);
  if (!found) {
    const best = evaluated.reduce((a, b) => (b.score > a.score ? b : a));
    if (best.absentMapped.length) {
      const column = best.absentMapped[0];
      throw new UnusableInputError(`Peta impor ${setting}.columns.${column}: judul kolom "${entry.columns[column]}" tidak ada di ${where}`);
    }
    throw new UnusableInputError(`Peta impor ${setting}: kolom wajib ${best.missingRequired.join(", ")} tidak ditemukan di ${where}; petakan di columns atau isi di defaults`);
  }
  const values = new Map(
    Object.entries(entry.values).map(([column, map]) => [column, new Map(Object.entries(map).map(([from, to]) => [compactValue(from), to]))]),
  );
  return {
    source,
    matchedBy: "peta_impor",
    importIndex: index,
    headerRow: found.row.number,
    delimiter: found.row.delimiter ?? ",",
    positions: found.positions,
    fieldCount: found.row.fields.length,
    exportColumns: found.exportColumns,
    defaults: new Map(Object.entries(entry.defaults)),
    values,
  };
}

const plain = (source: Source, matchedBy: MatchedBy, row: HeadRow, positions: Map<string, number>): Recognition => ({
  source,
  matchedBy,
  importIndex: null,
  headerRow: row.number,
  delimiter: row.delimiter ?? ",",
  positions,
  fieldCount: row.fields.length,
  exportColumns: new Map([...positions].map(([c, p]) => [c, row.fields[p]])),
  defaults: new Map(),
  values: new Map(),
});

/** The first row naming every required column of `source`, or what the best row lacks. */
export function findHeader(source: Source, headRows: HeadRows): { recognition?: Recognition; best?: { row: number; missing: string[] } } {
  let best: { row: number; missing: string[]; score: number } | undefined;
  for (const row of headRows(source)) {
    const m = matchHeader(row.fields, source);
    if (!m.missing.length) return { recognition: plain(source, "nama_berkas", row, m.positions) };
    if (!best || m.positions.size > best.score) best = { row: row.number, missing: m.missing, score: m.positions.size };
  }
  return { best };
}

/**
 * Recognition by header alone: the earliest row that names every required column of some source;
 * where several sources fit that row, the one naming most of its columns.
 */
export function byHeader(headRows: HeadRows): Recognition | undefined {
  const sources = SOURCES.filter((s) => s.header);
  const split = sources.map((s) => headRows(s));
  const count = split[0]?.length ?? 0;
  for (let i = 0; i < count; i++) {
    let chosen: { source: Source; positions: Map<string, number>; row: HeadRow } | undefined;
    for (const [k, source] of sources.entries()) {
      const r = split[k][i];
      const m = matchHeader(r.fields, source);
      if (m.missing.length) continue;
      if (!chosen || m.positions.size > chosen.positions.size) chosen = { source, positions: m.positions, row: r };
    }
    if (chosen) return plain(chosen.source, "judul_kolom", chosen.row, chosen.positions);
  }
  return undefined;
}

/** The source whose file-name rule matches the file's base name. */
export const byName = (baseName: string): Source | undefined => SOURCES.find((s) => s.matches(baseName));

/** A source without a header (attlog, GLog): its fields by position; a title line is skipped. */
export function headerless(source: Source, firstLine: { line: number; text: string } | undefined): Recognition {
  const titled = Boolean(firstLine && source.titleLine?.test(firstLine.text));
  const positions = new Map(source.columns.map((c, i) => [c.name, i]));
  return {
    ...plain(source, "nama_berkas", { number: titled ? firstLine!.line : 0, fields: source.columns.map((c) => c.name), delimiter: "\t" }, positions),
    exportColumns: new Map(source.columns.map((c, i) => [c.name, `kolom ${i + 1}`])),
  };
}
