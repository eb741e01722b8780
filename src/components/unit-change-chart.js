// Which OPD are getting better or worse: TK + late days per 100 employee-days, the quarter before
// (hollow dot) → the last quarter (arrow head), sorted by the change.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {formatNumber} from "./format.js";
import {STATUS_COLORS} from "./palette.js";

// the mart's verdict (marts.page_unit_discipline_change.verdict: setara within the tolerance)
const TREND = {domain: ["Membaik", "Setara", "Memburuk"], range: [STATUS_COLORS.good, STATUS_COLORS.neutral, STATUS_COLORS.bad]};
const TRENDS = {lebih_baik: "Membaik", setara: "Setara", lebih_buruk: "Memburuk"};
const trend = (d) => TRENDS[d.verdict] ?? "Setara";

/** rows: discipline-unit-change.json with a previous quarter (change not null); quarterLabel(date) names a quarter. */
export function unitChange(rows, {width, quarterLabel} = {}) {
  const data = rows.map((d) => ({...d, trend: trend(d)}));
  const {chars, margin} = labelSpace(new Set(data.map((d) => d.opd_name)), width, {share: 0.38});
  width = plotWidth(width, margin);
  const title = (d) =>
    `${d.opd_name}\n${quarterLabel(d.previous_quarter)}: ${formatNumber(d.previous_rate, 1)} per 100 hari-pegawai` +
    `\n${quarterLabel(d.current_quarter)}: ${formatNumber(d.current_rate, 1)} per 100 hari-pegawai` +
    `\nPerubahan: ${d.change > 0 ? "+" : ""}${formatNumber(d.change, 1)} (${d.trend.toLowerCase()})`;
  return Plot.plot({
    width,
    height: Math.max(160, data.length * 20 + 70),
    marginLeft: margin,
    marginRight: 24,
    x: {label: "Hari TK + terlambat per 100 hari-pegawai", grid: true, nice: true, inset: 8, tickFormat: (d) => formatNumber(d)}, // room for the arrowheads at the ends
    y: {label: null, domain: data.toSorted((a, b) => a.change - b.change).map((d) => d.opd_name), tickFormat: (d) => shortLabel(d, chars)},
    color: {...TREND, legend: true},
    marks: [
      Plot.ruleY(data, {y: "opd_name", stroke: "var(--theme-foreground-faintest)"}),
      Plot.dot(data, {x: "previous_rate", y: "opd_name", stroke: "trend", r: 3.5}),
      Plot.arrow(data, {
        x1: "previous_rate",
        x2: "current_rate",
        y1: "opd_name",
        y2: "opd_name",
        stroke: "trend",
        strokeWidth: 2,
        headLength: 7
      }),
      Plot.dot(data, {x: "current_rate", y: "opd_name", fill: "trend", r: 2.5}),
      Plot.tip(data, Plot.pointerY({x: "current_rate", y: "opd_name", title}))
    ]
  });
}
