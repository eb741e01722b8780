// Early warning per OPD: people one or two days from the next PP 94/2021 rung (or from the
// consecutive-days rule), stacked by the level they are about to reach.
import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {LEVEL_COLORS, LEVEL_LABELS, LEVELS} from "./discipline-labels.js";
import {formatNumber} from "./format.js";

/**
 * rows: discipline-early-warning.json, each with `target_level` (the level about to be reached);
 * employees: Map opd_name -> active employees. Per 100 employees of the OPD, so that the largest
 * OPD does not look worst for its size; the tip gives the people and the OPD's size.
 */
export function warningsByOpd(rows, {width, employees} = {}) {
  const perOpd = aq.from(rows)
    .groupby("opd_name", "target_level")
    .rollup({n: aq.op.count()})
    .objects()
    .map((d) => ({...d, size: employees?.get(d.opd_name) ?? null}))
    .map((d) => ({...d, per100: d.size ? (100 * d.n) / d.size : null}));
  const opds = new Set(perOpd.map((d) => d.opd_name));
  const {chars, margin} = labelSpace(opds, width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(140, opds.size * 20 + 70),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Pegawai per 100 pegawai OPD", grid: true, tickFormat: (d) => formatNumber(d, 1)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {
      legend: true,
      domain: LEVELS,
      range: LEVELS.map((level) => LEVEL_COLORS[level]),
      tickFormat: (level) => `Menuju hukuman ${LEVEL_LABELS[level].toLowerCase()}`
    },
    marks: [
      Plot.barX(perOpd, {
        y: "opd_name", x: "per100", fill: "target_level", order: LEVELS, sort: {y: "-x"}, tip: true,
        title: (d) => `${d.opd_name}\nMenuju hukuman ${LEVEL_LABELS[d.target_level]?.toLowerCase()}: ${formatNumber(d.n)} dari ${formatNumber(d.size)} pegawai (${formatNumber(d.per100, 1)} per 100)`
      }),
      Plot.ruleX([0])
    ]
  });
}
