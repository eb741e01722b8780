// Merit (docs/aturan.md#merit): each OPD's spread of individual merit scores, the mean of every component
// per OPD, and one person's score split into its weighted components. Weights come from
// config.merit_weights through the loader; quantiles from marts.merit_unit_summary.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, shortLabel, plotWidth} from "./axis.js";
import {formatNumber, formatPct} from "./format.js";
import {INK, MEASURE_COLORS, heatmapColor} from "./palette.js";

/** The five components of the merit score (config.merit_weights), with their display names. */
export const MERIT_COMPONENTS = ["performance", "discipline", "competency", "development", "ikp"];
export const MERIT_COMPONENT_LABELS = {performance: "Kinerja", discipline: "Disiplin", competency: "Kompetensi", development: "Pengembangan", ikp: "IKP"};
export const MERIT_COMPONENT_COLORS = ["kinerja", "disiplin", "kompetensi", "pengembangan", "ikp"].map((m) => MEASURE_COLORS[m]);

/**
 * units: merit/opd.json of one year (quantiles per OPD); people: merit/skor.csv of the same year
 * (converted). A band from the 25th to the 75th percentile, a tick at the median, one dot per
 * person; OPDs sorted by median, highest first.
 */
export function scoreByOpd(units, people, {width} = {}) {
  const scored = units.filter((d) => d.scored > 0);
  const order = [...scored].sort((a, b) => b.median_score - a.median_score || a.opd_name.localeCompare(b.opd_name)).map((d) => d.opd_name);
  const nameOf = new Map(units.map((d) => [d.opd_code, d.opd_name]));
  const dots = people.filter((d) => d.score != null).map((d) => ({...d, opd_name: nameOf.get(d.opd_code) ?? d.opd_code}));
  const {chars, margin} = labelSpace(order, width, {share: 0.32});
  width = plotWidth(width, margin);
  const min = d3.min(scored, (d) => d.min_score ?? d.p25_score) ?? 0; // no min_score in the public build
  return Plot.plot({
    width: Math.max(width, margin + 240), // never an inverted range on a first, narrow layout
    height: Math.max(160, order.length * 22 + 60),
    marginLeft: margin,
    marginRight: 40,
    x: {domain: [Math.min(50, Math.floor(min / 10) * 10), 100], grid: true, label: "Skor merit individu (0–100) →", tickFormat: (d) => formatNumber(d)},
    y: {domain: order, label: null, tickFormat: (d) => shortLabel(d, chars)},
    marks: [
      Plot.ruleY(scored, {y: "opd_name", x1: "min_score", x2: "max_score", stroke: "currentColor", strokeOpacity: 0.3}),
      Plot.barX(scored, {y: "opd_name", x1: "p25_score", x2: "p75_score", fill: MEASURE_COLORS.skor, fillOpacity: 0.25, insetTop: 4, insetBottom: 4}),
      Plot.dot(dots, {x: "score", y: "opd_name", r: 2, fill: MEASURE_COLORS.skor, fillOpacity: 0.45, title: (d) => `${d.name ?? d.nip}\nSkor ${formatNumber(d.score, 2)}`, tip: true}),
      Plot.tickX(scored, {x: "median_score", y: "opd_name", stroke: INK.dark, strokeWidth: 2.5, insetTop: 2, insetBottom: 2,
        title: (d) => `${d.opd_name}\nMedian ${formatNumber(d.median_score, 1)} · kuartil ${formatNumber(d.p25_score, 1)}–${formatNumber(d.p75_score, 1)}\n` +
          `${formatNumber(d.scored)} dari ${formatNumber(d.employees)} pegawai bernilai`, tip: true}),
      Plot.text(scored, {x: 100, y: "opd_name", text: (d) => formatNumber(d.median_score, 1), dx: 6, textAnchor: "start", fill: INK.dark})
    ]
  });
}

/** Component means per OPD (merit/opd.json of one year) as a heatmap, OPDs in `order`. */
export function componentHeatmap(units, {width, order} = {}) {
  const data = units.flatMap((d) => MERIT_COMPONENTS.map((c) => ({opd_name: d.opd_name, component: c, value: d[`mean_${c}`]})));
  const {chars, margin} = labelSpace(order ?? units.map((d) => d.opd_name), width, {share: 0.33});
  width = plotWidth(width, margin);
  return Plot.plot({
    width: Math.max(width, margin + MERIT_COMPONENTS.length * 48), // never an inverted range on a first, narrow layout
    height: Math.max(160, (order ?? units).length * 22 + 60),
    marginLeft: margin,
    marginRight: 0,
    marginTop: 40,
    // long names on two lines, so that neighbouring columns' names never overlap
    x: {domain: MERIT_COMPONENTS, axis: "top", label: null, tickFormat: (c) => ({competency: "Kompe-\ntensi", development: "Pengem-\nbangan"})[c] ?? MERIT_COMPONENT_LABELS[c]},
    y: {domain: order, label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {legend: true, ...heatmapColor({label: "Rata-rata komponen (0–100)", better: "higher", domain: [0, 100], tickFormat: (d) => formatNumber(d)})},
    marks: [
      Plot.cell(data, {x: "component", y: "opd_name", fill: (d) => d.value, inset: 0.5,
        title: (d) => `${d.opd_name}\n${MERIT_COMPONENT_LABELS[d.component]}: ${d.value == null ? "tidak ada data" : formatNumber(d.value, 1)}`, tip: true}),
      Plot.text(data, {x: "component", y: "opd_name", text: (d) => (d.value == null ? "–" : formatNumber(d.value, 0)),
        fill: (d) => (d.value != null && d.value >= 60 ? INK.light : INK.dark), fontSize: 11})
    ]
  });
}

/**
 * One person's five components, 0-100, each labelled with its weight; a component without data
 * is named as such (its weight went to the others). person: a merit/skor.csv row (converted);
 * weights: merit/bobot.json.
 */
export function componentBars(person, weights, {width} = {}) {
  const label = (w) => `${MERIT_COMPONENT_LABELS[w.component] ?? w.component} (bobot ${formatPct(w.weight, 0)})`;
  const data = weights.map((w) => ({...w, label: label(w), points: person[w.component]}));
  const {margin} = labelSpace(data.map((d) => d.label), width, {share: 0.4});
  width = plotWidth(width, margin);
  return Plot.plot({
    width: Math.max(width, margin + 240),
    height: data.length * 28 + 50,
    marginLeft: margin,
    marginRight: 120,
    x: {domain: [0, 100], grid: true, label: "Poin komponen (0–100) →", tickFormat: (d) => formatNumber(d)},
    y: {domain: data.map((d) => d.label), label: null},
    marks: [
      Plot.barX(data.filter((d) => d.points != null), {x: "points", y: "label", fill: (d) => MERIT_COMPONENT_COLORS[MERIT_COMPONENTS.indexOf(d.component)], insetTop: 4, insetBottom: 4}),
      Plot.text(data, {x: (d) => d.points ?? 0, y: "label", dx: 6, textAnchor: "start",
        text: (d) => (d.points == null ? "tidak ada data: bobotnya dibagi ke komponen lain" : formatNumber(d.points, 1))}),
      Plot.ruleX([0])
    ]
  });
}
