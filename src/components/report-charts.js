// Charts of the periodic report (src/laporan/[periode].md), drawn for paper: small, black text,
// the value written on every bar (no tooltip to hover on a printed page), the report's own months
// in colour and the rest of the year in grey.
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatMonth, parseDate} from "./format.js";
import {LEVEL_COLORS, LEVEL_LABELS, LEVELS} from "./discipline-labels.js";
import {PREDIKAT_COLORS, PREDIKAT_LABELS, PREDIKATS, periodLabel} from "./performance-labels.js";
import {hatch} from "./approval-charts.js";
import {INK, MEASURE_COLORS, MISSING_COLOR, PROVISIONAL_COLORS, inkOn} from "./palette.js";

const OTHER_MONTHS = MISSING_COLOR;
const monthLabel = (date) => formatMonth(date, "month");

const monthAxis = (rows) => ({type: "band", label: null, domain: rows.map((d) => +parseDate(d.month)), tickFormat: (t) => monthLabel(new Date(t)), tickSize: 0, padding: 0.18});
const paper = {marginTop: 16, marginLeft: 8, marginRight: 8, marginBottom: 22, style: {fontSize: "9px", color: INK.print, background: "transparent"}};

/**
 * rows: the report's `bulanan` (one row a month of the year, `in_period` marking the report's
 * months); one bar a month of `value`, labelled with `format`. A null (suppressed) month has no bar.
 * `provisional`: (row) => true for a month whose figure is not final yet (hatched grey, its label
 * with an asterisk), e.g. productivity while the month's approvals are still open.
 */
export function monthlyBars(rows, {value, format = (d) => formatNumber(d, 1), color = MEASURE_COLORS.hadir, width, height = 150, provisional} = {}) {
  const data = rows.map((d) => ({...d, date: +parseDate(d.month)})).filter((d) => d[value] != null);
  const hatched = provisional ? hatch() : null;
  const open = (d) => Boolean(provisional?.(d));
  const fill = (d) => (open(d) ? hatched.fill : d.in_period ? color : OTHER_MONTHS);
  return Plot.plot({
    ...paper,
    width,
    height,
    x: monthAxis(rows),
    y: {axis: null, nice: true},
    marks: [
      ...(hatched ? [hatched.mark] : []),
      Plot.barY(data, {x: "date", y: value, fill, stroke: (d) => (open(d) ? PROVISIONAL_COLORS.stroke : "none")}),
      Plot.text(data, {x: "date", y: value, text: (d) => `${format(d[value])}${open(d) ? "*" : ""}`, dy: -6, fontSize: 8, fill: INK.print}),
      Plot.ruleY([0], {stroke: INK.print})
    ]
  });
}

/** As monthlyBars, for a rate that moves little near its ceiling (attendance): a line, not bars cut off at the bottom. */
export function monthlyLine(rows, {value, format = (d) => formatNumber(d, 1), color = MEASURE_COLORS.hadir, width, height = 150} = {}) {
  const data = rows.map((d) => ({...d, date: +parseDate(d.month)})).filter((d) => d[value] != null);
  return Plot.plot({
    ...paper,
    width,
    height,
    x: monthAxis(rows),
    y: {axis: null, inset: 12},
    marks: [
      Plot.lineY(data, {x: "date", y: value, stroke: OTHER_MONTHS, strokeWidth: 1.5}),
      Plot.dot(data, {x: "date", y: value, r: 3, fill: (d) => (d.in_period ? color : OTHER_MONTHS)}),
      Plot.text(data, {x: "date", y: value, text: (d) => format(d[value]), dy: -9, fontSize: 8, fill: INK.print})
    ]
  });
}

/** rows: `bulanan`; people on each level of the PP 94/2021 ladder at each month end, stacked. */
export function rungsStacked(rows, {width, height = 170} = {}) {
  const data = rows.flatMap((d) => LEVELS.map((level) => ({date: +parseDate(d.month), in_period: d.in_period, level, employees: d[level]})))
    .filter((d) => d.employees != null && d.employees > 0);
  const totals = rows.map((d) => ({date: +parseDate(d.month), total: LEVELS.reduce((sum, level) => sum + (d[level] ?? 0), 0)}));
  return Plot.plot({
    ...paper,
    width,
    height,
    x: monthAxis(rows),
    y: {axis: null},
    color: {legend: true, domain: LEVELS, range: LEVELS.map((l) => LEVEL_COLORS[l]), tickFormat: (l) => LEVEL_LABELS[l]},
    marks: [
      Plot.barY(data, {x: "date", y: "employees", fill: "level", order: LEVELS, fillOpacity: (d) => (d.in_period ? 1 : 0.35)}),
      Plot.text(totals.filter((d) => d.total > 0), {x: "date", y: "total", text: (d) => formatNumber(d.total), dy: -6, fontSize: 8, fill: INK.print}),
      Plot.ruleY([0], {stroke: INK.print})
    ]
  });
}

/** rows: the report's `predikat` ({skp_period, predikat, employees}); one 100% bar per SKP period. */
export function predikatShares(rows, {width} = {}) {
  const periods = [...new Set(rows.map((d) => d.skp_period))];
  const totals = new Map(periods.map((p) => [p, rows.filter((d) => d.skp_period === p).reduce((sum, d) => sum + (d.employees ?? 0), 0)]));
  const data = rows.filter((d) => d.employees != null).map((d) => ({...d, share: d.employees / totals.get(d.skp_period)}));
  const name = (p) => (p === "TAHUNAN" ? "Tahunan" : periodLabel(p));
  return Plot.plot({
    width,
    height: periods.length * 34 + 50,
    marginLeft: 92,
    marginRight: 8,
    style: {fontSize: "9px", color: INK.print, background: "transparent"},
    x: {axis: null, domain: [0, 1]},
    y: {label: null, domain: periods, tickFormat: name, tickSize: 0},
    color: {legend: true, domain: PREDIKATS, range: PREDIKAT_COLORS, tickFormat: (p) => PREDIKAT_LABELS[p]},
    marks: [
      Plot.barX(data, Plot.stackX({x: "share", y: "skp_period", fill: "predikat", order: PREDIKATS, insetTop: 3, insetBottom: 3})),
      Plot.text(data, Plot.stackX({
        x: "share",
        y: "skp_period",
        z: "predikat", // stacked in the bars' order (the fill here is the text colour)
        order: PREDIKATS,
        text: (d) => (d.share >= 0.06 ? `${formatNumber(100 * d.share, 0)}%` : ""),
        fill: (d) => inkOn(PREDIKAT_COLORS[PREDIKATS.indexOf(d.predikat)]),
        fontSize: 8
      }))
    ]
  });
}
