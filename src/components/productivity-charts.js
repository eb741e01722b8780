// Productivity per OPD (docs/aturan.md#tpp, #penghargaan): OPD × month heatmap of minutes counted over minutes
// expected, and "present but absent" days per OPD.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {formatMonth, formatNumber, formatPct} from "./format.js";
import {opdMonthHeatmap} from "./opd-month-heatmap.js";
import {OPEN_LABEL} from "./approval-charts.js";
import {MEASURE_COLORS, heatmapColor} from "./palette.js";


const hours = (minutes) => formatNumber(Math.round((minutes ?? 0) / 60));

/**
 * rows: produktivitas/opd-bulan.json; the weakest OPD at the top. `cutoff`: the TPP band's mark on
 * the legend. A month whose approvals are still open is hatched grey, not coloured as a decline.
 */
export function productivityHeatmap(rows, {width, cutoff} = {}) {
  return opdMonthHeatmap(rows, {
    width,
    fill: "productivity_pct",
    muted: (d) => d.approvals_open,
    color: heatmapColor({
      label: `Produktivitas, % menit yang diharapkan${cutoff == null ? "" : `; batas tanpa potongan TPP ${formatPct(cutoff, 0)}`}`,
      better: "higher",
      tickFormat: (d) => formatPct(d, 0)
    }),
    title: (d) =>
      `${d.opd_name} · ${formatMonth(d.date)}${d.approvals_open ? ` · ${OPEN_LABEL}, angka sementara` : ""}\nProduktivitas: ${formatPct(d.productivity_pct)}\n` +
      `${formatNumber(Math.round(d.counted_minutes / 60))} dari ${formatNumber(Math.round(d.expected_minutes / 60))} jam diharapkan · ${formatNumber(d.employees)} pegawai\n` +
      `Jam tercatat: ${hours(d.approved_minutes)} disetujui · ${hours(d.pending_minutes)} menunggu · ${hours(d.rejected_minutes)} ditolak`
  });
}

/** rows: produktivitas/opd-bulan.json (one year); "present but absent" days per 100 present days, per OPD. */
export function idleByOpd(rows, {width} = {}) {
  const data = d3.rollups(rows, (g) => ({
    opd_name: g[0].opd_name,
    idle: d3.sum(g, (d) => d.present_no_activity_days),
    present: d3.sum(g, (d) => d.present_days)
  }), (d) => d.opd_code).map(([, d]) => ({...d, per100: d.present ? (100 * d.idle) / d.present : null}));
  const {chars, margin} = labelSpace(data.map((d) => d.opd_name), width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(140, data.length * 20 + 60),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Hari hadir tanpa aktivitas per 100 hari hadir", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    marks: [
      Plot.barX(data, {
        x: "per100",
        y: "opd_name",
        fill: MEASURE_COLORS.tanpa_aktivitas,
        sort: {y: "-x"},
        title: (d) => `${d.opd_name}\n${formatNumber(d.per100, 1)} per 100 hari hadir\n${formatNumber(d.idle)} dari ${formatNumber(d.present)} hari hadir tanpa aktivitas tercatat`,
        tip: true
      }),
      Plot.ruleX([0])
    ]
  });
}
