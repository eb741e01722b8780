// Excel workbooks as agencies' systems export them (SIASN, e-Kinerja, an OPD's own recap),
// written with exceljs's streaming writer (useStyles, no shared strings).
//
// The writing runs in a worker thread (xlsx-worker.mjs), fed rows in batches (dates as ISO text,
// made date cells there), so that it overlaps the attendance files the main thread writes
// meanwhile; `close()` resolves when the file is complete. Byte-identical for the same seed: the workbook's created/modified dates are the given
// stamp, and so are the zip entries' timestamps (archiver stamps them with the clock; the worker
// rewrites them).
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** A cell: text, a number, or nothing (null or ""); in a DATE column, an ISO date "YYYY-MM-DD". */
export type CellValue = string | number | null;

export const TEXT = "@";
export const DATE = "dd-mm-yyyy";

export interface ColumnSpec {
  header: string;
  width: number;
  /**
   * Number format for the column's data cells: TEXT for NIPs; DATE makes the ISO dates given for
   * the column date cells (a JS Date at UTC midnight, a whole serial number in the file).
   */
  numFmt?: string;
}

/** A row for the worker: values, data row (column formats apply), bold, per-cell format overrides. */
interface WireRow {
  v: readonly CellValue[];
  d?: 1;
  b?: 1;
  o?: Record<number, string>;
}

const BATCH = 2000;

// ---- the worker, shared by every workbook of the process -----------------------------------------

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

function post(message: object): void {
  if (!worker) {
    const w = new Worker(new URL("./xlsx-worker.mjs", import.meta.url));
    w.on("message", (m: { id: number; done?: true; error?: string }) => {
      const job = waiting.get(m.id);
      if (!job) return;
      waiting.delete(m.id);
      if (m.error !== undefined) job.reject(new Error(`sampel: ${m.error}`));
      else job.resolve();
      if (waiting.size === 0) w.unref();
    });
    const fail = (e: Error) => {
      if (worker !== w) return;
      worker = undefined;
      for (const job of waiting.values()) job.reject(e);
      waiting.clear();
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`sampel: penulis Excel berhenti (kode ${code})`)));
    worker = w;
  }
  worker.postMessage(message);
}

export class XlsxSheet {
  /** Data rows written (title and header rows are not counted). */
  rows = 0;
  private next = 1;
  private batch: WireRow[] = [];

  constructor(private readonly book: XlsxWriter, private readonly index: number, private readonly columns: ColumnSpec[]) {}

  /** Excel row number the next row will have. */
  get nextRow(): number {
    return this.next;
  }

  /** A title line: one text cell in column A, bold unless told (or an empty row). */
  title(text = "", bold = true): void {
    this.push(bold ? { v: [text], b: 1 } : { v: [text] });
  }

  /** The header row (bold). */
  header(): void {
    this.push({ v: this.columns.map((c) => c.header), b: 1 });
  }

  /**
   * One data row; null or "" leaves the cell out. `override` gives a cell another format than its
   * column's (e.g. a NIP typed as a number).
   */
  row(values: readonly CellValue[], override?: Record<number, string>): void {
    this.push(override ? { v: values, d: 1, o: override } : { v: values, d: 1 });
    this.rows++;
  }

  private push(row: WireRow): void {
    this.next++;
    this.batch.push(row);
    if (this.batch.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.length === 0) return;
    post({ op: "rows", id: this.book.id, sheet: this.index, rows: this.batch });
    this.batch = [];
  }
}

export class XlsxWriter {
  readonly id = nextId++;
  private readonly sheets: XlsxSheet[] = [];

  /** `stamp`: the export's date and time (UTC), written as the workbook's and every zip entry's date. */
  constructor(readonly dir: string, readonly file: string, stamp: Date, creator = "Pemerintah Kabupaten Sukamaju") {
    post({ op: "open", id: this.id, path: join(dir, file), stamp: stamp.getTime(), creator });
  }

  sheet(name: string, columns: ColumnSpec[]): XlsxSheet {
    for (const s of this.sheets) s.flush(); // rows reach the worker sheet by sheet
    post({ op: "sheet", id: this.id, name, columns: columns.map((c) => ({ width: c.width, numFmt: c.numFmt })) });
    const s = new XlsxSheet(this, this.sheets.length, columns);
    this.sheets.push(s);
    return s;
  }

  /**
   * Sends the last rows and commits the workbook. The file entry (`data`'s data rows) is known at
   * once; the promise resolves when the file is complete on disk.
   */
  close(data: XlsxSheet = this.sheets[0]): { entry: { file: string; rows: number }; done: Promise<void> } {
    for (const s of this.sheets) s.flush();
    const done = new Promise<void>((resolve, reject) => waiting.set(this.id, { resolve, reject }));
    worker?.ref();
    post({ op: "close", id: this.id });
    return { entry: { file: this.file, rows: data.rows }, done };
  }
}

/** Workbooks still being written, awaited before the sample is reported done. */
export class PendingFiles {
  private readonly pending: Promise<void>[] = [];

  add(closed: { entry: { file: string; rows: number }; done: Promise<void> }): { file: string; rows: number } {
    this.pending.push(closed.done);
    closed.done.catch(() => {}); // reported by settle(); never an unhandled rejection if the sample fails before
    return closed.entry;
  }

  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }
}
