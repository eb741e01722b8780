// The OPD × month heatmap that several pages share: one cell per OPD and month, OPD names
// shortened to fit, months as ticks. Each chart brings its value, colour scale and tooltip.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, plotWidth, monthTicks, shortLabel} from "./axis.js";
import {monthTick, parseDate} from "./format.js";
import {hatch} from "./approval-charts.js";

/**
 * rows: {opd_name, month, ...}; fill: the column to colour by; color: Plot color options (the
 * legend is always shown); title: (d) => tooltip text, d.date being the parsed month;
 * highestFirst: the OPD with the highest mean at the top (else the lowest). muted: (d) => true for a
 * cell drawn hatched grey instead of coloured, left out of the scale and the order (a month whose
 * figure is not final yet).
 */
export function opdMonthHeatmap(rows, {width, fill, color, title, highestFirst = false, muted}) {
  const all = rows.map((d) => ({...d, date: parseDate(d.month)}));
  const data = muted ? all.filter((d) => !muted(d)) : all;
  const hatched = muted ? hatch() : null;
  const opds = new Set(all.map((d) => d.opd_name));
  const {chars, margin} = labelSpace(opds, width, {share: 0.38});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(160, opds.size * 20 + 90),
    marginLeft: margin,
    marginTop: 8,
    marginBottom: 40,
    padding: 0.06,
    x: {type: "band", label: null, ticks: monthTicks(all.map((d) => d.date), width - margin - 20), tickFormat: monthTick},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, ...color},
    marks: [
      Plot.cell(data, {x: "date", y: "opd_name", fill, sort: {y: "fill", reduce: "mean", reverse: highestFirst}, title, tip: true}),
      ...(muted ? [hatched.mark, Plot.cell(all.filter(muted), {x: "date", y: "opd_name", fill: hatched.fill, title, tip: true})] : [])
    ]
  });
}
