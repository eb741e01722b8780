// Rejected input rows: by reason, and by file stacked by reason.
import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import {labelSpace, shortLabel, wrapLabel, plotWidth} from "./axis.js";
import {formatNumber} from "./format.js";
import {fileLabel} from "./load-report.js";
import {INK, MEASURE_COLORS} from "./palette.js";

/**
 * Whole-number ticks for the count axis when the largest bar (rejects summed per `key`) is at
 * most 10 rows: no "0,5 baris". Otherwise Plot's own ticks.
 */
function countTicks(rows, key) {
  const max = rows.length ? aq.from(rows).derive({key: aq.escape(key)}).groupby("key").rollup({n: aq.op.sum("rejects")}).rollup({max: aq.op.max("n")}).object().max : 0;
  return max <= 10 ? Array.from({length: Math.max(1, Math.ceil(max)) + 1}, (_, i) => i) : undefined;
}

/** rows: {source, file, sheet, reason, rejects} */
export function rejectsByReason(rows, {width} = {}) {
  const reasons = new Set(rows.map((d) => d.reason));
  const {chars, margin} = labelSpace(reasons, width, {share: 0.45, max: 56});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(120, reasons.size * 40 + 60),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Baris ditolak", grid: true, ticks: countTicks(rows, (d) => d.reason), tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => wrapLabel(d, chars, 3), padding: 0.2},
    marks: [
      Plot.barX(
        rows,
        Plot.groupY(
          {x: "sum", title: (group) => `${group[0].reason}\n${formatNumber(sumRejects(group))} baris ditolak`},
          {x: "rejects", y: "reason", fill: MEASURE_COLORS.penolakan, sort: {y: "-x"}, tip: true}
        )
      ),
      Plot.ruleX([0])
    ]
  });
}

/**
 * rows: {source, file, sheet, reason, rejects}; one bar per file (or sheet), one segment per reason
 * (in the tip): one colour, since nine reasons in nine shades cannot be told apart; the chart
 * above counts the reasons.
 */
export function rejectsByFile(rows, {width} = {}) {
  const label = (d) => fileLabel(d.file, d.sheet);
  const files = new Set(rows.map(label));
  const {chars, margin} = labelSpace(files, width, {share: 0.4, max: 56});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(120, files.size * 26 + 90),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Baris ditolak", grid: true, ticks: countTicks(rows, label), tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    marks: [
      Plot.barX(rows, {
        x: "rejects",
        y: label,
        fill: MEASURE_COLORS.penolakan,
        stroke: INK.light, // the segments of one file's reasons
        sort: {y: "-x"},
        title: (d) => `${label(d)} (${d.source})\n${d.reason}: ${formatNumber(d.rejects)} baris`,
        tip: true
      }),
      Plot.ruleX([0])
    ]
  });
}

function sumRejects(group) {
  return group.reduce((total, d) => total + d.rejects, 0);
}
