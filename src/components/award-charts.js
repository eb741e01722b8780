// The "ASN teladan" score of each listed candidate, split into its five weighted parts
// (page_award_breakdown, docs/aturan.md#penghargaan); winners marked.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {formatNumber} from "./format.js";
import {AWARD_COMPONENT_COLORS, AWARD_COMPONENT_LABELS, AWARD_COMPONENTS} from "./performance-labels.js";

/**
 * candidates: penghargaan/kandidat.json rows of one period (best first); parts: rincian.csv rows
 * of the same period, converted (points, weight, contribution as numbers).
 */
export function scoreBreakdown(candidates, parts, {width} = {}) {
  const label = (d) => `${d.winner ? "★ " : ""}${d.name ?? d.nip} (${d.opd_name ?? "–"})`;
  const byNip = new Map(candidates.map((d) => [d.nip, d]));
  const data = parts.filter((p) => byNip.has(p.nip)).map((p) => ({...p, candidate: byNip.get(p.nip)}));
  const labels = candidates.map(label);
  const {chars, margin} = labelSpace(labels, width, {share: 0.42, max: 46});
  width = plotWidth(width, margin);
  return Plot.plot({
    width,
    height: Math.max(120, candidates.length * 24 + 70),
    marginLeft: margin,
    marginRight: 48,
    x: {label: "Skor ASN teladan (0–100), bagian dari setiap unsur menurut bobotnya →", domain: [0, 100], grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, domain: labels, tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, domain: AWARD_COMPONENTS, range: AWARD_COMPONENT_COLORS, tickFormat: (c) => AWARD_COMPONENT_LABELS[c]},
    marks: [
      Plot.barX(data, Plot.stackX({
        x: "contribution",
        y: (d) => label(d.candidate),
        fill: "component",
        order: AWARD_COMPONENTS,
        title: (d) =>
          `${d.candidate.name ?? d.nip}\n${AWARD_COMPONENT_LABELS[d.component]}: ${d.points == null ? "tidak ada data" : `${formatNumber(d.points, 1)} poin`}` +
          ` × bobot ${formatNumber(d.weight)}% = ${formatNumber(d.contribution, 2)}` +
          (d.quarters > 1 ? `\n(rata-rata ${formatNumber(d.quarters)} triwulan)` : ""),
        tip: true
      })),
      Plot.text(candidates, {x: (d) => d.score, y: label, text: (d) => formatNumber(d.score, 2), dx: 6, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
}

/** The five points of one candidate in AWARD_COMPONENTS order, "100 · 85 · – · 99 · 100" for a table cell. */
export function pointsText(parts) {
  const byComponent = d3.index(parts, (p) => p.component);
  return AWARD_COMPONENTS.map((c) => (byComponent.get(c)?.points == null ? "–" : formatNumber(byComponent.get(c).points, 0))).join(" · ");
}
