// The load report in words, for the Kualitas Data page: how each file (and sheet of a workbook)
// was recognised, its header row and encoding, where each contract column was read from, and
// which files were not recognised. Rows: src/data/load-report.json, src/data/load-columns.json
// (marts.load_report, marts.load_columns). Filtering, grouping and joining go through Arquero.
import * as aq from "npm:arquero";
import {html} from "npm:htl";
import {formatNumber} from "./format.js";
import {addStyle} from "./style.js";

const {op} = aq;

export const NOT_RECOGNISED = "tidak_dikenali";

/** "Rekap Izin.xlsx › Rekap" for a sheet, the file name alone for a text file. */
export function fileLabel(file, sheet) {
  return sheet == null || sheet === "" ? String(file ?? "–") : `${file} › ${sheet}`;
}

/** How a file was recognised: "dari nama berkas", "dari judul kolom", "dari peta impor imports[0]". */
export function matchedText(d) {
  switch (d?.matched_by) {
    case "nama_berkas":
      return "dari nama berkas";
    case "judul_kolom":
      return "dari judul kolom";
    case "peta_impor":
      return `dari peta impor imports[${d.import_index ?? "?"}]`;
    default:
      return d?.status === NOT_RECOGNISED ? "tidak dikenali" : "–";
  }
}

/**
 * The header row: "baris Excel 4" in a sheet, "baris 1" in a text file; 0 = no header ("tanpa
 * baris judul", columns by position; `long` says so).
 */
export function headerRowText(d, {long = false} = {}) {
  if (d?.header_row == null) return "–";
  if (d.header_row === 0) return long ? "tanpa baris judul (kolom dibaca menurut urutan)" : "tanpa baris judul";
  return d.sheet != null ? `baris Excel ${d.header_row}` : `baris ${d.header_row}`;
}

/** "XLSX", "CSV", "TXT · Windows-1252": the encoding is named only when it is not UTF-8. */
export function formatText(d) {
  const kind = d?.format === "lain" ? "lain" : String(d?.format ?? "–").toUpperCase();
  return d?.encoding === "windows-1252" ? `${kind} · Windows-1252` : kind;
}

/** A rejected row's place: "baris Excel 156" in a sheet, "baris 1492" in a text file. */
export function lineText(d) {
  if (d?.line == null) return "–";
  return d.sheet != null ? `baris Excel ${d.line}` : `baris ${d.line}`;
}

/** Where a contract column came from, in words. */
export function originText(c) {
  if (c.origin === "kolom") return c.export_column ?? "–";
  if (c.origin === "bawaan") return `bawaan peta impor: '${c.default_value ?? ""}'`;
  return c.required ? "tidak ada di ekspor (wajib)" : "tidak ada di ekspor (opsional, dibiarkan kosong)";
}

/** The origin as a short badge for the mapping table. */
export function originBadge(c) {
  if (c.origin === "kolom") return html`<span>${c.export_column ?? "–"}</span>`;
  if (c.origin === "bawaan") return html`<span class="load-badge load-badge-default">bawaan peta impor: '${c.default_value ?? ""}'</span>`;
  return html`<span class="load-badge load-badge-missing">${c.required ? "tidak ada di ekspor (wajib)" : "tidak ada di ekspor · opsional, dibiarkan kosong"}</span>`;
}

/** The key that joins a load-report row to its columns (a null sheet does not join in Arquero). */
const withKey = (table) => table.derive({sheet_key: (d) => d.sheet ?? ""});
const KEYS = [["file", "sheet_key"], ["file", "sheet_key"]];

/**
 * Everything the page shows, from the two marts:
 *   recognised    rows loaded, each with n_from_export / n_default / n_missing / n_missing_required
 *   unknownFiles  not recognised, and no sheet of the same file was loaded: action needed
 *   straySheets   not recognised sheets of a workbook of which another sheet was loaded
 *   unreconciled  read != loaded + rejected
 *   notFromExport the contract columns not read from an export column (bawaan, tidak_ada)
 *   bySource      per source: entries, files, rows
 *   mappingOptions / mappingDefault   the files with a column mapping, and the one shown first
 *   defaulted, missingRequired, missingOptional   contract columns filled by a default / absent
 *   rejectTotal, rejectedEntries      rejected rows, and the files/sheets they come from
 */
export function loadSummary(loadReport, loadColumns, rejectCounts = []) {
  const report = withKey(aq.from(loadReport));
  const columns = withKey(aq.from(loadColumns));
  const counts = columns.groupby("file", "sheet_key").rollup({
    n_columns: op.count(),
    n_from_export: (d) => op.sum(d.origin === "kolom" ? 1 : 0),
    n_default: (d) => op.sum(d.origin === "bawaan" ? 1 : 0),
    n_missing: (d) => op.sum(d.origin === "tidak_ada" ? 1 : 0),
    n_missing_required: (d) => op.sum(d.origin === "tidak_ada" && d.required ? 1 : 0)
  });
  const recognised = report
    .filter((d) => d.status !== "tidak_dikenali")
    .join_left(counts, KEYS)
    .derive({
      matched: aq.escape(matchedText),
      header_text: aq.escape((d) => headerRowText(d)),
      match_rank: (d) => (d.matched_by === "peta_impor" ? 0 : d.matched_by === "judul_kolom" ? 1 : 2),
      format_text: aq.escape(formatText),
      columns_text: aq.escape(columnsText)
    })
    // what needs a look first: rows read through the import map or by their header
    .orderby("match_rank", "source", "file", "sheet_key");
  const loadedFiles = recognised.select("file").dedupe().derive({other_sheet_loaded: () => true});
  const notRecognised = report
    .filter((d) => d.status === "tidak_dikenali")
    .join_left(loadedFiles, "file")
    .derive({
      format_text: aq.escape(formatText),
      kind: (d) => (d.other_sheet_loaded ? "lembar lain; lembar data berkas ini sudah dimuat" : "tidak dimuat sama sekali")
    })
    .orderby((d) => (d.other_sheet_loaded ? 1 : 0), "file", "sheet_key");
  const unknownFiles = notRecognised.antijoin(loadedFiles, "file");
  const straySheets = notRecognised.semijoin(loadedFiles, "file");
  const unreconciled = report.filter((d) => !d.reconciled);
  const notFromExport = columns
    .filter((d) => d.origin !== "kolom")
    .derive({origin_text: aq.escape(originText)})
    .orderby((d) => (d.required ? 0 : 1), "source", "file", "sheet_key", "position");
  const bySource = recognised
    .groupby("source")
    .rollup({
      entries: op.count(),
      files: op.distinct("file"),
      sheets: (d) => op.valid(d.sheet),
      ways: op.array_agg_distinct("matched_by"),
      rows_read: op.sum("rows_read"),
      rows_loaded: op.sum("rows_loaded"),
      rows_rejected: op.sum("rows_rejected"),
      rows_duplicate: op.sum("rows_duplicate"),
      unreconciled: (d) => op.sum(d.reconciled ? 0 : 1)
    })
    .derive({ways_text: aq.escape((d) => waysText(d.ways))})
    .orderby(aq.desc("rows_read"));
  const totals = recognised.rollup({
    rows_read: op.sum("rows_read"),
    rows_loaded: op.sum("rows_loaded"),
    rows_rejected: op.sum("rows_rejected"),
    rows_duplicate: op.sum("rows_duplicate"),
    files: op.distinct("file"),
    sheets: (d) => op.valid(d.sheet),
    sources: op.distinct("source"),
    by_header: (d) => op.sum(d.matched_by === "judul_kolom" ? 1 : 0),
    by_import_map: (d) => op.sum(d.matched_by === "peta_impor" ? 1 : 0)
  }).object();
  const rejected = aq.from(rejectCounts);
  const rejectTotals = rejectCounts.length
    ? rejected.rollup({rejects: op.sum("rejects")}).object()
    : {rejects: 0};
  // the mapping shown first: a file read through the import map (first in `recognised`), else one
  // with a column not read from the export, else the first file
  // (Inputs.select wants the very object of its options: pick it by its index)
  const withColumns = recognised.filter((d) => d.n_columns > 0).derive({option_index: () => op.row_number() - 1});
  const mappingOptions = withColumns.objects();
  const first = withColumns.filter((d) => d.matched_by === "peta_impor" || d.n_default > 0 || d.n_missing > 0)
    .orderby("match_rank", "option_index").slice(0, 1).objects()[0];
  return {
    recognised: recognised.objects(),
    mappingOptions,
    mappingDefault: mappingOptions[first?.option_index ?? 0],
    defaulted: notFromExport.filter((d) => d.origin === "bawaan").objects(),
    missingRequired: notFromExport.filter((d) => d.origin === "tidak_ada" && d.required).objects(),
    missingOptional: notFromExport.filter((d) => d.origin === "tidak_ada" && !d.required).objects(),
    rejectTotal: rejectTotals.rejects,
    rejectedEntries: rejected.derive({key: (d) => d.file + "\u001f" + (d.sheet ?? "")}).select("key").dedupe().numRows(),
    notRecognised: notRecognised.objects(),
    unknownFiles: unknownFiles.objects(),
    straySheets: straySheets.objects(),
    unreconciled: unreconciled.objects(),
    notFromExport: notFromExport.objects(),
    bySource: bySource.objects(),
    windows1252: recognised.filter((d) => d.encoding === "windows-1252").objects(),
    totals
  };
}

/** The contract columns of one file or sheet (`entry` a load-report row), in contract order. */
export function columnsOf(loadColumns, entry) {
  if (!entry) return [];
  return aq.from(loadColumns)
    .params({file: entry.file, sheet: entry.sheet ?? ""})
    .filter((d, $) => d.file === $.file && (d.sheet ?? "") === $.sheet)
    .derive({origin_text: aq.escape(originText)})
    .orderby("position")
    .objects();
}

/** How the files of a source were recognised, in words ("dari nama berkas, dari judul kolom"). */
export function waysText(ways) {
  const order = ["nama_berkas", "judul_kolom", "peta_impor"];
  return [...(ways ?? [])].sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((way) => ({nama_berkas: "nama berkas", judul_kolom: "judul kolom", peta_impor: "peta impor"})[way] ?? way)
    .join(", ");
}

/**
 * A recognised row's contract columns in short: "semua dari ekspor", or what was not read from
 * the export ("1 bawaan · 1 tidak ada"); the mapping table has the detail.
 */
export function columnsText(d) {
  if (!d.n_columns) return "–";
  const parts = [];
  if (d.n_default) parts.push(`${formatNumber(d.n_default)} bawaan`);
  if (d.n_missing) parts.push(`${formatNumber(d.n_missing)} tidak ada`);
  return parts.length ? parts.join(" · ") : "semua dari ekspor";
}

const STYLE_ID = "load-report-style";
const STYLE = `
.load-badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 90%; white-space: nowrap; }
.load-badge-default { background: color-mix(in srgb, var(--theme-blue) 14%, transparent); }
.load-badge-missing { background: color-mix(in srgb, var(--theme-foreground-faint) 30%, transparent); color: var(--theme-foreground-muted); }
:is(.warning, .tip).load-status { max-width: none; font-size: 14px; margin: 0 0 1rem; }
:is(.warning, .tip).load-status::before { font-size: 17px; }
.load-status-cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 0.5rem 2rem; }
.load-status-cols ul { margin: 0.25rem 0 0; padding-left: 1.1rem; }
.load-status-cols li { margin: 0.25rem 0; }
.load-status-cols p { margin: 0.25rem 0 0; }
.load-status .group { font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; font-size: 12px; color: var(--theme-foreground-muted); }
.load-files { font-family: var(--monospace); font-size: 88%; overflow-wrap: anywhere; }
.load-wrap { white-space: normal; }
.load-table-wrap td, .load-table-wrap th { white-space: normal; overflow-wrap: anywhere; vertical-align: top; }
`;

/** Adds the badges' style once. */
export const addLoadStyle = () => addStyle(STYLE_ID, STYLE);
