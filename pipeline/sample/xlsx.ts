// Excel workbooks as agencies' systems export them (SIASN, e-Kinerja, an OPD's own recap),
// written with exceljs's streaming writer: rows go to the zip as they are committed.
//
// Byte-identical for the same seed: the workbook's created/modified dates are fixed, and the zip
// entries' DOS timestamps (archiver stamps each entry with the clock) are rewritten afterwards.
import { closeSync, openSync, readSync, writeSync, fstatSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

export type CellValue = string | number | Date | null;

export const TEXT = "@";
export const DATE = "dd-mm-yyyy";

export interface ColumnSpec {
  header: string;
  width: number;
  /** Number format for the column's data cells (TEXT for NIPs, DATE for dates). */
  numFmt?: string;
}

const BOLD = { bold: true };

/** A JS Date at UTC midnight of an ISO date (exceljs turns it into a whole serial number). */
export const dateCell = (iso: string): Date | null =>
  iso === "" ? null : new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

export class XlsxSheet {
  /** Data rows written (title and header rows are not counted). */
  rows = 0;
  private next = 1;
  private readonly formats: (string | undefined)[];

  /** The columns are fixed first: exceljs writes their widths before the first row. */
  constructor(private readonly ws: ExcelJS.Worksheet, private readonly columns: ColumnSpec[]) {
    ws.columns = columns.map((c) => ({ width: c.width }));
    this.formats = columns.map((c) => c.numFmt);
  }

  /** Excel row number the next row will have. */
  get nextRow(): number {
    return this.next;
  }

  /** A title line: one text cell in column A, bold unless told (or an empty row). */
  title(text = "", bold = true): void {
    const row = this.ws.getRow(this.next++);
    if (text !== "") {
      const cell = row.getCell(1);
      cell.value = text;
      if (bold) cell.font = BOLD;
    }
    row.commit();
  }

  /** The header row (bold). */
  header(): void {
    const row = this.ws.getRow(this.next++);
    this.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.header;
      cell.font = BOLD;
    });
    row.commit();
  }

  /**
   * One data row; null leaves the cell out. `override` gives a cell another format than its
   * column's (e.g. a NIP typed as a number).
   */
  row(values: readonly CellValue[], override?: Record<number, string>): void {
    const row = this.ws.getRow(this.next++);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === "") continue;
      const cell = row.getCell(i + 1);
      cell.value = v;
      const fmt = override?.[i] ?? this.formats[i];
      if (fmt) cell.numFmt = fmt;
    }
    row.commit();
    this.rows++;
  }

  commit(): void {
    this.ws.commit();
  }
}

export class XlsxWriter {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheets: XlsxSheet[] = [];

  /** `stamp`: the export's date and time (UTC), written as the workbook's and every zip entry's date. */
  constructor(readonly dir: string, readonly file: string, private readonly stamp: Date) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, file), useStyles: true, useSharedStrings: false });
    this.wb.created = stamp;
    this.wb.modified = stamp;
    this.wb.creator = "Pemerintah Kabupaten Sukamaju";
    this.wb.lastModifiedBy = "Pemerintah Kabupaten Sukamaju";
  }

  sheet(name: string, columns: ColumnSpec[]): XlsxSheet {
    const s = new XlsxSheet(this.wb.addWorksheet(name), columns);
    this.sheets.push(s);
    return s;
  }

  /** Commits every sheet and the workbook; `rows` are the data rows of the sheet read as the export. */
  async close(data: XlsxSheet = this.sheets[0]): Promise<{ file: string; rows: number }> {
    for (const s of this.sheets) s.commit();
    await this.wb.commit();
    fixZipTimes(join(this.dir, this.file), this.stamp);
    return { file: this.file, rows: data.rows };
  }
}

/** The DOS date and time word pair of a UTC instant (what zip headers hold). */
function dosTime(d: Date): [number, number] {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}

/**
 * Rewrites the modification time of every zip entry (local header and central directory) to
 * `stamp`. Walks the central directory from the end-of-central-directory record; fails loudly on
 * anything it does not expect (zip64, a comment), so a changed archiver cannot go unnoticed.
 */
export function fixZipTimes(path: string, stamp: Date): void {
  const fd = openSync(path, "r+");
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    readSync(fd, buf, 0, size, 0);
    const eocd = size - 22;
    if (eocd < 0 || buf.readUInt32LE(eocd) !== 0x06054b50) throw new Error(`sampel: ${path}: akhir direktori zip tidak ditemukan`);
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const [time, date] = dosTime(stamp);
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`sampel: ${path}: entri direktori zip rusak`);
      buf.writeUInt16LE(time, p + 12);
      buf.writeUInt16LE(date, p + 14);
      const local = buf.readUInt32LE(p + 42);
      if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`sampel: ${path}: header lokal zip rusak`);
      buf.writeUInt16LE(time, local + 10);
      buf.writeUInt16LE(date, local + 12);
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    writeSync(fd, buf, 0, size, 0);
  } finally {
    closeSync(fd);
  }
}
