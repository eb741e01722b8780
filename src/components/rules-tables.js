// Tables of the Dasar Aturan page: the regulation tables (schema `rules`) and the instansi's
// settings (schema `config`) as plain HTML tables, in Indonesian formats. The page only lays them
// out; every value comes from the loader src/data/dasar-aturan.json.ts.
import {html} from "npm:htl";
import {formatDate, formatNumber} from "./format.js";

/** "3", "4–6", "28 atau lebih" from a rung's bounds. */
export function rangeText(min, max, unit = "") {
  const u = unit ? ` ${unit}` : "";
  if (max == null || max === "") return `${formatNumber(+min)}${u} atau lebih`;
  return +min === +max ? `${formatNumber(+min)}${u}` : `${formatNumber(+min)}–${formatNumber(+max)}${u}`;
}

export const pctText = (value) => (value == null || value === "" ? "–" : `${formatNumber(+value, undefined)}%`);
export const clock = (value) => (value ? String(value).slice(0, 5).replace(":", ".") : "–");
export const yesNo = (value) => (value ? "ya" : "tidak");

/** A table: columns [{label, value: (row) => text|node, align}], rows. */
export function rulesTable(columns, rows, {id} = {}) {
  return html`<table id=${id} class="rules-table">
    <thead><tr>${columns.map((c) => html`<th style=${c.align ? `text-align: ${c.align};` : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${columns.map((c) => html`<td style=${c.align ? `text-align: ${c.align};` : ""}>${c.value(row) ?? "–"}</td>`)}</tr>`)}</tbody>
  </table>`;
}

/** The settings an instansi may change: [setting path, value, meaning] rows. */
export function settingsTable(rows) {
  return rulesTable(
    [
      {label: "Pengaturan", value: (r) => html`<code>${r[0]}</code>`},
      {label: "Nilai instansi ini", value: (r) => r[1]},
      {label: "Arti", value: (r) => r[2]},
    ],
    rows,
  );
}

const DAYS = ["", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const minutesOf = (t) => {
  const [h, m] = String(t).split(":").map(Number);
  return h * 60 + m;
};

/** One week of config.schedule rows (one per isodow) with the hours of each day and the week's sum. */
export function weekTable(rows) {
  const days = [...rows].sort((a, b) => a.isodow - b.isodow);
  const hours = (d) => (minutesOf(d.end_time) - minutesOf(d.start_time) - d.break_minutes) / 60;
  const total = days.reduce((sum, d) => sum + hours(d), 0);
  return html`${rulesTable(
    [
      {label: "Hari", value: (d) => DAYS[d.isodow]},
      {label: "Mulai", value: (d) => clock(d.start_time)},
      {label: "Selesai", value: (d) => clock(d.end_time)},
      {label: "Istirahat", value: (d) => `${formatNumber(d.break_minutes)} menit`, align: "right"},
      {label: "Jam kerja", value: (d) => `${formatNumber(hours(d))} jam`, align: "right"},
    ],
    days,
  )}<p class="muted small">Jumlah seminggu: <strong>${formatNumber(total)} jam</strong>.</p>`;
}

/** "1 Maret 2025 – 30 Maret 2025". */
export const dateRange = (from, to) => `${formatDate(from)} – ${formatDate(to)}`;
