// Streaming `.xlsx` (Office Open XML) rows: the zip is opened by its central directory (yauzl), the
// workbook, its relationships, shared strings and styles are read first, then each sheet's XML is
// parsed as it is inflated (saxes), a row at a time. A sheet of a million rows is never held.
//
// Why not exceljs's streaming reader: it reads the zip in stored order and races on workbooks whose
// writer stores xl/workbook.xml after the sheets (SheetJS, openpyxl), failing now and then with
// "Cannot read properties of undefined (reading 'sheets')" (exceljs issue 3064, open).
import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import * as XLSX from "@e965/xlsx";
import yauzl from "yauzl";
import type { Cell, Sheet, SheetRow } from "./spreadsheet.ts";
import { partsOf, serialToCell } from "./spreadsheet.ts";

type ZipFile = yauzl.ZipFile;
type Entry = yauzl.Entry;

const openZip = (path: string) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );

async function entriesOf(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\//, ""), entry);
      zip.readEntry();
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return entries;
}

const streamOf = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));

/** Tag names without their namespace prefix (`x:workbook` is `workbook`). */
const local = (name: string): string => name.slice(name.indexOf(":") + 1);
/** An attribute by local name (`r:id` is `id`), ignoring the namespace declarations. */
function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const plain = tag.attributes[name]; // the common case, and the hot path of every cell
  if (plain !== undefined) return plain;
  for (const k in tag.attributes) if (local(k) === name && !k.startsWith("xmlns")) return tag.attributes[k];
  return undefined;
}

/** Parses a small part whole, handing every event to `on`. */
async function parsePart(zip: ZipFile, entry: Entry | undefined, on: (parser: SaxesParser) => void): Promise<void> {
  if (!entry) return;
  const parser = new SaxesParser();
  on(parser);
  for await (const chunk of await streamOf(zip, entry)) parser.write((chunk as Buffer).toString("utf8"));
  parser.close();
}

/** `xl/worksheets/sheet1.xml` from a relationship target, relative to its part's folder or absolute. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

async function relationships(zip: ZipFile, entries: Map<string, Entry>, part: string): Promise<Map<string, string>> {
  const relsPath = part.replace(/([^/]*)$/, "_rels/$1.rels");
  const rels = new Map<string, string>();
  await parsePart(zip, entries.get(relsPath), (p) =>
    p.on("opentag", (tag) => {
      if (local(tag.name) === "Relationship") rels.set(attr(tag, "Id")!, resolveTarget(part, attr(tag, "Target")!));
    }),
  );
  return rels;
}

/** Shared strings: each `<si>`'s text runs joined; phonetic runs (`<rPh>`) left out. */
async function sharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, entry, (p) => {
    p.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) inText = true;
    });
    p.on("text", (text) => {
      if (inText && current) current.push(text);
    });
    p.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(current!.join(""));
        current = null;
      }
    });
  });
  return strings;
}

// Built-in number formats that are dates or times (ECMA-376 Part 1, 18.8.30, and the East Asian ones).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style index (`s`), whether its number format shows a date or time. */
async function dateStyles(zip: ZipFile, entry: Entry | undefined): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parsePart(zip, entry, (p) => {
    p.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "numFmt") formats.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attr(tag, "numFmtId") ?? 0);
        const code = formats.get(id);
        styles.push(code !== undefined ? XLSX.SSF.is_date(code) : DATE_FORMAT_IDS.has(id));
      }
    });
    p.on("closetag", (tag) => {
      if (local(tag.name) === "cellXfs") inCellXfs = false;
    });
  });
  return styles;
}

/** 0-based column of a cell reference (`AB12` is 27). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

interface Book {
  sheets: { name: string; path: string }[];
  date1904: boolean;
  strings: string[];
  dates: boolean[];
}

async function readBook(zip: ZipFile, entries: Map<string, Entry>): Promise<Book> {
  const root = await relationships(zip, entries, "");
  const workbookPath = [...root.values()].find((t) => /workbook\d*\.xml$/.test(t)) ?? "xl/workbook.xml";
  const rels = await relationships(zip, entries, workbookPath);
  const book: Book = { sheets: [], date1904: false, strings: [], dates: [] };
  await parsePart(zip, entries.get(workbookPath), (p) =>
    p.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "workbookPr") book.date1904 = ["1", "true"].includes(attr(tag, "date1904") ?? "");
      if (name === "sheet") {
        const path = rels.get(attr(tag, "id") ?? "");
        if (path && entries.has(path)) book.sheets.push({ name: attr(tag, "name") ?? path, path });
      }
    }),
  );
  const target = (suffix: string) => [...rels.values()].find((t) => t.endsWith(suffix));
  book.strings = await sharedStrings(zip, entries.get(target("sharedStrings.xml") ?? "xl/sharedStrings.xml"));
  book.dates = await dateStyles(zip, entries.get(target("styles.xml") ?? "xl/styles.xml"));
  return book;
}

/** Every sheet of an `.xlsx`, in workbook order; each sheet's rows are inflated and parsed as they are read. */
export async function* readXlsx(path: string): AsyncGenerator<Sheet> {
  const zip = await openZip(path);
  try {
    const entries = await entriesOf(zip);
    const book = await readBook(zip, entries);
    for (const sheet of book.sheets) yield { name: sheet.name, rows: sheetRows(zip, entries.get(sheet.path)!, book) };
  } finally {
    zip.close();
  }
}

async function* sheetRows(zip: ZipFile, entry: Entry, book: Book): AsyncGenerator<SheetRow> {
  const parser = new SaxesParser();
  const done: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let cell: { col: number; type: string; style: number } | null = null;
  let nextCol = 0;
  let text: string[] | null = null; // the value (<v>) or inline string (<is><t>) being read
  let value: string | null = null;

  parser.on("opentag", (tag) => {
    switch (local(tag.name)) {
      // Cell and row attributes are never namespaced: read directly (the hot path).
      case "row": {
        const r = Number(tag.attributes.r ?? nextRow);
        row = { number: r, cells: [] };
        nextRow = r + 1;
        nextCol = 0;
        break;
      }
      case "c": {
        const { r: ref, t, s } = tag.attributes;
        const col = ref ? columnOf(ref) : nextCol;
        cell = { col, type: t ?? "n", style: s === undefined ? 0 : Number(s) };
        nextCol = col + 1;
        value = null;
        break;
      }
      case "v":
      case "t":
        if (cell) text = [];
        break;
    }
  });
  parser.on("text", (t) => {
    if (text) text.push(t);
  });
  parser.on("closetag", (tag) => {
    switch (local(tag.name)) {
      case "v":
      case "t":
        if (text) value = (value ?? "") + text.join("");
        text = null;
        break;
      case "c":
        if (row && cell) {
          const c = toCell(cell.type, cell.style, value, book);
          if (c !== null) row.cells[cell.col] = c;
        }
        cell = null;
        break;
      case "row":
        if (row) {
          for (let i = 0; i < row.cells.length; i++) if (row.cells[i] === undefined) row.cells[i] = null;
          done.push(row);
        }
        row = null;
        break;
    }
  });

  for await (const chunk of await streamOf(zip, entry)) {
    parser.write((chunk as Buffer).toString("utf8"));
    while (done.length) yield done.shift()!;
  }
  parser.close();
  while (done.length) yield done.shift()!;
}

function toCell(type: string, style: number, value: string | null, book: Book): Cell {
  if (value === null) return null;
  switch (type) {
    case "s": {
      const s = book.strings[Number(value)];
      return s === undefined || s === "" ? null : { kind: "text", text: s };
    }
    case "str":
    case "inlineStr":
      return value === "" ? null : { kind: "text", text: value };
    case "b":
      return { kind: "bool", value: value === "1" || value === "true" };
    case "e":
      return { kind: "text", text: value };
    case "d": {
      // ISO 8601 written as text (strict OOXML); a wall-clock time, never shifted.
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
      return Number.isNaN(ms) ? { kind: "text", text: value } : partsOf(ms);
    }
    default: {
      if (value === "") return null;
      const n = Number(value);
      if (Number.isNaN(n)) return { kind: "text", text: value };
      return book.dates[style] ? serialToCell(n, book.date1904) : { kind: "number", value: n };
    }
  }
}
