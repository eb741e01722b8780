// The files behind the "Unduh CSV" / "Unduh XLSX" buttons (download.js): a table's rows and
// Indonesian column headers → a CSV for Excel with Indonesian settings, or an XLSX.
//
// CSV choices, for Excel set to Indonesian (decimal comma, list separator ";"), which opens a
// double-clicked .csv with those settings:
// - UTF-8 with a BOM, so "≥", "–" or "Ñoman" are not read as ANSI (Windows-1252); no "sep=;"
//   line, because Excel ignores the BOM when that line is present;
// - ";" between cells, CRLF between rows, a cell quoted when it holds ; , " CR or LF;
// - numbers with a decimal comma and no thousands separator (1234,5), so Excel reads a number;
// - dates as ISO "2025-08-17", which Excel reads as a date under any regional setting;
// - text starting with = + - @ tab or CR gets a leading ' (OWASP "CSV injection"): Excel would
//   otherwise run it as a formula. A value that *is* a number stays a number, minus sign and all.
// Long digit strings (an 18-digit NIP) stay exact in the CSV; Excel shows them rounded
// (1,98501E+17) when it opens a CSV, so the XLSX is the file for Excel: there every text is
// a text cell in text format ("@"), never a formula, so neither NIP nor "=..." is reinterpreted.
//
// Written here, not with papaparse's unparse (the loaders' CSV, src/data/lib/query.ts): the
// decimal comma turns every number into text before a writer sees it, so unparse's
// `escapeFormulae` would put an apostrophe before every negative number, and its quoting cannot
// quote "," in a text but not in "12,5"; it would also add a library to the offline bundle.

const INJECTION = /^[=+\-@\t\r]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXCEL_MAX_CELL = 32767; // longer text makes Excel call the file corrupt
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The export's columns, from the same options as Inputs.table: `columns` (keys, in order),
 * `header` (key → the heading shown on the page) and, for export only, `values` (key → row →
 * value) where the page's `format` draws something (a badge, "2 + 1 = 3") that is not the value.
 */
export function exportColumns(rows, {columns, header = {}, values = {}} = {}) {
  const keys = columns ?? Object.keys(rows[0] ?? {});
  return keys.map((key) => ({
    key,
    label: typeof header[key] === "string" ? header[key] : header[key]?.textContent ?? key,
    value: values[key] ?? ((row) => row[key])
  }));
}

/** "Kualitas Data", "penolakan", 2025 → "kualitas-data-penolakan-2025" (no accents, no spaces). */
export function downloadName(...parts) {
  const name = parts.flat().filter((p) => p != null && p !== "").join("-")
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return name || "tabel";
}

/** Options from a column list such as printTable's [{key, label}] (labels may be elements). */
export function columnOptions(columns) {
  return {columns: columns.map((c) => c.key), header: Object.fromEntries(columns.map((c) => [c.key, c.label]))};
}

/** Rows of an array, an iterable or an Arquero table, as objects. */
export function tableRows(data) {
  if (data == null) return [];
  if (typeof data.objects === "function") return data.objects();
  return Array.from(data);
}

/** One value as it goes into a file: null, a finite number, a Date or a string. */
export function exportValue(value) {
  if (value == null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (Array.isArray(value)) return value.map((v) => exportValue(v) ?? "").join(", ");
  return String(value);
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP). */
export function neutralise(text) {
  return INJECTION.test(text) ? `'${text}` : text;
}

function isoDate(date) {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

function csvCell(value) {
  const v = exportValue(value);
  if (v === null) return "";
  if (typeof v === "number") return String(v).replace(".", ",");
  if (v instanceof Date) return isoDate(v);
  const text = neutralise(v);
  return /[;,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text, BOM included: header row, then one row per record. */
export function toExcelCsv(rows, options) {
  const columns = exportColumns(rows, options);
  const lines = [columns.map((c) => csvCell(c.label)).join(";")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(";"));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function xlsxCell(value) {
  const v = exportValue(value);
  if (v === null) return null;
  if (typeof v === "number") return {value: v, type: Number};
  if (v instanceof Date) return {value: v, type: Date, format: "dd/mm/yyyy"};
  // Dates reach the pages as ISO text; in Excel they should sort and filter as dates.
  if (ISO_DATE.test(v)) {
    const date = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(v)) return {value: date, type: Date, format: "dd/mm/yyyy"};
  }
  return {value: v.slice(0, EXCEL_MAX_CELL), type: String, format: "@"};
}

function cellWidth(cell) {
  if (cell == null) return 0;
  if (cell.type === Date) return 10;
  return Math.max(...String(cell.value).split("\n").map((line) => line.length));
}

/** The XLSX sheet: bold header, frozen first row, widths from the longest value (8–60). */
export function xlsxSheet(rows, options = {}) {
  const columns = exportColumns(rows, options);
  const body = rows.map((row) => columns.map((c) => xlsxCell(c.value(row))));
  const data = [columns.map((c) => ({value: c.label, type: String, fontWeight: "bold"})), ...body];
  const widths = columns.map((c, i) => Math.min(60, Math.max(8, c.label.length, ...body.slice(0, 2000).map((r) => cellWidth(r[i]))) + 2));
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = (options.sheet || "Data").replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
  return {data, sheet, columns: widths.map((width) => ({width})), stickyRowsCount: 1};
}

/** The XLSX file as a Blob; the library is loaded only when someone asks for an XLSX. */
export async function toXlsxBlob(rows, options) {
  const {default: writeExcelFile} = await import("npm:write-excel-file/universal");
  const {data, ...sheetOptions} = xlsxSheet(rows, options);
  return writeExcelFile(data, sheetOptions).toBlob();
}
