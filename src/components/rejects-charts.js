// Rejected input rows: by reason, and by file stacked by reason.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, wrapLabel} from "./axis.js";
import {formatNumber} from "./format.js";

/** rows: {source, file, reason, rejects} */
export function rejectsByReason(rows, {width} = {}) {
  const reasons = new Set(rows.map((d) => d.reason));
  const {chars, margin} = labelSpace(reasons, width, {share: 0.4, max: 36});
  return Plot.plot({
    width,
    height: Math.max(120, reasons.size * 36 + 60),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Baris ditolak", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => wrapLabel(d, chars), padding: 0.25},
    marks: [
      Plot.barX(
        rows,
        Plot.groupY(
          {x: "sum", title: (group) => `${group[0].reason}\n${formatNumber(sumRejects(group))} baris ditolak`},
          {x: "rejects", y: "reason", fill: "#c9744a", sort: {y: "-x"}, tip: true}
        )
      ),
      Plot.ruleX([0])
    ]
  });
}

/** rows: {source, file, reason, rejects}; one bar per file, coloured by reason. */
export function rejectsByFile(rows, {width} = {}) {
  const files = new Set(rows.map((d) => d.file));
  const {chars, margin} = labelSpace(files, width, {share: 0.35, max: 40});
  return Plot.plot({
    width,
    height: Math.max(120, files.size * 26 + 90),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Baris ditolak", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, scheme: "Observable10"},
    marks: [
      Plot.barX(rows, {
        x: "rejects",
        y: "file",
        fill: "reason",
        sort: {y: "-x"},
        title: (d) => `${d.file} (${d.source})\n${d.reason}: ${formatNumber(d.rejects)} baris`,
        tip: true
      }),
      Plot.ruleX([0])
    ]
  });
}

function sumRejects(group) {
  return group.reduce((total, d) => total + d.rejects, 0);
}
