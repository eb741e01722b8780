// Two buttons under a table, "Unduh CSV" and "Unduh XLSX", that save the table's whole filtered
// data (every row the filters and the search let through, not only the rows on screen) with the
// headings shown on the page. The files themselves are made in download-files.js.
//
//   ${downloadButtons(found, {file: ["kualitas-data", "penolakan", year], columns, header})}
//
// `columns` and `header` are those passed to Inputs.table (spread its options in, if you like:
// the other keys are ignored); `values` gives a column's exported value where the page's
// `format` draws a badge or a sentence. The buttons do not print.
import {html} from "npm:htl";
import {downloadName, tableRows, toExcelCsv, toXlsxBlob} from "./download-files.js";
import {addStyle} from "./style.js";

export {columnOptions} from "./download-files.js";

const STYLE_ID = "download-buttons-style";
const STYLE = `
.download-buttons { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 0.5rem; margin: 0.5rem 0 0; font: 12px var(--sans-serif); }
.download-buttons button { display: inline-flex; align-items: center; gap: 0.35em; font: inherit; padding: 3px 10px;
  color: var(--theme-foreground); background: var(--theme-background); border: 1px solid var(--theme-foreground-faint); border-radius: 4px; cursor: pointer; }
.download-buttons button:hover { border-color: var(--theme-foreground-muted); background: var(--theme-background-alt); }
.download-buttons button:focus-visible { outline: 2px solid var(--theme-foreground-focus); outline-offset: 1px; }
.download-buttons button:disabled { opacity: 0.6; cursor: progress; }
.download-buttons [role=status]:empty { display: none; }
@media print { .download-buttons { display: none !important; } }`;


function save(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), {href: url, download: fileName, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A drawn cell's text: <br> as a line break, runs of white space as one space; "1.234,5" as a number. */
function cellText(cell) {
  const copy = cell.cloneNode(true);
  for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
  const text = copy.textContent.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  return text === "" || text === "–" ? null : text;
}

/**
 * Rows and options from a <table> written as HTML (a rule or legend table): headings from the
 * last row of <thead>, cells spanning several rows or columns repeated in each.
 */
function htmlTableData(table) {
  const grid = [];
  [...table.querySelectorAll(":scope > tbody > tr, :scope > tr")].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr.cells) {
      while (grid[r][c] !== undefined) c++;
      const value = cellText(cell);
      for (let i = 0; i < (cell.rowSpan || 1); i++) for (let j = 0; j < (cell.colSpan || 1); j++) (grid[r + i] ??= [])[c + j] = value;
      c += cell.colSpan || 1;
    }
  });
  const headings = [...(table.tHead?.rows[table.tHead.rows.length - 1]?.cells ?? [])].flatMap((th) => Array(th.colSpan || 1).fill(cellText(th) ?? ""));
  const width = Math.max(headings.length, ...grid.map((row) => row.length));
  const columns = Array.from({length: width}, (_, i) => `c${i}`);
  return {
    rows: grid.map((row) => Object.fromEntries(columns.map((key, i) => [key, row[i] ?? null]))),
    columns,
    header: Object.fromEntries(columns.map((key, i) => [key, String(headings[i] ?? "")]))
  };
}

const icon = () => html`<svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5v9M4 6.5l4 4 4-4M2 14.5h12" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`;

/**
 * The two buttons for `data`: an array, an Arquero table, a function returning either at click
 * time, or a <table> element written as HTML (its headings and cells as drawn). `file` names the
 * files: a string or parts such as [page, table, year].
 */
export function downloadButtons(data, {file, sheet, ...options} = {}) {
  addStyle(STYLE_ID, STYLE);
  if (data?.tagName === "TABLE") {
    const {rows: tableData, ...tableOptions} = htmlTableData(data);
    [data, options] = [tableData, {...tableOptions, ...options, header: {...tableOptions.header, ...options.header}}];
  }
  const name = downloadName(file);
  const rows = () => tableRows(typeof data === "function" ? data() : data);
  const count = typeof data === "function" ? null : rows().length;
  const status = html`<span class="muted" role="status"></span>`;
  const what = count === null ? "semua baris tabel" : `${new Intl.NumberFormat("id-ID").format(count)} baris`;

  async function run(button, make) {
    button.disabled = true;
    status.textContent = "";
    try {
      await make();
    } catch (error) {
      status.textContent = `Gagal membuat berkas: ${error?.message ?? error}`;
    } finally {
      button.disabled = false;
    }
  }
  const csv = html`<button type="button" title=${`Unduh ${what} sebagai CSV (UTF-8, pemisah titik koma, koma desimal: untuk Excel berbahasa Indonesia)`}>${icon()}Unduh CSV</button>`;
  const xlsx = html`<button type="button" title=${`Unduh ${what} sebagai berkas Excel (.xlsx); NIP tetap utuh sebagai teks`}>${icon()}Unduh XLSX</button>`;
  csv.onclick = () => run(csv, async () => save(new Blob([toExcelCsv(rows(), options)], {type: "text/csv;charset=utf-8"}), `${name}.csv`));
  xlsx.onclick = () => run(xlsx, async () => save(await toXlsxBlob(rows(), {...options, sheet: sheet ?? name}), `${name}.xlsx`));
  if (count === 0) csv.disabled = xlsx.disabled = true;
  return html`<div class="download-buttons" data-download=${name}>${status}${csv}${xlsx}</div>`;
}

/** A table written as HTML (a rule or legend table) followed by its buttons. */
export function withDownloads(table, options) {
  return html`${table}${downloadButtons(table, options)}`;
}
