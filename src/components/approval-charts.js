// e-Kinerja approval status of the logged minutes (docs/aturan.md#tpp, #penghargaan): approved (disetujui), still
// waiting (menunggu) and rejected (ditolak) per month, and the mark of a month whose approvals are
// still open (marts.productivity_months.approvals_open): hatched grey, never the red of a decline.
import * as aq from "npm:arquero";
import * as Plot from "npm:@observablehq/plot";
import {svg} from "npm:htl";
import {formatMonth, formatNumber, formatPct, monthTick, parseDate} from "./format.js";
import {monthTicks} from "./axis.js";
import {INK, MEASURE_COLORS, PROVISIONAL_COLORS, STATUS_COLORS} from "./palette.js";

const {op} = aq;

export const OPEN_LABEL = "persetujuan belum selesai";
export const STATUS_LABELS = {approved_minutes: "Disetujui", pending_minutes: "Menunggu persetujuan", rejected_minutes: "Ditolak"};
const APPROVAL_COLORS = [STATUS_COLORS.good, PROVISIONAL_COLORS.stroke, MEASURE_COLORS.penolakan];

let patterns = 0;
/** A diagonal grey hatch to fill with `url(#id)`: a function mark that only defines the pattern. */
export function hatch() {
  const id = `approvals-open-${++patterns}`;
  const mark = () => svg`<defs><pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="6" height="6" fill=${PROVISIONAL_COLORS.fill}></rect><line x1="0" y1="0" x2="0" y2="6" stroke=${PROVISIONAL_COLORS.stroke} stroke-width="2"></line></pattern></defs>`;
  return {id, fill: `url(#${id})`, mark};
}

/** Hours by approval status, stacked per month; a month with approvals open is labelled above its bar. rows: {month, approved_minutes, pending_minutes, rejected_minutes, approvals_open}. */
export function minutesByStatus(rows, {width, height = 260} = {}) {
  const long = aq.from(rows)
    .filter((d) => d.approved_minutes != null)
    .fold(Object.keys(STATUS_LABELS), {as: ["status", "minutes"]})
    .derive({label: aq.escape((d) => STATUS_LABELS[d.status]), hours: (d) => d.minutes / 60})
    .objects()
    .map((d) => ({...d, date: parseDate(d.month)}));
  const totals = aq.from(long).groupby("month", "approvals_open").rollup({hours: (d) => op.sum(d.hours)}).objects().map((d) => ({...d, date: parseDate(d.month)}));
  const hatched = hatch();
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    marginTop: 28,
    x: {type: "band", label: null, ticks: monthTicks(totals.map((d) => d.date), width - 90), tickFormat: monthTick},
    y: {label: "Jam aktivitas tercatat", grid: true, nice: true, tickFormat: (d) => formatNumber(d)},
    color: {legend: true, domain: Object.values(STATUS_LABELS), range: APPROVAL_COLORS},
    marks: [
      hatched.mark,
      // the month whose approvals are open: a hatched frame behind its bar, and its label on top
      Plot.barY(totals.filter((d) => d.approvals_open), {x: "date", y: "hours", fill: hatched.fill, insetTop: -20}),
      Plot.barY(long, {x: "date", y: "hours", fill: "label", order: Object.values(STATUS_LABELS),
        title: (d) => `${formatMonth(d.date)}${d.approvals_open ? ` · ${OPEN_LABEL}` : ""}\n${d.label}: ${formatNumber(d.hours, 0)} jam`, tip: true}),
      Plot.text(totals.filter((d) => d.approvals_open), {x: "date", y: "hours", text: () => OPEN_LABEL, dy: -30, fontSize: 10, fill: INK.muted, lineWidth: 8}),
      Plot.ruleY([0])
    ]
  });
}

/** Marks for a monthly line chart on a utc x scale: a hatched band over each month with approvals open, and its label. */
export function openMonthBands(rows) {
  const open = rows.filter((d) => d.approvals_open).map((d) => {
    const date = parseDate(d.month);
    return {...d, date, x1: new Date(+date - 14 * 864e5), x2: new Date(+date + 14 * 864e5)};
  });
  if (!open.length) return [];
  const hatched = hatch();
  return [
    hatched.mark,
    Plot.rect(open, {x1: "x1", x2: "x2", fill: hatched.fill, fillOpacity: 0.8}),
    Plot.text(open, {x: "date", frameAnchor: "top", text: () => OPEN_LABEL, dy: 4, fontSize: 10, fill: INK.muted, lineWidth: 7})
  ];
}

/** "Desember 2025 (13,0% menit masih menunggu)": the months with approvals open, for a note. */
export function openMonthsText(rows) {
  return rows.filter((d) => d.approvals_open).map((d) => `${formatMonth(d.month)} (${formatPct(d.pending_pct, 1)} menit masih menunggu)`).join(", ");
}
