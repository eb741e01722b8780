// TPP deductions on the discipline share (docs/aturan.md#tpp): OPD × month, events by type, top rules.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, wrapLabel, plotWidth} from "./axis.js";
import {EVENT_COLORS, EVENT_LABELS, EVENTS} from "./discipline-labels.js";
import {formatMonth, formatNumber, formatPct} from "./format.js";
import {opdMonthHeatmap} from "./opd-month-heatmap.js";
import {heatmapColor} from "./palette.js";


/** rows: tpp-deductions-by-unit.json; `value`: "mean_discipline_pct", "mean_performance_pct" or "mean_total_pct". */
export function deductionHeatmap(rows, {width, value = "mean_discipline_pct", provisional = new Set()} = {}) {
  const label = `Rata-rata potongan, % dari ${{mean_total_pct: "seluruh TPP", mean_performance_pct: "bagian kinerja"}[value] ?? "bagian disiplin"}`;
  return opdMonthHeatmap(rows, {
    width,
    fill: value,
    highestFirst: true,
    // a month whose data is not final: hatched grey, out of the scale and the order
    muted: provisional.size ? (d) => provisional.has(d.month) : undefined,
    color: heatmapColor({label, better: "lower", tickFormat: (d) => formatPct(d, 1)}),
    title: (d) =>
      `${d.opd_name} · ${formatMonth(d.date)}${provisional.has(d.month) ? " · angka sementara, data belum final" : ""}\nRata-rata potongan bagian disiplin: ${formatPct(d.mean_discipline_pct, 2)}` +
      (d.mean_performance_pct == null ? "" : `\nRata-rata potongan bagian kinerja: ${formatPct(d.mean_performance_pct, 2)}`) +
      `\nRata-rata potongan dari seluruh TPP: ${formatPct(d.mean_total_pct, 2)}` +
      `\n${formatNumber(d.employees_deducted)} dari ${formatNumber(d.employees)} pegawai dengan kejadian disiplin · ${formatNumber(d.events)} kejadian`
  });
}

/** rows: tpp-deduction-rules.json; number of priced events per type. */
export function eventsByType(rows, {width} = {}) {
  const {chars, margin} = labelSpace(EVENTS.map((e) => EVENT_LABELS[e]), width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: EVENTS.length * 34 + 50,
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Kejadian (baris potongan)", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, domain: EVENTS, tickFormat: (e) => wrapLabel(EVENT_LABELS[e], chars), padding: 0.25},
    color: {domain: EVENTS, range: EVENT_COLORS},
    marks: [
      Plot.barX(rows, Plot.groupY(
        {x: "sum", title: (g) => `${EVENT_LABELS[g[0].event]}\n${formatNumber(sum(g, "lines"))} kejadian`},
        {x: "lines", y: "event", fill: "event", sort: {y: "-x"}, tip: true}
      )),
      Plot.ruleX([0])
    ]
  });
}

/** rows: tpp-deduction-rules.json; the `top` rules that priced the most events. */
export function topRules(rows, {width, top = 10} = {}) {
  const {chars, margin} = labelSpace(new Set(rows.map((d) => d.rule)), width, {share: 0.45, max: 40});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.min(top, new Set(rows.map((d) => d.rule)).size) * 30 + 50,
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Kejadian (baris potongan)", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars), padding: 0.25},
    color: {domain: EVENTS, range: EVENT_COLORS},
    marks: [
      Plot.barX(rows, Plot.groupY(
        {x: "sum", title: (g) => `${g[0].rule}\n${EVENT_LABELS[g[0].event] ?? g[0].event}: ${formatNumber(sum(g, "lines"))} kejadian`},
        {x: "lines", y: "rule", fill: "event", sort: {y: "-x", limit: top}, tip: true}
      )),
      Plot.ruleX([0])
    ]
  });
}

const sum = (group, key) => group.reduce((total, d) => total + d[key], 0);
