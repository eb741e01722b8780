// Attendance evidence for BKPSDM's follow-up (page Koreksi, Apel & GPS): the per-OPD monthly
// counts of marts.attendance_evidence_monthly summed over a chosen month range, and the person
// rows filtered by OPD and status. Filtering and grouping go through Arquero; the rules are in
// the marts.
import * as aq from "npm:arquero";
import * as Plot from "npm:@observablehq/plot";
import {formatMonth, formatNumber} from "./format.js";
import {labelSpace, plotWidth, shortLabel} from "./axis.js";

const {op} = aq;

export const CORRECTION_TYPES = {
  lupa_absen_masuk: "Lupa absen masuk",
  lupa_absen_pulang: "Lupa absen pulang",
  kendala_mesin: "Kendala mesin",
  tugas_kedinasan: "Tugas kedinasan"
};

export const CORRECTION_STATUS = {disetujui: "Disetujui", ditolak: "Ditolak", menunggu: "Menunggu"};

const COUNTS = [
  "corrections_applied", "corrections_unused", "corrections_rejected", "corrections_pending", "apel_expected", "apel_missed",
  "employees_missing_apel", "mock_location_days", "low_gps_accuracy_days", "outside_geofence_days", "gps_flag_no_activity_days", "rostered_days"
];

/** Months present in the monthly rows, ascending ("YYYY-MM"). */
export function evidenceMonths(monthly) {
  return aq.from(monthly).select("month").dedupe().orderby("month").array("month");
}

/** The rows of one month (or all months when `month` is null), narrowed to one OPD when given. */
function pick(rows, {month = null, opd = null} = {}) {
  return aq.from(rows).params({month, opd}).filter((d, $) => ($.month == null || d.month === $.month) && ($.opd == null || d.opd_name === $.opd));
}

/** The instansi's totals for the month (or all months). */
export function evidenceTotals(monthly, filter) {
  const table = pick(monthly, filter);
  if (table.numRows() === 0) return Object.fromEntries(COUNTS.map((c) => [c, 0]));
  return table.rollup(Object.fromEntries(COUNTS.map((c) => [c, op.sum(c)]))).object();
}

/** Per OPD for the month (or all months): the counts, OPDs with any event first. */
export function evidenceByOpd(monthly, filter) {
  return pick(monthly, filter)
    .groupby("opd_name")
    .rollup(Object.fromEntries(COUNTS.map((c) => [c, op.sum(c)])))
    .derive({apel_missed_pct: (d) => (d.apel_expected > 0 ? (100 * d.apel_missed) / d.apel_expected : null)})
    .orderby(aq.desc("apel_missed"), aq.desc("corrections_pending"), "opd_name")
    .objects();
}

/** Person rows filtered by month prefix of `date` (or `month`), OPD and, for corrections, status. */
export function evidenceRows(rows, {month = null, opd = null, status = null} = {}) {
  if (!rows.length) return [];
  const key = "month" in rows[0] ? "month" : "date"; // monthly rows carry `month`, daily rows `date`
  return aq.from(rows)
    .filter(aq.escape((d) => (month == null || String(d[key]).slice(0, 7) === month)
      && (opd == null || d.opd_name === opd)
      && (status == null || d.status === status)))
    .objects();
}

/** Missed apel per 100 roll calls by OPD (only OPDs that hold apel), the instansi's rate as a rule. */
export function apelChart(byOpd, {width, overall}) {
  const rows = byOpd.filter((d) => d.apel_expected > 0);
  const {chars, margin: marginLeft} = labelSpace(rows.map((d) => d.opd_name), width);
  width = plotWidth(width, marginLeft);
  return Plot.plot({
    width,
    height: Math.max(120, 22 * rows.length + 40),
    marginLeft,
    x: {label: "Apel tidak diikuti per 100 apel →", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, domain: rows.map((d) => d.opd_name), tickFormat: (d) => shortLabel(d, chars)},
    marks: [
      Plot.barX(rows, {y: "opd_name", x: "apel_missed_pct", fill: "var(--theme-foreground-muted)", tip: {
        format: {y: true, x: false},
        channels: {"Tidak diikuti": (d) => `${formatNumber(d.apel_missed)} dari ${formatNumber(d.apel_expected)} apel (${formatNumber(d.apel_missed_pct, 1)} per 100)`}
      }}),
      overall == null ? null : Plot.ruleX([overall], {stroke: "var(--theme-foreground)", strokeDasharray: "3,3"}),
      Plot.ruleX([0])
    ]
  });
}

/** "Desember 2025", or "semua bulan" for null. */
export const monthText = (month) => (month ? formatMonth(`${month}-01`) : "semua bulan");
