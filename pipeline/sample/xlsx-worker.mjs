// The sample's Excel writer thread (see xlsx.ts): exceljs's streaming writer turns rows into sheet
// XML here, beside the main thread writing the attendance files. Plain JavaScript, since Node 20
// workers do not load TypeScript through tsx.
//
// Messages, in order per workbook: open {id, path, stamp, creator}; sheet {id, name, columns:
// [{width, numFmt?}]} (a "dd-mm-yyyy" column takes ISO dates); rows {id, sheet, rows: [{v: values, d?: data row, b?: bold, o?: {col: numFmt}}]};
// close {id} -> answers {id, done: true} or {id, error}.
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import ExcelJS from "exceljs";

const books = new Map();
/** Workbooks whose writing failed: the reason, answered when their close arrives. */
const failed = new Map();
// One shared style object per format: exceljs caches a style's id by the object (a WeakMap), so
// cells sharing it skip re-serialising their style, a third of the writing time. Never mutated.
const EMPTY = Object.freeze({});
const BOLD = Object.freeze({ font: Object.freeze({ bold: true }) });
const formats = new Map();
const styleOf = (numFmt) => (numFmt ? formats.get(numFmt) ?? formats.set(numFmt, Object.freeze({ numFmt })).get(numFmt) : EMPTY);
/** Data cells of a column with this format are dates, given as ISO text (as xlsx.ts's DATE). */
const DATE = "dd-mm-yyyy";
const dates = new Map();
/** A JS Date at UTC midnight (exceljs writes it as a whole serial number), one object per date. */
function dateOf(iso) {
  let d = dates.get(iso);
  if (!d) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`tanggal tidak valid untuk sel tanggal: ${iso}`);
    dates.set(iso, (d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))))));
  }
  return d;
}
const reason = (e) => (e instanceof Error ? e.message : String(e));

parentPort.on("message", (m) => {
  try {
    handle(m);
  } catch (e) {
    books.delete(m.id);
    if (m.op === "close") parentPort.postMessage({ id: m.id, error: reason(e) });
    else failed.set(m.id, reason(e));
  }
});

function handle(m) {
  if (m.op === "open") {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: m.path, useStyles: true, useSharedStrings: false });
    const stamp = new Date(m.stamp);
    wb.created = stamp;
    wb.modified = stamp;
    wb.creator = m.creator;
    wb.lastModifiedBy = m.creator;
    books.set(m.id, { wb, path: m.path, stamp, sheets: [] });
    return;
  }
  const book = books.get(m.id);
  if (!book) {
    // An earlier message of this workbook failed: say so when its close arrives.
    if (m.op === "close") {
      parentPort.postMessage({ id: m.id, error: failed.get(m.id) ?? "buku kerja tidak dikenal" });
      failed.delete(m.id);
    }
    return;
  }
  if (m.op === "sheet") {
    const ws = book.wb.addWorksheet(m.name);
    ws.columns = m.columns.map((c) => ({ width: c.width }));
    book.sheets.push({ ws, formats: m.columns.map((c) => c.numFmt), dates: m.columns.map((c) => c.numFmt === DATE), next: 1 });
  } else if (m.op === "rows") {
    const sheet = book.sheets[m.sheet];
    for (const r of m.rows) {
      const row = sheet.ws.getRow(sheet.next++);
      for (let i = 0; i < r.v.length; i++) {
        const v = r.v[i];
        if (v === null || v === "") continue;
        const cell = row.getCell(i + 1);
        cell.value = r.d && sheet.dates[i] ? dateOf(v) : v;
        cell.style = r.b ? BOLD : styleOf(r.o?.[i] ?? (r.d ? sheet.formats[i] : undefined));
      }
      row.commit();
    }
  } else if (m.op === "close") {
    books.delete(m.id);
    for (const s of book.sheets) s.ws.commit();
    book.wb
      .commit()
      .then(() => {
        fixZipTimes(book.path, book.stamp);
        parentPort.postMessage({ id: m.id, done: true });
      })
      .catch((e) => parentPort.postMessage({ id: m.id, error: reason(e) }));
  }
}

/**
 * Rewrites the modification time of every zip entry (local header and central directory) to
 * `stamp`: archiver stamps entries with the clock. Walks the central directory from the
 * end-of-central-directory record and fails loudly on anything else (zip64, a comment).
 */
function fixZipTimes(path, stamp) {
  const fd = openSync(path, "r+");
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    readSync(fd, buf, 0, size, 0);
    const eocd = size - 22;
    if (eocd < 0 || buf.readUInt32LE(eocd) !== 0x06054b50) throw new Error(`${path}: akhir direktori zip tidak ditemukan`);
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const time = (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | Math.floor(stamp.getUTCSeconds() / 2);
    const date = ((stamp.getUTCFullYear() - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();
    const patch = (at) => {
      const b = Buffer.allocUnsafe(4);
      b.writeUInt16LE(time, 0);
      b.writeUInt16LE(date, 2);
      writeSync(fd, b, 0, 4, at);
    };
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: entri direktori zip rusak`);
      patch(p + 12);
      const local = buf.readUInt32LE(p + 42);
      if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${path}: header lokal zip rusak`);
      patch(local + 10);
      p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
  } finally {
    closeSync(fd);
  }
}
