// The evidence beside one recommendation: its TK dates on a year strip (Monday–Friday), and the
// late/early minutes per month that were converted into days.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {formatDate, formatMonth, formatNumber, monthTick, parseDate} from "./format.js";
import {MEASURE_COLORS} from "./palette.js";

const WEEKDAYS = ["", "Sen", "Sel", "Rab", "Kam", "Jum"];
const TK = "Tanpa keterangan";
const OTHER = "Hari lain (Senin–Jumat)";

/** tkDates: ISO dates of one year; reachedOn: the day the rung was reached (outlined). */
export function tkCalendar(tkDates, {year, reachedOn, width} = {}) {
  const tk = new Set(tkDates);
  const start = new Date(Date.UTC(year, 0, 1));
  const days = d3.utcDays(start, new Date(Date.UTC(year + 1, 0, 1)))
    .filter((date) => date.getUTCDay() % 6 !== 0)
    .map((date) => {
      const iso = date.toISOString().slice(0, 10);
      return {date, iso, week: d3.utcMonday.count(start, date), weekday: date.getUTCDay(), kind: tk.has(iso) ? TK : OTHER};
    });
  const monthStarts = new Map(d3.range(12).map((m) => [days.find((d) => d.date.getUTCMonth() === m).week, m])); // week → month
  const weeks = d3.max(days, (d) => d.week) + 1;
  const cell = Math.max(8, Math.min(18, Math.floor((width - 40) / weeks)));
  return Plot.plot({
    width: cell * weeks + 40,
    height: cell * 5 + 56,
    marginLeft: 36,
    marginTop: 8,
    marginBottom: 28,
    padding: 0.12,
    x: {type: "band", domain: d3.range(weeks), ticks: [...monthStarts.keys()], tickSize: 0, label: null,
      tickFormat: (week) => monthTick(new Date(Date.UTC(year, monthStarts.get(week), 1)), 1)},
    y: {type: "band", domain: [1, 2, 3, 4, 5], tickFormat: (d) => WEEKDAYS[d], tickSize: 0, label: null},
    color: {legend: true, domain: [TK, OTHER], range: [MEASURE_COLORS.tanpa_keterangan, "var(--theme-foreground-faintest)"]},
    marks: [
      Plot.cell(days, {x: "week", y: "weekday", fill: "kind", title: (d) => `${formatDate(d.iso)}${d.kind === TK ? "\nTanpa keterangan" : ""}`, tip: true}),
      Plot.cell(days.filter((d) => d.iso === reachedOn), {x: "week", y: "weekday", stroke: "currentColor", strokeWidth: 2})
    ]
  });
}

/** "Januari: 15; Februari: 10, 17, 19" — the TK dates grouped by month. */
export function tkDateList(tkDates) {
  if (!tkDates.length) return "tidak ada";
  const byMonth = d3.groups(tkDates, (iso) => iso.slice(0, 7));
  return byMonth.map(([month, dates]) => `${formatMonth(month + "-01")}: ${dates.map((iso) => +iso.slice(8)).join(", ")}`).join("; ");
}

/** rows: discipline-evidence-minutes.json for one person; late and early minutes per month, stacked. */
export function minutesByMonth(rows, {year, width} = {}) {
  const months = d3.utcMonths(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)));
  const data = rows.flatMap((d) => [
    {date: parseDate(d.month), kind: "Terlambat", minutes: d.late_minutes, days: d.late_days},
    {date: parseDate(d.month), kind: "Pulang sebelum waktunya", minutes: d.early_minutes, days: d.early_days}
  ]);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 50,
    marginBottom: 36,
    x: {type: "band", domain: months, label: null, tickFormat: monthTick, padding: 0.2},
    y: {label: "Menit", grid: true, tickFormat: (d) => formatNumber(d)},
    color: {legend: true, domain: ["Terlambat", "Pulang sebelum waktunya"], range: [MEASURE_COLORS.terlambat, MEASURE_COLORS.pulang_cepat]},
    marks: [
      Plot.barY(data, {
        x: "date",
        y: "minutes",
        fill: "kind",
        title: (d) => `${formatMonth(d.date)}\n${d.kind}: ${formatNumber(d.minutes)} menit dalam ${formatNumber(d.days)} hari`,
        tip: true
      }),
      Plot.ruleY([0])
    ]
  });
}
