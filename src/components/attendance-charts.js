// Attendance rate (share of employee working days with status hadir): by month, and OPD × month.
import * as Plot from "npm:@observablehq/plot";
import {monthTicks} from "./axis.js";
import {formatMonth, formatNumber, formatPercent, monthTick, parseDate} from "./format.js";
import {opdMonthHeatmap} from "./opd-month-heatmap.js";
import {MEASURE_COLORS, heatmapColor} from "./palette.js";

// A rate that moves by tenths of a point near 98%: ticks keep the decimals they need (98,15% · 98,2%), never two alike.
const rateTick = (d) => formatPercent(d, Math.max(1, Math.min(2, (String(Math.round(d * 1e6) / 1e4).split(".")[1] ?? "").length)));

/** rows: {month, attendance_rate, employee_days, present_days} for the whole organisation. */
export function attendanceByMonth(rows, {width} = {}) {
  const data = rows.map((d) => ({...d, date: parseDate(d.month)}));
  const title = (d) =>
    `${formatMonth(d.date)}\nKehadiran: ${formatPercent(d.attendance_rate)}\n` +
    `${formatNumber(d.present_days)} dari ${formatNumber(d.employee_days)} hari kerja pegawai`;
  return Plot.plot({
    width,
    height: 260,
    marginBottom: 40,
    marginLeft: 50,
    x: {type: "utc", label: null, ticks: monthTicks(data.map((d) => d.date), width - 80), tickFormat: monthTick, inset: 14},
    y: {label: "Tingkat kehadiran", grid: true, nice: true, tickFormat: rateTick},
    marks: [
      Plot.lineY(data, {x: "date", y: "attendance_rate", stroke: MEASURE_COLORS.hadir, strokeWidth: 2}),
      Plot.dot(data, {x: "date", y: "attendance_rate", fill: MEASURE_COLORS.hadir, r: 3}),
      Plot.tip(data, Plot.pointerX({x: "date", y: "attendance_rate", title}))
    ]
  });
}

/** rows: {month, tk_days} for the whole organisation. */
export function tanpaKeteranganByMonth(rows, {width} = {}) {
  const data = rows.map((d) => ({...d, date: parseDate(d.month)}));
  return Plot.plot({
    width,
    height: 260,
    marginBottom: 40,
    x: {type: "band", label: null, ticks: monthTicks(data.map((d) => d.date), width - 60), tickFormat: monthTick, padding: 0.2},
    y: {label: "Hari tanpa keterangan", grid: true, tickFormat: (d) => formatNumber(d)},
    marks: [
      Plot.barY(data, {
        x: "date",
        y: "tk_days",
        fill: MEASURE_COLORS.tanpa_keterangan,
        title: (d) => `${formatMonth(d.date)}\n${formatNumber(d.tk_days)} hari tanpa keterangan`,
        tip: true
      }),
      Plot.ruleY([0])
    ]
  });
}

/** rows: {opd_name, month, attendance_rate, present_days, employee_days} per OPD and month. */
export function attendanceHeatmap(rows, {width} = {}) {
  // by TK, not by the attendance rate: approved leave, sick days and official travel lower the
  // rate without any fault, and are shown apart in the tip
  return opdMonthHeatmap(rows, {
    width,
    fill: "tk_per_100",
    highestFirst: true,
    color: heatmapColor({label: "Hari TK per 100 hari kerja pegawai", better: "lower", tickFormat: (d) => formatNumber(d, 1)}),
    title: (d) =>
      `${d.opd_name}\n${formatMonth(d.date)}: ${formatNumber(d.tk_per_100, 2)} hari TK per 100 hari kerja pegawai\n` +
      `${formatNumber(d.tk_days)} hari TK · ${formatNumber(d.absent_excused_days)} hari izin, sakit, cuti atau dinas · ` +
      `${formatNumber(d.present_days)} hari hadir, dari ${formatNumber(d.employee_days)} hari kerja pegawai`
  });
}
