// Charts of the succession and career pages (docs/aturan.md#talenta, #jpm): candidates' JPM against the
// position's standard, succession readiness per OPD, and one person's competencies against a
// standard. Category bounds come from rules.jpm_categories through the loaders.
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {formatNumber, formatPct} from "./format.js";
import {COMPETENCY_GROUP_LABELS, READINESS, READINESS_COLORS, READINESS_LABELS, competencyLabel} from "./talent-labels.js";
import {CATEGORY_COLORS, STATUS_COLORS} from "./palette.js";

/** The inner bounds of one JPM scale (80, 68 on the seleksi scale), with their category labels. */
function scaleBounds(categories, scale) {
  return categories
    .filter((c) => c.scale === scale && c.min_pct > 0)
    .sort((a, b) => b.min_pct - a.min_pct)
    .map((c) => ({pct: c.min_pct, label: `${c.label} ≥ ${formatPct(c.min_pct, 0)}`}));
}

/** candidates: talenta-suksesi/kandidat.csv rows of one position (converted), by rank. */
export function candidateJpm(candidates, categories, {width} = {}) {
  const label = (d) => `${d.rank}. ${d.name ?? d.nip}`;
  const {chars, margin} = labelSpace(candidates.map(label), width, {share: 0.3, max: 36});
  width = plotWidth(width, margin);
  const bounds = scaleBounds(categories, "seleksi");
  return Plot.plot({
    width: Math.max(width, margin + 240), // never an inverted range on a first, narrow layout
    height: candidates.length * 30 + 70,
    marginLeft: margin,
    marginRight: 60,
    marginTop: 28,
    x: {domain: [0, Math.max(100, ...candidates.map((d) => d.jpm_pct ?? 0))], grid: true, label: "JPM terhadap standar kompetensi jabatan sasaran (%) →", tickFormat: (d) => formatNumber(d)},
    y: {domain: candidates.map(label), label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {domain: READINESS, range: READINESS_COLORS, legend: true, tickFormat: (r) => READINESS_LABELS[r]},
    marks: [
      Plot.barX(candidates, {
        x: (d) => d.jpm_pct ?? 0,
        y: label,
        fill: "readiness",
        title: (d) => `${d.name ?? d.nip}\nJPM ${formatPct(d.jpm_pct)} · ${d.readiness_label}\nKotak ${d.box} · ${formatNumber(d.competencies_below)} kompetensi di bawah standar`,
        tip: true
      }),
      Plot.text(candidates, {x: (d) => d.jpm_pct ?? 0, y: label, text: (d) => (d.jpm_pct == null ? "JPM belum dapat dihitung" : formatPct(d.jpm_pct)), dx: 5, textAnchor: "start"}),
      Plot.ruleX(bounds, {x: "pct", stroke: "currentColor", strokeDasharray: "4 3"}),
      // the highest bound labelled to its right, the others to their left: they never overlap
      Plot.text(bounds.slice(0, 1), {x: "pct", text: "label", frameAnchor: "top", dy: -18, dx: 4, textAnchor: "start", fontSize: 11, fill: "currentColor"}),
      Plot.text(bounds.slice(1), {x: "pct", text: "label", frameAnchor: "top", dy: -18, dx: -4, textAnchor: "end", fontSize: 11, fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

/** Status of a position by its best candidate, best first (display order of the overview). */
export const POSITION_STATUSES = [...READINESS, "belum_dinilai", "tanpa_kandidat"];
export const POSITION_STATUS_LABELS = {
  siap: "Ada kandidat siap",
  siap_dengan_pengembangan: "Terbaik: siap dengan pengembangan",
  belum_siap: "Terbaik: belum siap",
  belum_dinilai: "Kandidat tanpa JPM",
  tanpa_kandidat: "Tanpa kandidat"
};
const POSITION_STATUS_COLORS = [...READINESS_COLORS, CATEGORY_COLORS[2], STATUS_COLORS.neutral];

/** A posisi.json row's status: that of its best candidate (the mart ranks them). */
export function positionStatus(d) {
  if (d.ready > 0) return "siap";
  if (d.ready_with_development > 0) return "siap_dengan_pengembangan";
  if (d.not_ready > 0) return "belum_siap";
  return d.candidates > 0 ? "belum_dinilai" : "tanpa_kandidat";
}

/** positions: talenta-suksesi/posisi.json rows with a `status` (POSITION_STATUSES), counted per OPD. */
export function readinessByOpd(positions, {width} = {}) {
  const opds = [...new Set(positions.map((d) => d.opd_name))];
  const share = (opd) => positions.filter((d) => d.opd_name === opd && d.status === "siap").length / positions.filter((d) => d.opd_name === opd).length;
  const order = opds.sort((a, b) => share(a) - share(b) || a.localeCompare(b));
  const {chars, margin} = labelSpace(order, width, {share: 0.34});
  width = plotWidth(width, margin);
  return Plot.plot({
    width: Math.max(width, margin + 200),
    height: Math.max(140, order.length * 22 + 70),
    marginLeft: margin,
    x: {label: "Jabatan eselon III dan IV →", grid: true, tickFormat: (d) => (Number.isInteger(d) ? formatNumber(d) : "")},
    y: {domain: order, label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {domain: POSITION_STATUSES, range: POSITION_STATUS_COLORS, legend: true, tickFormat: (s) => POSITION_STATUS_LABELS[s]},
    marks: [
      Plot.barX(positions, Plot.stackX(Plot.groupY({
        x: "count",
        title: (g) => `${g[0].opd_name}\n${POSITION_STATUS_LABELS[g[0].status]}: ${formatNumber(g.length)} jabatan\n${g.map((d) => d.position_name).filter(Boolean).join("\n")}`
      }, {y: "opd_name", fill: "status", order: POSITION_STATUSES, tip: true}))),
      Plot.ruleX([0])
    ]
  });
}

/**
 * One person's competencies against one standard: bar = level achieved (red where below the
 * standard), tick = level required. rows: {competency, competency_group, required, achieved}.
 */
export function competencyProfile(rows, {width, title} = {}) {
  const data = rows.filter((d) => d.required != null || d.achieved != null).map((d) => ({...d, gap: (d.achieved ?? 0) - (d.required ?? 0)}));
  const labels = data.map((d) => competencyLabel(d.competency));
  const {chars, margin} = labelSpace(labels, width, {share: 0.42, max: 34});
  width = plotWidth(width, margin);
  const max = Math.max(5, ...data.map((d) => Math.max(d.required ?? 0, d.achieved ?? 0)));
  return Plot.plot({
    width: Math.max(width, margin + 200),
    title,
    height: data.length * 26 + 60,
    marginLeft: margin,
    marginRight: 36,
    x: {domain: [0, max], ticks: max, grid: true, label: "Level kompetensi →", tickFormat: (d) => formatNumber(d)},
    y: {domain: labels, label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {domain: ["kurang", "memenuhi"], range: [STATUS_COLORS.bad, STATUS_COLORS.good], legend: true, tickFormat: (c) => (c === "kurang" ? "Di bawah standar" : "Memenuhi standar")},
    marks: [
      Plot.barX(data, {
        x: (d) => d.achieved ?? 0,
        y: (d) => competencyLabel(d.competency),
        fill: (d) => (d.gap < 0 ? "kurang" : "memenuhi"),
        fillOpacity: 0.85,
        insetTop: 4,
        insetBottom: 4,
        title: (d) => `${competencyLabel(d.competency)} (${COMPETENCY_GROUP_LABELS[d.competency_group] ?? d.competency_group})\n` +
          `Dicapai ${formatNumber(d.achieved)} · standar ${formatNumber(d.required)}${d.gap < 0 ? ` · kurang ${formatNumber(-d.gap)} level` : ""}`,
        tip: true
      }),
      Plot.tickX(data, {x: "required", y: (d) => competencyLabel(d.competency), stroke: "currentColor", strokeWidth: 2.5}),
      Plot.text(data.filter((d) => d.gap < 0), {x: "required", y: (d) => competencyLabel(d.competency), text: (d) => `−${formatNumber(-d.gap)}`, dx: 6, textAnchor: "start", fill: STATUS_COLORS.bad, fontWeight: "bold"}),
      Plot.ruleX([0])
    ]
  });
}
