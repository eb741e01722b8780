// Tables that fit their box and print: the person as one column (the name, the NIP as a grey second
// line), the status and action columns right after it, long text wrapped instead of cut.
import {html} from "npm:htl";
import {addStyle} from "./style.js";

const STYLE_ID = "fit-table-style";
const STYLE = `
form.fit-table td, form.fit-table th { white-space: normal; vertical-align: top; overflow-wrap: normal; }
form.fit-table td { line-height: 1.3; padding-top: 3px; padding-bottom: 3px; }
.person-cell { display: inline-flex; flex-direction: column; }
.person-cell { min-width: 9rem; }
.person-cell small { color: var(--theme-foreground-muted); font-size: 0.78rem; font-variant-numeric: tabular-nums; white-space: nowrap; }`;


/** A name cell with the row's NIP (`nipKey`) under it. */
export const personCell = (nipKey = "nip") => (name, i, data) =>
  html`<span class="person-cell"><span>${name ?? "–"}</span>${data[i][nipKey] ? html`<small>${data[i][nipKey]}</small>` : ""}</span>`;

/**
 * Inputs.table options that fit the box: no fixed column widths (their sum ran past the card), the
 * browser's automatic layout over wrapping cells (with fit()).
 */
export function fitOptions(options) {
  const {width: _width, ...rest} = options;
  return {...rest, layout: "auto"};
}

/**
 * Inputs.table options for a person table that fits: the NIP column folded into the name (`name`
 * reads "Nama / NIP"). The download keeps the NIP as its own column: pass the original options to
 * downloadButtons.
 */
export function personTable(options, {nameKey = "name", nipKey = "nip"} = {}) {
  return fitOptions({
    ...options,
    columns: options.columns.filter((c) => c !== nipKey),
    header: {...options.header, [nameKey]: `${options.header?.[nameKey] ?? "Nama"} / NIP`},
    format: {...options.format, [nameKey]: personCell(nipKey)}
  });
}

/** An Inputs.table whose cells wrap, so that it never runs wider than its card: fit(Inputs.table(data, options)). */
export function fit(table) {
  addStyle(STYLE_ID, STYLE);
  table.classList.add("fit-table");
  return table;
}
