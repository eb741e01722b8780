// Reading Excel workbooks sheet by sheet, row by row, as typed cells.
//
// - `.xlsx`: streamed (xlsx.ts: yauzl + saxes), so a sheet of a million punches is never held whole.
// - `.xls` (BIFF8, at most 65.536 rows a sheet): SheetJS (`@e965/xlsx`), which reads the whole
//   workbook; the format caps its size.
// Date cells become calendar parts from their serial number and the workbook's date system
// (1900 or 1904), never through the machine's time zone.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { readXlsx } from "./xlsx.ts";

/** A cell as the sheet holds it: text, a number, a date (calendar parts), a boolean, or nothing. */
export type Cell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; date: string; time: string; hasTime: boolean }
  | { kind: "bool"; value: boolean }
  | null;

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  number: number;
  /** Cells by 0-based column; holes are null. */
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

export const SPREADSHEET_EXTENSIONS = [".xlsx", ".xls"] as const;
export const isSpreadsheet = (name: string): boolean => SPREADSHEET_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * Every sheet of the workbook, in order. Each sheet's rows must be consumed before the next sheet
 * is asked for. The bytes decide the reader, not the extension: systems export `.xls` files that
 * are really `.xlsx` zips, or HTML tables, which SheetJS reads.
 */
export async function* readWorkbook(path: string): AsyncGenerator<Sheet> {
  if (isZip(path)) yield* readXlsx(path);
  else yield* readXls(path);
}

function isZip(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.readUInt32LE(0) === 0x04034b50; // "PK\x03\x04"
  } finally {
    closeSync(fd);
  }
}

// ---- dates ------------------------------------------------------------------------------------

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Calendar parts of a UTC instant, to the nearest second. */
export function partsOf(ms: number): Extract<Cell, { kind: "date" }> {
  const seconds = Math.round(ms / 1000);
  const d = new Date(seconds * 1000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return { kind: "date", date, time, hasTime: time !== "00:00:00" };
}

/**
 * A date serial as calendar parts. 1900 system: day 1 is 1 January 1900 and Excel counts a 29
 * February 1900 that never was (serial 60), so serials from 61 on are one day ahead; 1904 system:
 * day 0 is 1 January 1904.
 */
export function serialToCell(serial: number, date1904: boolean): Extract<Cell, { kind: "date" }> {
  const DAY = 86_400_000;
  if (date1904) return partsOf(Date.UTC(1904, 0, 1) + serial * DAY);
  const days = serial < 60 ? serial + 1 : serial;
  return partsOf(Date.UTC(1899, 11, 30) + days * DAY);
}

// ---- .xls (SheetJS, whole workbook) -----------------------------------------------------------

async function* readXls(path: string): AsyncGenerator<Sheet> {
  // raw: an HTML table saved as .xls keeps its cells as text (SheetJS would otherwise read an
  // 18-digit NIP as a number and lose its last digits).
  const workbook = XLSX.read(readFileSync(path), { type: "buffer", dense: true, cellNF: true, cellDates: false, cellFormula: false, raw: true });
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  for (const name of workbook.SheetNames) {
    yield { name, rows: xlsRows(workbook.Sheets[name], date1904) };
  }
}

async function* xlsRows(sheet: XLSX.WorkSheet, date1904: boolean): AsyncGenerator<SheetRow> {
  const data = ((sheet as unknown as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    yield { number: r + 1, cells: Array.from(row, (cell) => xlsCell(cell, date1904)) };
  }
}

function xlsCell(cell: XLSX.CellObject | undefined, date1904: boolean): Cell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case "s": {
      const text = String(cell.v);
      return text === "" ? null : { kind: "text", text };
    }
    case "n": {
      const value = Number(cell.v);
      return cell.z !== undefined && XLSX.SSF.is_date(String(cell.z)) ? serialToCell(value, date1904) : { kind: "number", value };
    }
    case "b":
      return { kind: "bool", value: Boolean(cell.v) };
    case "d":
      return partsOf((cell.v as Date).getTime());
    case "e":
      return { kind: "text", text: cell.w ?? "#ERROR" };
    default:
      return null;
  }
}
