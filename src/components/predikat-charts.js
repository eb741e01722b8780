// Predikat kinerja per unit against the SE MenPANRB 3/2023 curve (docs/aturan.md#predikat), and the 360
// results still pending per OPD (docs/aturan.md#360).
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, wrapLabel, plotWidth} from "./axis.js";
import {formatNumber} from "./format.js";
import {PREDIKAT_COLORS, PREDIKAT_LABELS, PREDIKATS, UNIT_PREDIKAT_LABELS} from "./performance-labels.js";
import {MEASURE_COLORS, STATUS_COLORS} from "./palette.js";

const pct = (value, digits = 1) => (value == null ? "–" : `${formatNumber(value, digits)}%`);

/** rows: predikat/distribusi.json of one year; units that break their curve first, flagged on the right. */
export function distributionByUnit(rows, {width} = {}) {
  const units = rows.filter((d) => d.n > 0);
  const data = units.flatMap((d) => PREDIKATS.map((p) => ({...d, predikat: p, count: d[`n_${p}`], share: d[`n_${p}`] / d.n})));
  const order = [...units].sort((a, b) => Number(!!b.breaks_curve) - Number(!!a.breaks_curve) || b.n_sangat_baik / b.n - a.n_sangat_baik / a.n);
  const {chars, margin} = labelSpace(units.map((d) => d.unit_name), width, {share: 0.34});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(160, units.length * 22 + 70),
    marginLeft: margin,
    marginRight: 110,
    x: {label: "Pegawai menurut predikat (% unit) →", domain: [0, 1], grid: true, tickFormat: (d) => pct(100 * d, 0)},
    y: {label: null, domain: order.map((d) => d.unit_name), tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, domain: PREDIKATS, range: PREDIKAT_COLORS, tickFormat: (p) => PREDIKAT_LABELS[p]},
    marks: [
      Plot.barX(data, Plot.stackX({
        x: "share",
        y: "unit_name",
        fill: "predikat",
        order: PREDIKATS,
        title: (d) =>
          `${d.unit_name} (organisasi: ${UNIT_PREDIKAT_LABELS[d.organisation_predikat] ?? "tanpa predikat"})\n` +
          `${PREDIKAT_LABELS[d.predikat]}: ${formatNumber(d.count)} dari ${formatNumber(d.n)} pegawai (${pct(100 * d.share)})`,
        tip: true
      })),
      Plot.text(units, {
        x: 1,
        y: "unit_name",
        dx: 6,
        textAnchor: "start",
        text: (d) => (d.breaks_curve ? "⚠ melanggar kurva" : d.organisation_predikat ? UNIT_PREDIKAT_LABELS[d.organisation_predikat] : "tidak diperiksa"),
        fill: (d) => (d.breaks_curve ? STATUS_COLORS.bad : "currentColor")
      })
    ]
  });
}

/** rows: predikat/kurva.json; each bound as a tick, the unit's share as a dot, red when it breaks. */
export function curveChecks(rows, {width} = {}) {
  const data = rows.map((d) => ({...d, label: `${d.unit_name} — ${d.description}`}));
  const {chars, margin} = labelSpace(data.map((d) => d.label), width, {share: 0.5, max: 48});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(120, data.length * 38 + 60),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Pegawai dengan predikat yang diatur (% unit) →", domain: [0, 100], grid: true, tickFormat: (d) => pct(d, 0)},
    y: {label: null, domain: data.map((d) => d.label), tickFormat: (d) => wrapLabel(d, chars, 2)},
    marks: [
      Plot.link(data, {x1: "bound_pct", x2: "actual_pct", y1: "label", y2: "label", stroke: (d) => (d.passed ? STATUS_COLORS.neutral : STATUS_COLORS.bad), strokeWidth: 2}),
      Plot.tickX(data, {x: "bound_pct", y: "label", stroke: "currentColor", strokeWidth: 2}),
      Plot.dot(data, {
        x: "actual_pct",
        y: "label",
        r: 5,
        fill: (d) => (d.passed ? STATUS_COLORS.good : STATUS_COLORS.bad),
        title: (d) =>
          `${d.unit_name}\n${d.description}: ada ${pct(d.actual_pct)} (${formatNumber(d.n_matching)} dari ${formatNumber(d.n)} pegawai)\n` +
          `${d.passed ? "Sesuai kurva" : "Melanggar kurva"} · ${d.legal_basis}`,
        tip: true
      })
    ]
  });
}

/** rows: predikat/status-360.json of one period; OPD with pending results, most first. */
export function pendingByOpd(rows, {width} = {}) {
  const data = rows.filter((d) => d.pending > 0);
  const {chars, margin} = labelSpace(data.map((d) => d.opd_name), width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(100, data.length * 24 + 50),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Hasil 360 tertunda (orang) →", grid: true, tickFormat: (d) => (Number.isInteger(d) ? formatNumber(d) : "")},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    marks: [
      Plot.barX(data, {
        x: "pending",
        y: "opd_name",
        fill: MEASURE_COLORS.perilaku,
        sort: {y: "-x"},
        title: (d) => `${d.opd_name}\n${formatNumber(d.pending)} tertunda, ${formatNumber(d.final)} final`,
        tip: true
      }),
      Plot.ruleX([0])
    ]
  });
}
