// People on each rung of their employee type's ladder at each month end, stacked and coloured by
// level; and, for a ladder without sanctions (PPPK by default), the people with days counted.
import * as Plot from "npm:@observablehq/plot";
import * as aq from "npm:arquero";
import {monthTicks} from "./axis.js";
import {LEVEL_COLORS, LEVEL_LABELS, LEVELS} from "./discipline-labels.js";
import {formatMonth, formatNumber, monthTick, parseDate} from "./format.js";
import {MEASURE_COLORS} from "./palette.js";

/**
 * rows: discipline-rungs-monthly.json of one employee type (already filtered to the OPD shown),
 * each with its sanction_label; ladder: discipline-ladder.json, which orders that type's rungs
 * (lightest at the bottom).
 */
export function rungsByMonth(rows, ladder, {width} = {}) {
  const types = new Set(rows.map((d) => d.employee_type));
  const order = [...new Set(ladder.filter((d) => types.has(d.employee_type)).map((d) => d.sanction))];
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
              `${formatMonth(group[0].date)}\n${group[0].sanction_label} ` +
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

/**
 * rows: discipline-rungs-monthly.json rows of a ladder without sanctions (PPPK by default), already
 * filtered to the OPD shown: per month end, the people with TK (or converted) days in the year so
 * far, with their days in the tip. Evidence only: no level, no colour of a sanction.
 */
export function evidenceByMonth(rows, {width, label = "PPPK"} = {}) {
  // one row a month: the OPDs shown summed (a suppressed count stays out)
  const data = aq.from(rows)
    .groupby("month")
    .rollup({employees: aq.op.sum("employees"), with_days: aq.op.sum("employees_with_days"), days_total: aq.op.sum("days_total")})
    .orderby("month")
    .objects()
    .map((d) => ({...d, date: parseDate(d.month)}));
  const months = data.map((d) => d.date);
  return Plot.plot({
    width,
    height: 300,
    marginBottom: 40,
    marginLeft: 48,
    x: {type: "band", label: null, domain: months, ticks: monthTicks(months, width - 70), tickFormat: monthTick, padding: 0.2},
    y: {label: `${label} dengan hari tanpa keterangan (orang)`, grid: true, tickFormat: (d) => formatNumber(d)},
    marks: [
      Plot.barY(data, {
        x: "date",
        y: "with_days",
        fill: MEASURE_COLORS.tanpa_keterangan,
        tip: true,
        title: (d) => `${formatMonth(d.date)}\n${formatNumber(d.with_days)} dari ${formatNumber(d.employees)} ${label} dengan hari tanpa keterangan\n` +
          `(atau setara) tahun berjalan, bersama ${formatNumber(d.days_total)} hari`
      }),
      Plot.ruleY([0])
    ]
  });
}
