// Special instructions (IKP, docs/aturan.md#ikp): outcomes per deadline month, and per OPD.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, monthTicks, shortLabel, plotWidth} from "./axis.js";
import {formatMonth, formatNumber, monthTick, parseDate} from "./format.js";
import {PROVISIONAL_COLORS} from "./palette.js";
import {IKP_STATUS_COLORS, IKP_STATUS_LABELS, IKP_STATUSES} from "./performance-labels.js";

/** rows: ikp/opd-bulan.json → one row per (key, status) with its count. */
function byStatus(rows, key) {
  return d3.rollups(rows, (g) => g, key).flatMap(([k, g]) =>
    IKP_STATUSES.map((status) => ({key: k, status, count: d3.sum(g, (d) => d[status]), total: d3.sum(g, (d) => d.instructions), opd_name: g[0].opd_name})));
}

const color = {legend: true, domain: IKP_STATUSES, range: IKP_STATUS_COLORS, tickFormat: (s) => IKP_STATUS_LABELS[s]};

/**
 * rows: ikp/opd-bulan.json; instructions per deadline month, stacked by outcome. provisional: months
 * (YYYY-MM-01) whose completions are not all reported yet (docs/aturan.md#kelengkapan), labelled
 * above their bar, so that their red reads as "not reported yet" rather than "missed".
 */
export function ikpByMonth(rows, {width, provisional = new Set()} = {}) {
  const data = byStatus(rows, (d) => d.month).map((d) => ({...d, date: parseDate(d.key), provisional: provisional.has(d.key)}));
  const open = d3.rollups(data.filter((d) => d.provisional), (g) => d3.sum(g, (d) => d.count), (d) => d.key).map(([key, count]) => ({date: parseDate(key), count}));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 50,
    marginBottom: 36,
    x: {type: "band", label: null, ticks: monthTicks(data.map((d) => d.date), width - 70), tickFormat: monthTick, padding: 0.2},
    y: {label: "Instruksi (menurut bulan tenggat)", grid: true, nice: true, tickFormat: (d) => formatNumber(d)},
    color,
    marks: [
      Plot.barY(data, {
        x: "date",
        y: "count",
        fill: "status",
        order: IKP_STATUSES,
        fillOpacity: (d) => (d.provisional ? 0.45 : 1),
        title: (d) => `${formatMonth(d.date)}${d.provisional ? " · data belum final: sebagian yang belum selesai mungkin belum dilaporkan" : ""}\n${IKP_STATUS_LABELS[d.status]}: ${formatNumber(d.count)} dari ${formatNumber(d.total)} instruksi`,
        tip: true
      }),
      Plot.text(open, {x: "date", y: "count", text: () => "belum final", dy: -8, fontSize: 10, fill: PROVISIONAL_COLORS.stroke}),
      Plot.ruleY([0])
    ]
  });
}

/** rows: ikp/opd-bulan.json; share of each OPD's instructions by outcome, the most missed first. */
export function ikpByOpd(rows, {width} = {}) {
  const data = byStatus(rows, (d) => d.opd_code).filter((d) => d.total > 0);
  const missed = d3.rollup(data, (g) => d3.sum(g.filter((d) => d.status === "late" || d.status === "overdue"), (d) => d.count) / g[0].total, (d) => d.opd_name);
  const totals = new Map(data.map((d) => [d.opd_name, d.total]));
  const {chars, margin} = labelSpace([...missed.keys()].map((k) => `${k} (${totals.get(k)})`), width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(140, missed.size * 20 + 70),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Instruksi menurut hasil (% OPD) →", grid: true, percent: true, tickFormat: (d) => `${formatNumber(d)}%`},
    y: {label: null, domain: d3.sort(missed.keys(), (k) => -missed.get(k)), tickFormat: (d) => `${shortLabel(d, chars - 6)} (${formatNumber(totals.get(d))})`},
    color,
    marks: [
      Plot.barX(data, Plot.stackX({
        x: "count",
        y: "opd_name",
        fill: "status",
        order: IKP_STATUSES,
        offset: "normalize",
        title: (d) => `${d.opd_name}\n${IKP_STATUS_LABELS[d.status]}: ${formatNumber(d.count)} dari ${formatNumber(d.total)} instruksi`,
        tip: true
      })),
      Plot.ruleX([0])
    ]
  });
}
