// Discipline events per 100 employee-days: by month for the whole kabupaten, and OPD × month.
import * as Plot from "npm:@observablehq/plot";
import {monthTicks} from "./axis.js";
import {formatMonth, formatNumber, monthTick, parseDate} from "./format.js";
import {opdMonthHeatmap} from "./opd-month-heatmap.js";
import {MEASURE_COLORS, heatmapColor} from "./palette.js";

/** The four measures of the trend page: counts and their rate per 100 employee-days. */
export const DISCIPLINE_METRICS = [
  {key: "tk", label: "Tanpa keterangan", days: "tk_days", rate: "tk_per_100", color: MEASURE_COLORS.tanpa_keterangan},
  {key: "late", label: "Terlambat", days: "late_days", rate: "late_per_100", color: MEASURE_COLORS.terlambat},
  {key: "early", label: "Pulang sebelum waktunya", days: "early_days", rate: "early_per_100", color: MEASURE_COLORS.pulang_cepat},
  {key: "outside", label: "Absen di luar lokasi kantor", days: "outside_geofence_days", rate: "outside_geofence_per_100", color: MEASURE_COLORS.luar_lokasi}
];

const per100 = (d) => formatNumber(d, 1);
// Ticks keep the decimals they need (0,05 · 0,1 · 0,15), never two ticks with the same label.
const per100Tick = (d) => formatNumber(d, Math.min(3, (String(d).split(".")[1] ?? "").length));

/** rows: discipline-trend-monthly.json; one bar a month for `metric` (one of DISCIPLINE_METRICS). */
export function metricByMonth(rows, metric, {width} = {}) {
  const data = rows.map((d) => ({...d, date: parseDate(d.month)}));
  return Plot.plot({
    width,
    height: 200,
    marginBottom: 36,
    marginLeft: 44,
    x: {type: "band", label: null, ticks: monthTicks(data.map((d) => d.date), width - 60), tickFormat: monthTick, padding: 0.2},
    y: {label: "per 100 hari-pegawai", grid: true, nice: true, tickFormat: per100Tick},
    marks: [
      Plot.barY(data, {
        x: "date",
        y: metric.rate,
        fill: metric.color,
        title: (d) =>
          `${formatMonth(d.date)}\n${metric.label}: ${per100(d[metric.rate])} per 100 hari-pegawai\n` +
          `${formatNumber(d[metric.days])} dari ${formatNumber(d.employee_days)} hari-pegawai`,
        tip: true
      }),
      Plot.ruleY([0])
    ]
  });
}

/** rows: discipline-trend-by-unit.json; OPD × month cells, the worst OPD at the top. */
export function metricHeatmap(rows, metric, {width} = {}) {
  return opdMonthHeatmap(rows, {
    width,
    fill: metric.rate,
    highestFirst: true,
    color: heatmapColor({label: `${metric.label} per 100 hari-pegawai`, better: "lower", tickFormat: per100Tick}),
    title: (d) =>
      `${d.opd_name}\n${formatMonth(d.date)}: ${per100(d[metric.rate])} per 100 hari-pegawai\n` +
      `${formatNumber(d[metric.days])} hari ${metric.label.toLowerCase()} dari ${formatNumber(d.employee_days)} hari-pegawai`
  });
}
