// Building blocks of the periodic report (src/laporan/[periode].md): headline figures with their
// change against the previous period, plain tables that print well, and the signature block.
import {html} from "npm:htl";
import {formatNumber} from "./format.js";

/**
 * A figure, "–" when missing; in the public build a null may be a suppressed small group, which
 * reads "<5" (min_group_size) instead.
 */
export function valueText(value, format, periode) {
  if (value != null && !Number.isNaN(value)) return format(value);
  return periode?.profile === "public" ? `<${formatNumber(periode.min_group_size)}` : "–";
}

const VERDICTS = {lebih_baik: ["report-better", "lebih baik"], setara: ["", "setara"], lebih_buruk: ["report-worse", "lebih buruk"]};

/**
 * The change of a figure against the previous period: "▲ naik 0,3 poin dari 97,5%", and the verdict
 * the mart gives it (marts.report_period_summary.verdict: lebih baik / setara within the figure's
 * tolerance / lebih buruk; none for a figure with no better direction). `unit` is the word after
 * the difference; `leftOut` names months whose data is not final, left out of the figure.
 */
export function changeText(current, previous, {format, digits = 1, unit = "poin", verdict, leftOut, previousLabel}) {
  const without = leftOut ? html` <span class="report-left-out">Tanpa ${leftOut}: datanya belum final.</span>` : "";
  if (current == null) return html`<span class="report-change">–${without}</span>`;
  if (previous == null) return html`<span class="report-change">tidak ada data ${previousLabel}${without}</span>`;
  const diff = current - previous;
  const [tone, word] = VERDICTS[verdict] ?? ["", null];
  const said = word ? ` · ${word}` : "";
  if (Math.abs(diff) < 0.5 * 10 ** -digits) return html`<span class="report-change" data-verdict=${verdict ?? ""}>tetap dibanding ${previousLabel} (${format(previous)})${said}${without}</span>`;
  return html`<span class="report-change ${tone}" data-verdict=${verdict ?? ""}>${diff > 0 ? "▲ naik" : "▼ turun"} ${formatNumber(Math.abs(diff), digits)} ${unit}
    dari ${format(previous)} (${previousLabel})${said}${without}</span>`;
}

/** A headline card: title, big figure, what it counts, its change, and the rule it rests on. */
export function figureCard({title, value, note, change, basis}) {
  return html`<div class="report-kpi">
    <h3>${title}</h3>
    <div class="report-kpi-value">${value}</div>
    ${note ? html`<p class="report-kpi-note">${note}</p>` : ""}
    ${change ?? ""}
    <p class="report-basis">Dasar: ${basis}</p>
  </div>`;
}

/**
 * A plain table for paper (Inputs.table scrolls, which a printed page cannot): columns as
 * [{key, label, format?, align?, width?}]; the header repeats on every printed page.
 */
export function printTable(rows, columns, {className = ""} = {}) {
  return html`<table class="report-table ${className}">
    <thead><tr>${columns.map((c) => html`<th class=${c.align === "right" ? "num" : ""} style=${c.width ? `width: ${c.width}` : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr class=${row.className ?? ""}>${columns.map((c) =>
      html`<td class=${c.align === "right" ? "num" : ""}>${c.format ? c.format(row[c.key], row) : row[c.key] ?? "–"}</td>`)}</tr>`)}</tbody>
  </table>`;
}

/** "Pemerintah Kabupaten Sukamaju" → {region: "Kabupaten Sukamaju", place: "Sukamaju"}. */
export function regionOf(instansiName) {
  const region = String(instansiName ?? "").replace(/^Pemerintah\s+/i, "").trim();
  return {region, place: region.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, "")};
}

/** The signature block for the head of BKPSDM, with empty name and NIP lines to fill by hand. */
export function signatureBlock(instansiName) {
  const {region, place} = regionOf(instansiName);
  return html`<div class="report-signature">
    <p>${place || "…………………"}, ……………………………… 20……</p>
    <p>Kepala Badan Kepegawaian dan<br>Pengembangan Sumber Daya Manusia<br>${region}</p>
    <div class="report-signature-space"></div>
    <p class="report-signature-line">(………………………………………………………)</p>
    <p>NIP. ………………………………………………</p>
  </div>`;
}
