// People on each rung of the PP 94/2021 ladder at each month end, stacked and coloured by level.
import * as Plot from "npm:@observablehq/plot";
import {monthTicks} from "./axis.js";
import {LEVEL_COLORS, LEVEL_LABELS, LEVELS} from "./discipline-labels.js";
import {formatMonth, formatNumber, monthTick, parseDate} from "./format.js";

/**
 * rows: discipline-rungs-monthly.json (already filtered to the OPD shown); ladder:
 * discipline-ladder.json, which orders the rungs (lightest at the bottom) and names them.
 */
export function rungsByMonth(rows, ladder, {width} = {}) {
  const order = [...new Set(ladder.map((d) => d.sanction))];
  const label = new Map(ladder.map((d) => [d.sanction, d.sanction_label]).reverse());
  const data = rows.map((d) => ({...d, date: parseDate(d.month)}));
  const months = [...new Set(data.map((d) => +d.date))].map((t) => new Date(t));
  const sum = (group) => group.reduce((total, d) => total + d.employees, 0);
  return Plot.plot({
    width,
    height: 300,
    marginBottom: 40,
    marginLeft: 48,
    x: {type: "band", label: null, domain: months, ticks: monthTicks(months, width - 70), tickFormat: monthTick, padding: 0.2},
    y: {label: "Pegawai (orang)", grid: true, tickFormat: (d) => formatNumber(d)},
    color: {
      legend: true,
      domain: LEVELS,
      range: LEVELS.map((level) => LEVEL_COLORS[level]),
      tickFormat: (level) => `Hukuman disiplin ${LEVEL_LABELS[level].toLowerCase()}`
    },
    marks: [
      Plot.barY(
        data,
        Plot.groupX(
          {
            y: "sum",
            title: (group) =>
              `${formatMonth(group[0].date)}\n${label.get(group[0].sanction) ?? group[0].sanction} ` +
              `(${LEVEL_LABELS[group[0].level]?.toLowerCase() ?? group[0].level}): ${formatNumber(sum(group))} orang`
          },
          {
            x: "date",
            y: "employees",
            fill: "level",
            z: "sanction",
            order,
            stroke: "var(--theme-background)",
            strokeWidth: 0.75,
            tip: true
          }
        )
      ),
      Plot.ruleY([0])
    ]
  });
}
