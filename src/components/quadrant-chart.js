// The productivity map: each employee's verified output against discipline, in the quadrant the
// pipeline placed them (page_productivity_quadrants), and one person's low months as evidence.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {formatMonth, formatNumber, monthTick} from "./format.js";
import {QUADRANT_COLORS, QUADRANT_LABELS, QUADRANTS} from "./performance-labels.js";
import {STATUS_COLORS} from "./palette.js";

const pct = (value, digits = 1) => (value == null ? "–" : `${formatNumber(value, digits)}%`);
const CORNERS = {teladan: "top-left", produktif_kurang_disiplin: "top-right", rajin_kurang_hasil: "bottom-left", perlu_pembinaan: "bottom-right"};

/**
 * rows: produktivitas/pegawai.csv, converted (productivity_pct, discipline_days as numbers).
 * cutoffs: {productivity_cutoff_pct, discipline_cutoff_days} from batas.json, drawn as the cross.
 * Days on a symlog axis: most people have under one day, a few have weeks.
 */
export function quadrantScatter(rows, {width, cutoffs = {}, opdNames = new Map()} = {}) {
  const {productivity_cutoff_pct: yCut, discipline_cutoff_days: xCut} = cutoffs;
  const xMax = Math.max(d3.max(rows, (d) => d.discipline_days) ?? 0, (xCut ?? 1) * 3);
  const yMax = Math.max(d3.max(rows, (d) => d.productivity_pct) ?? 0, (yCut ?? 100) * 1.2);
  const counts = d3.rollup(rows, (g) => g.length, (d) => d.quadrant);
  const ticks = [0, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100].filter((t) => t <= xMax);
  return Plot.plot({
    width,
    height: Math.min(560, Math.max(360, width * 0.55)),
    marginLeft: 52,
    marginBottom: 42,
    x: {type: "symlog", constant: 0.5, domain: [0, xMax], ticks, tickFormat: (d) => formatNumber(d), grid: true,
      label: "Hari tanpa keterangan + hari setara dari menit terlambat/pulang cepat, setahun →"},
    y: {domain: [0, yMax], grid: true, tickFormat: (d) => pct(d, 0), label: "↑ Produktivitas, % menit kerja yang diharapkan"},
    color: {domain: QUADRANTS, range: QUADRANT_COLORS, legend: true, tickFormat: (q) => QUADRANT_LABELS[q]},
    marks: [
      Plot.dot(rows, {
        x: "discipline_days",
        y: "productivity_pct",
        fill: "quadrant",
        r: 2.5,
        fillOpacity: 0.55,
        title: (d) =>
          `${d.name ?? d.nip}\n${d.nip} · ${opdNames.get(d.opd_code) ?? d.opd_code}\n${QUADRANT_LABELS[d.quadrant]}\n` +
          `Produktivitas ${pct(d.productivity_pct)} · ${formatNumber(d.discipline_days, 2)} hari TK + setara`,
        tip: true
      }),
      xCut == null ? null : Plot.ruleX([xCut], {stroke: "currentColor", strokeDasharray: "4 3"}),
      yCut == null ? null : Plot.ruleY([yCut], {stroke: "currentColor", strokeDasharray: "4 3"}),
      ...QUADRANTS.map((q) => Plot.text([q], {
        frameAnchor: CORNERS[q],
        dx: CORNERS[q].endsWith("left") ? 8 : -8,
        dy: CORNERS[q].startsWith("top") ? 6 : -6,
        text: () => `${QUADRANT_LABELS[q]} · ${formatNumber(counts.get(q) ?? 0)} orang`,
        fill: QUADRANT_COLORS[QUADRANTS.indexOf(q)],
        fontWeight: "bold",
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        paintOrder: "stroke"
      }))
    ]
  });
}

/**
 * One person's low months: lowMonths is produktivitas/pegawai.csv's low_months_pct, twelve
 * calendar months ("41 38 - 33 …", "-": not below the cut-off).
 */
export function lowMonthsChart(lowMonths, {year, cutoff, width} = {}) {
  const values = String(lowMonths ?? "").split(" ");
  const data = d3.range(12).map((m) => ({date: new Date(Date.UTC(year, m, 1)), pct: values[m] === "-" || values[m] == null ? null : +values[m]}));
  return Plot.plot({
    width,
    height: 190,
    marginLeft: 44,
    marginBottom: 36,
    x: {type: "band", domain: data.map((d) => d.date), label: null, tickFormat: monthTick, padding: 0.2},
    y: {domain: [0, Math.max(100, cutoff ?? 0)], grid: true, label: "Produktivitas (%)", tickFormat: (d) => formatNumber(d)},
    marks: [
      Plot.barY(data.filter((d) => d.pct != null), {x: "date", y: "pct", fill: STATUS_COLORS.bad, title: (d) => `${formatMonth(d.date)}: ${pct(d.pct, 0)}`, tip: true}),
      cutoff == null ? null : Plot.ruleY([cutoff], {stroke: "currentColor", strokeDasharray: "4 3"}),
      Plot.ruleY([0])
    ]
  });
}
