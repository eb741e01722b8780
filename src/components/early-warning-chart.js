// Early warning per OPD: people one or two days from the next PP 94/2021 rung (or from the
// consecutive-days rule), stacked by the level they are about to reach.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {LEVEL_COLORS, LEVEL_LABELS, LEVELS} from "./discipline-labels.js";
import {formatNumber} from "./format.js";

/** rows: discipline-early-warning.json, each with `target_level` (the level about to be reached). */
export function warningsByOpd(rows, {width} = {}) {
  const opds = new Set(rows.map((d) => d.opd_name));
  const {chars, margin} = labelSpace(opds, width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(140, opds.size * 20 + 70),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Pegawai (orang)", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {
      legend: true,
      domain: LEVELS,
      range: LEVELS.map((level) => LEVEL_COLORS[level]),
      tickFormat: (level) => `Menuju hukuman ${LEVEL_LABELS[level].toLowerCase()}`
    },
    marks: [
      Plot.barX(
        rows,
        Plot.groupY(
          {x: "count", title: (g) => `${g[0].opd_name}\nMenuju hukuman ${LEVEL_LABELS[g[0].target_level]?.toLowerCase()}: ${formatNumber(g.length)} orang`},
          {y: "opd_name", fill: "target_level", order: LEVELS, sort: {y: "-x"}, tip: true}
        )
      ),
      Plot.ruleX([0])
    ]
  });
}
