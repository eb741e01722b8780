// The OPD × month heatmap that several pages share: one cell per OPD and month, OPD names
// shortened to fit, months as ticks. Each chart brings its value, colour scale and tooltip.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, monthTicks, shortLabel} from "./axis.js";
import {monthTick, parseDate} from "./format.js";

/**
 * rows: {opd_name, month, ...}; fill: the column to colour by; color: Plot color options (the
 * legend is always shown); title: (d) => tooltip text, d.date being the parsed month;
 * highestFirst: the OPD with the highest mean at the top (else the lowest).
 */
export function opdMonthHeatmap(rows, {width, fill, color, title, highestFirst = false}) {
  const data = rows.map((d) => ({...d, date: parseDate(d.month)}));
  const opds = new Set(data.map((d) => d.opd_name));
  const {chars, margin} = labelSpace(opds, width, {share: 0.38});
  return Plot.plot({
    width,
    height: Math.max(160, opds.size * 20 + 90),
    marginLeft: margin,
    marginTop: 8,
    marginBottom: 40,
    padding: 0.06,
    x: {type: "band", label: null, ticks: monthTicks(data.map((d) => d.date), width - margin - 20), tickFormat: monthTick},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, ...color},
    marks: [
      Plot.cell(data, {x: "date", y: "opd_name", fill, sort: {y: "fill", reduce: "mean", reverse: highestFirst}, title, tip: true})
    ]
  });
}
