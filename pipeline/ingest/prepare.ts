// Before anything is loaded: every file under the input folder, and every sheet of a workbook, is
// recognised as a source (import map, file name, header) or reported as not recognised, and gets a
// read plan for DuckDB. A sheet is streamed once into a CSV beside the run (the Excel row number
// and any cell-level problem as its first fields), so DuckDB still does the bulk typing and the
// sources' zod schemas still judge every value: the spreadsheet layer only hands over rows.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import type { ImportEntry } from "../config/imports.ts";
import { ChunkWriter, csvField } from "../csv-writer.ts";
import { UnusableInputError } from "./errors.ts";
import type { SqlType } from "./fields.ts";
import { byHeader, byImportMap, byName, findHeader, headerless, importMatches, sheetHeadRows, textHeadRows, type MatchedBy, type Recognition } from "./recognise.ts";
import { HEADER_CANDIDATES, scanFile, transcodeWindows1252, type FileScan, type TextEncoding } from "./scan.ts";
import { isSpreadsheet, readWorkbook, type Cell } from "./spreadsheet.ts";
import type { Source } from "./source.ts";

export type UnitFormat = "csv" | "txt" | "dat" | "xlsx" | "xls" | "lain";

/** Where each contract column of a unit came from. */
export interface ColumnOrigin {
  column: string;
  required: boolean;
  /** the export's header text, or null */
  exportColumn: string | null;
  origin: "kolom" | "bawaan" | "tidak_ada";
  defaultValue: string | null;
}

/** What DuckDB reads for a unit, and how. */
export interface ReadPlan {
  path: string;
  /** lines before the first data line */
  skip: number;
  delimiter: string;
  quoted: boolean;
  fieldCount: number;
  /** contract column -> field position in `path` */
  positions: Map<string, number>;
  defaults: Map<string, string>;
  values: Map<string, Map<string, string>>;
  /** a converted sheet: fields 0-3 are the Excel row, and the column, value and reason of a cell problem */
  sheet: boolean;
  /** text files: the physical layout, to give each row its line */
  scan?: FileScan;
}

export interface InputUnit {
  /** path relative to the input folder, `/`-separated */
  file: string;
  sheet: string | null;
  format: UnitFormat;
  encoding: TextEncoding | null;
  source: Source | null;
  matchedBy: MatchedBy | null;
  importIndex: number | null;
  /** the header's row or line (0: no header) */
  headerRow: number | null;
  columns: ColumnOrigin[];
  plan: ReadPlan | null;
  /** not recognised: why, and what to do */
  note: string | null;
}

export interface PrepareOptions {
  imports?: readonly ImportEntry[];
  /** absolute paths not to treat as exports (the instansi config beside them) */
  exclude?: readonly string[];
  /** where converted sheets and transcoded files go */
  workDir: string;
}

/** A NIP typed into a number cell has lost digits (a spreadsheet number keeps 15): never repaired. */
export const NUMERIC_NIP = "NIP tersimpan sebagai angka di Excel sehingga angka terakhirnya hilang; format kolom NIP sebagai Teks lalu ekspor ulang";

const SHEET_META_FIELDS = 4;

export async function prepareInputs(inputDir: string, opts: PrepareOptions): Promise<InputUnit[]> {
  const imports = opts.imports ?? [];
  const exclude = new Set((opts.exclude ?? []).map((p) => resolve(p)));
  const files = listFiles(inputDir).filter((f) => !exclude.has(resolve(inputDir, f)));
  const units: InputUnit[] = [];
  let converted = 0;
  for (const file of files) {
    const path = join(inputDir, file);
    if (isSpreadsheet(file)) {
      units.push(...(await prepareWorkbook(path, file, imports, () => join(opts.workDir, `lembar-${++converted}.csv`))));
    } else {
      units.push(prepareText(path, file, imports, () => join(opts.workDir, `teks-${++converted}.csv`)));
    }
  }
  for (const [index, entry] of imports.entries()) {
    if (entry.sheet === undefined) continue;
    const matching = units.filter((u) => u.format === "xlsx" || u.format === "xls").filter((u) => importMatches(entry, u.file));
    if (matching.length && !matching.some((u) => u.importIndex === index)) {
      throw new UnusableInputError(`Peta impor imports[${index}].sheet: lembar "${entry.sheet}" tidak ada di berkas ${matching[0].file}`);
    }
  }
  return units;
}

/** Files under the folder, sorted by relative path (later files win on duplicate keys); hidden files and Excel's lock files (`~$...`) left out. */
function listFiles(inputDir: string): string[] {
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) throw new UnusableInputError(`Folder input ${inputDir} tidak ditemukan`);
  return readdirSync(inputDir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(sep).join("/"))
    .filter((name) => !name.split("/").some((part) => part.startsWith(".") || part.startsWith("~$")))
    .filter((name) => statSync(join(inputDir, name)).isFile())
    .sort();
}

function formatOf(file: string): UnitFormat {
  const ext = file.toLowerCase().split(".").pop() ?? "";
  return ext === "csv" || ext === "txt" || ext === "dat" || ext === "xlsx" || ext === "xls" ? ext : "lain";
}

const TEXT_FORMATS = new Set<UnitFormat>(["csv", "txt", "dat"]);

function notRecognised(file: string, sheet: string | null, format: UnitFormat, note: string): InputUnit {
  return { file, sheet, format, encoding: null, source: null, matchedBy: null, importIndex: null, headerRow: null, columns: [], plan: null, note };
}

const NOT_RECOGNISED = "nama berkas dan judul kolomnya tidak cocok dengan sumber mana pun; ganti nama berkas sesuai kontrak data, atau tambahkan entri peta impor (imports) di instansi.json";

function origins(rec: Recognition): ColumnOrigin[] {
  return rec.source.columns.map((c) => {
    const exportColumn = rec.exportColumns.get(c.name) ?? null;
    const defaultValue = rec.defaults.get(c.name) ?? null;
    const origin = rec.positions.has(c.name) ? "kolom" : defaultValue !== null ? "bawaan" : "tidak_ada";
    return { column: c.name, required: c.required, exportColumn: origin === "kolom" ? exportColumn : null, origin, defaultValue };
  });
}

// ---- text files -------------------------------------------------------------------------------

function prepareText(path: string, file: string, imports: readonly ImportEntry[], tempPath: () => string): InputUnit {
  const format = formatOf(file);
  const name = basename(file);
  const mapped = imports.some((e) => importMatches(e, file) && e.sheet === undefined);
  const named = byName(name);
  if (!TEXT_FORMATS.has(format) && !mapped && !named) return notRecognised(file, null, format, "bukan CSV, TXT, DAT atau Excel: berkas ini tidak dibaca");

  let scan: FileScan;
  try {
    scan = scanFile(path, file, true);
  } catch (error) {
    // A file no name or map claims is only a candidate: if it is not text, it is not an export.
    if (named || mapped || !(error instanceof UnusableInputError)) throw error;
    return notRecognised(file, null, format, "bukan teks UTF-8 atau Windows-1252 (mungkin berkas biner): berkas ini tidak dibaca");
  }
  let readPath = path;
  if (scan.encoding === "windows-1252") {
    readPath = tempPath();
    transcodeWindows1252(path, readPath);
    scan = { ...scanFile(readPath, file, true), encoding: "windows-1252" };
  }
  const headRows = textHeadRows(scan.leading);
  let rec: Recognition | undefined;
  if (mapped) rec = byImportMap(imports, file, null, headRows);
  else if (named && !named.header) rec = headerless(named, scan.leading[0]);
  else if (named) {
    const found = findHeader(named, headRows);
    if (!found.recognition) {
      if (!scan.leading.length) throw new UnusableInputError(`Berkas ${file} kosong: tidak ada baris judul`);
      throw new UnusableInputError(`Berkas ${file} baris ${found.best!.row}: kolom wajib tidak ditemukan: ${found.best!.missing.join(", ")}`);
    }
    rec = found.recognition;
  } else rec = byHeader(headRows);
  if (!rec) return { ...notRecognised(file, null, format, NOT_RECOGNISED), encoding: scan.encoding };

  const plan: ReadPlan = {
    path: readPath,
    skip: rec.headerRow,
    delimiter: rec.delimiter,
    quoted: rec.source.header,
    fieldCount: rec.fieldCount,
    positions: rec.positions,
    defaults: rec.defaults,
    values: rec.values,
    sheet: false,
    scan,
  };
  return { file, sheet: null, format, encoding: scan.encoding, source: rec.source, matchedBy: rec.matchedBy, importIndex: rec.importIndex, headerRow: rec.headerRow, columns: origins(rec), plan, note: null };
}

// ---- workbooks --------------------------------------------------------------------------------

async function prepareWorkbook(path: string, file: string, imports: readonly ImportEntry[], tempPath: () => string): Promise<InputUnit[]> {
  const format = formatOf(file);
  const named = byName(basename(file));
  const units: InputUnit[] = [];
  let missingHeader: { sheet: string; row: number; missing: string[] } | undefined;
  let mapMiss: UnusableInputError | undefined;
  let sheets;
  try {
    sheets = readWorkbook(path);
    for await (const sheet of sheets) {
      const iterator = sheet.rows[Symbol.asyncIterator]();
      // The head: the first rows, up to the header row an import map names.
      const limit = Math.max(HEADER_CANDIDATES, ...imports.filter((e) => importMatches(e, file)).map((e) => e.header_row ?? 0));
      const head: { number: number; cells: Cell[] }[] = [];
      let pending: IteratorResult<{ number: number; cells: Cell[] }> | undefined;
      for (;;) {
        pending = await iterator.next();
        if (pending.done || pending.value.number > limit) break;
        if (pending.value.cells.some((c) => c !== null)) head.push(pending.value);
      }
      if (!head.length && pending.done) continue; // an empty sheet holds nothing to load
      const headRows = sheetHeadRows(head.map((r) => ({ number: r.number, fields: r.cells.map(headerText) })));

      let rec: Recognition | undefined;
      const mapped = imports.some((e) => importMatches(e, file));
      if (mapped) {
        try {
          rec = byImportMap(imports, file, sheet.name, headRows);
        } catch (error) {
          // A map without `sheet` is tried on every sheet: one that lacks its columns is just
          // another sheet, unless no sheet of the workbook has them (then the first reason stops the run).
          const entry = imports.find((e) => importMatches(e, file) && e.sheet === undefined);
          if (!(error instanceof UnusableInputError) || !entry) throw error;
          mapMiss ??= error;
        }
      }
      if (!rec && !mapped && named) {
        const found = findHeader(named, headRows);
        rec = found.recognition;
        if (!rec && found.best && (!missingHeader || found.best.missing.length < missingHeader.missing.length)) {
          missingHeader = { sheet: sheet.name, row: found.best.row, missing: found.best.missing };
        }
      }
      if (!rec && !mapped && !named) rec = byHeader(headRows);
      if (!rec) {
        await drain(iterator, pending);
        units.push(notRecognised(file, sheet.name, format, mapped ? "lembar ini bukan yang disebut peta impor" : NOT_RECOGNISED));
        continue;
      }
      const readPath = tempPath();
      const writer = new SheetWriter(readPath, columnTargets(rec));
      for (const row of head) if (row.number > rec.headerRow) writer.row(row.number, row.cells);
      if (!pending.done && pending.value.number > rec.headerRow) writer.row(pending.value.number, pending.value.cells);
      if (!pending.done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) writer.row(next.value.number, next.value.cells);
      writer.close();
      const positions = new Map([...rec.positions].map(([c, p]) => [c, p + SHEET_META_FIELDS]));
      const plan: ReadPlan = {
        path: readPath,
        skip: 0,
        delimiter: ",",
        quoted: true,
        fieldCount: rec.fieldCount + SHEET_META_FIELDS,
        positions,
        defaults: rec.defaults,
        values: rec.values,
        sheet: true,
      };
      units.push({ file, sheet: sheet.name, format, encoding: null, source: rec.source, matchedBy: rec.matchedBy, importIndex: rec.importIndex, headerRow: rec.headerRow, columns: origins(rec), plan, note: null });
    }
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError(`Berkas ${file} tidak dapat dibaca sebagai buku kerja Excel (${format}): rusak, terkunci kata sandi, atau bukan Excel`);
  }
  if (mapMiss && !units.some((u) => u.matchedBy === "peta_impor")) throw mapMiss;
  if (named && !units.some((u) => u.source)) {
    if (missingHeader) throw new UnusableInputError(`Berkas ${file} lembar ${missingHeader.sheet} baris ${missingHeader.row}: kolom wajib tidak ditemukan: ${missingHeader.missing.join(", ")}`);
    throw new UnusableInputError(`Berkas ${file} kosong: tidak ada lembar berisi data`);
  }
  return units;
}

async function drain(iterator: AsyncIterator<unknown>, pending: IteratorResult<unknown> | undefined): Promise<void> {
  if (pending?.done) return;
  while (!(await iterator.next()).done);
}

/** A header cell as text (a header holding a date or number is matched by its written form). */
function headerText(cell: Cell): string {
  if (cell === null) return "";
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "date") return cell.date;
  return String(cell.kind === "number" ? cell.value : cell.value);
}

type Kind = SqlType | "nip" | null;
interface Target {
  column: string;
  kind: Kind;
}

/** Per sheet column: the contract column it feeds and that column's type (dates and times are written for it). */
function columnTargets(rec: Recognition): (Target | undefined)[] {
  const targets: (Target | undefined)[] = Array.from({ length: rec.fieldCount }, () => undefined);
  for (const col of rec.source.columns) {
    const p = rec.positions.get(col.name);
    if (p !== undefined) targets[p] = { column: col.name, kind: col.field.nip ? "nip" : col.field.sqlType };
  }
  return targets;
}

/** A number as its digits (no exponent for whole numbers a spreadsheet can hold). */
const numberText = (n: number): string => (Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n));

/** A cell as the text the column's CSV rules read; a date cell in the form its column needs. */
export function cellText(cell: Cell, kind: Kind): string {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return numberText(cell.value);
    case "bool":
      return cell.value ? "true" : "false";
    case "date":
      if (kind === "TIME") return cell.time;
      if (kind === "TIMESTAMP") return `${cell.date} ${cell.time}`;
      if (kind === "DATE") return cell.date;
      return cell.hasTime ? `${cell.date} ${cell.time}` : cell.date;
  }
}

/** Writes a sheet's data rows as CSV: Excel row, cell problem (column, value, reason), then the cells. */
class SheetWriter {
  private readonly out: ChunkWriter;
  constructor(
    path: string,
    private readonly targets: (Target | undefined)[],
  ) {
    this.out = new ChunkWriter(dirname(path), basename(path));
  }

  row(number: number, cells: Cell[]): void {
    const fields: string[] = new Array(this.targets.length);
    let empty = true;
    let problem: string[] | undefined;
    for (let i = 0; i < this.targets.length; i++) {
      const cell = cells[i] ?? null;
      const target = this.targets[i];
      if (cell !== null) empty = false;
      if (target?.kind === "nip" && cell?.kind === "number" && !problem) problem = [target.column, numberText(cell.value), NUMERIC_NIP];
      fields[i] = csvField(cellText(cell, target?.kind ?? null));
    }
    if (empty) return; // a blank row is no row
    const meta = problem ? problem.map((p) => csvField(p)) : ["", "", ""];
    this.out.line(`${number},${meta.join(",")},${fields.join(",")}\n`);
  }

  close(): void {
    this.out.close();
  }
}
