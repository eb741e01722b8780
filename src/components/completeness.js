// How complete each kind of data is (marts.data_completeness, docs/aturan.md#kelengkapan), for
// Kualitas Data: the months of presensi and e-Kinerja as a grid coloured by status, and the
// quarters and years of SKP, 360, assessments and merit as a table. Grouping and ordering with Arquero.
import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import {html} from "npm:htl";
import {formatNumber, formatPct, monthTick, parseDate} from "./format.js";
import {INK, STATUS_COLORS} from "./palette.js";
import {addStyle} from "./style.js";

export const SOURCE_LABELS = {presensi: "Presensi", e_kinerja: "e-Kinerja", ikp: "IKP", skp: "SKP", penilaian360: "Penilaian 360", kompetensi: "Asesmen kompetensi", merit: "Skor merit"};
export const STATUS_LABELS = {final: "lengkap", not_final: "belum lengkap", missing: "belum ada"};
const STATUS_TONES = {final: STATUS_COLORS.good, not_final: STATUS_COLORS.attention, missing: STATUS_COLORS.bad};
const UNIT_LABELS = {"pegawai-hari": "pegawai-hari", menit: "menit", pegawai: "pegawai", instruksi: "instruksi"};
const MONTHLY = ["presensi", "e_kinerja", "ikp"];
const COVERED_LABELS = {presensi: "tercatat", e_kinerja: "disetujui", ikp: "dilaporkan selesai"};

/** The monthly rows (presensi, e-Kinerja, IKP), each with its date and source label. */
function monthly(rows) {
  return aq.from(rows)
    .params({monthly: MONTHLY, labels: SOURCE_LABELS})
    .filter((d, $) => op.includes($.monthly, d.source))
    .derive({source_label: (d, $) => $.labels[d.source]})
    .orderby("period")
    .objects()
    .map((d) => ({...d, date: parseDate(d.period_start)}));
}

/** Months × (presensi, e-Kinerja, IKP): green complete, amber not complete, red missing; the share covered in each cell. */
export function completenessGrid(rows, {width}) {
  const data = monthly(rows);
  // one decimal, so that 99,8 does not read as a full 100
  const share = (x) => formatNumber(x, x === 100 ? 0 : 1);
  // presensi: employee-days with a record; e-Kinerja and IKP: the share no longer waiting (decided, reported)
  const text = (d) => (d.status === "missing" || d.expected === 0 ? "–" : share(d.source === "presensi" ? d.covered_pct : 100 - (d.pending_pct ?? 0)));
  return Plot.plot({
    width,
    height: 160,
    marginLeft: 80,
    marginBottom: 36,
    padding: 0.08,
    x: {type: "band", label: null, tickFormat: monthTick},
    y: {label: null, domain: MONTHLY.map((s) => SOURCE_LABELS[s])},
    color: {domain: Object.keys(STATUS_LABELS), range: Object.keys(STATUS_LABELS).map((s) => STATUS_TONES[s]), tickFormat: (s) => STATUS_LABELS[s], legend: true},
    marks: [
      Plot.cell(data, {x: "date", y: "source_label", fill: "status", fillOpacity: 0.85, inset: 0.5,
        title: (d) => `${d.source_label} · ${d.period_label}: ${STATUS_LABELS[d.status]}\n${d.note}\n${formatNumber(d.covered)} dari ${formatNumber(d.expected)} ${UNIT_LABELS[d.unit]} ${COVERED_LABELS[d.source]}`,
        tip: true}),
      Plot.text(data, {x: "date", y: "source_label", text, fill: INK.light, fontSize: 11, fontWeight: 600})
    ]
  });
}

/** The quarters and years of SKP, 360, assessments and merit parts: covered of expected, status and why. */
export function completenessTable(rows) {
  const periodic = aq.from(rows)
    .params({monthly: MONTHLY})
    .filter((d, $) => !op.includes($.monthly, d.source))
    .orderby(aq.desc("period_kind"), "source", "period")
    .objects();
  if (!periodic.length) return html`<p class="muted">Belum ada SKP, penilaian 360, asesmen atau skor merit.</p>`;
  return html`<table class="completeness-table">
    <thead><tr><th>Sumber</th><th>Periode</th><th class="num">Tercakup</th><th>Status</th><th>Keterangan</th></tr></thead>
    <tbody>${periodic.map((d) => html`<tr data-source=${d.source} data-status=${d.status}>
      <td>${SOURCE_LABELS[d.source]}</td>
      <td>${d.period_label}</td>
      <td class="num">${formatNumber(d.covered)} dari ${formatNumber(d.expected)} ${UNIT_LABELS[d.unit]} (${formatPct(d.covered_pct, 1)})</td>
      <td><span class="completeness-status" style=${`--tone: ${STATUS_TONES[d.status]}`}>${STATUS_LABELS[d.status]}</span></td>
      <td>${d.note}</td>
    </tr>`)}</tbody>
  </table>`;
}

/** "11 dari 12 bulan lengkap" for the monthly sources together (a month counts when both are complete). */
export function finalMonthsText(dataStatus) {
  const months = dataStatus?.months ?? [];
  return `${formatNumber(months.filter((d) => d.is_final).length)} dari ${formatNumber(months.length)} bulan lengkap`;
}

const STYLE_ID = "completeness-style";
const STYLE = `
.completeness-table { width: 100%; max-width: none; }
.completeness-table td { vertical-align: top; }
.completeness-status { display: inline-block; padding: 0 0.45rem; border-radius: 0.7rem; font-size: 0.85rem; white-space: nowrap;
  color: var(--tone); border: 1px solid var(--tone); background: color-mix(in srgb, var(--tone) 10%, transparent); }`;

export const addCompletenessStyle = () => addStyle(STYLE_ID, STYLE);
