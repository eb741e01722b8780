// Charts of the OPD profile (src/opd/[opd].md): always the OPD against the kabupaten, the OPD in
// dark slate, the kabupaten in light slate (palette categories). Months or people the public build left out are gaps.
import * as Plot from "npm:@observablehq/plot";
import {monthTicks} from "./axis.js";
import {formatMonth, formatNumber, monthTick, parseDate} from "./format.js";
import {CATEGORY_COLORS, INK, MISSING_COLOR, PROVISIONAL_COLORS, inkOn} from "./palette.js";

export const OPD_LABEL = "OPD ini";
export const KABUPATEN_LABEL = "Kabupaten";
export const WHO = [OPD_LABEL, KABUPATEN_LABEL];
export const WHO_COLORS = [CATEGORY_COLORS[0], CATEGORY_COLORS[3]]; // the OPD, the kabupaten
const HIDDEN_COLOR = MISSING_COLOR;
/** Never an inverted range on a first, narrow layout (resize may report a few pixels). */
export const MIN_WIDTH = 280;

/**
 * The OPD's monthly figure `y` beside the kabupaten's (dashed). opdRows/kabRows: {month, [y], hidden};
 * format: a value → text (axis and tip). provisional: months (YYYY-MM-01) whose data is not final
 * (docs/aturan.md#kelengkapan): their points are hollow grey, joined by a dotted line, so that a
 * month still being filled in never reads as a fall.
 */
export function compareByMonth(opdRows, kabRows, {y, label, format, width, hiddenText = "<5", behind = [], provisional = new Set()}) {
  width = Math.max(width, MIN_WIDTH);
  const mark = (who) => (d) => ({...d, who, date: parseDate(d.month), provisional: provisional.has(d.month)});
  const kabAll = kabRows.map(mark(KABUPATEN_LABEL));
  const opdAll = opdRows.map(mark(OPD_LABEL));
  const kab = kabAll.filter((d) => !d.provisional);
  const opd = opdAll.filter((d) => !d.provisional);
  // the last final point and every provisional one, for the dotted line into the months not final
  const tail = (rows) => [...rows.filter((d) => !d.provisional).slice(-1), ...rows.filter((d) => d.provisional)];
  const kabOf = new Map(kabAll.map((d) => [d.month, d[y]]));
  const text = (value) => (value == null ? "–" : format(value));
  return Plot.plot({
    width,
    height: 250,
    marginLeft: 56,
    marginBottom: 40,
    x: {type: "utc", label: null, ticks: monthTicks([...opdAll, ...kabAll].map((d) => d.date), width - 90), tickFormat: monthTick, inset: 14},
    y: {label, grid: true, nice: true, tickFormat: format},
    color: {legend: true, domain: WHO, range: WHO_COLORS},
    marks: [
      ...behind, // e.g. the hatched band of a month whose approvals are still open
      Plot.lineY(kab, {x: "date", y, stroke: (d) => d.who, strokeWidth: 1.5, strokeDasharray: "5,4"}),
      Plot.lineY(opd, {x: "date", y, stroke: (d) => d.who, strokeWidth: 2}),
      Plot.dot(opd, {x: "date", y, fill: (d) => d.who, r: 3}),
      ...(provisional.size ? [
        Plot.lineY(tail(opdAll), {x: "date", y, stroke: PROVISIONAL_COLORS.stroke, strokeWidth: 1.5, strokeDasharray: "1,3"}),
        Plot.lineY(tail(kabAll), {x: "date", y, stroke: PROVISIONAL_COLORS.stroke, strokeWidth: 1, strokeDasharray: "1,3"}),
        Plot.dot(opdAll.filter((d) => d.provisional), {x: "date", y, r: 3.5, fill: INK.light, stroke: PROVISIONAL_COLORS.stroke, strokeWidth: 1.5})
      ] : []),
      Plot.tip(opdAll, Plot.pointerX({
        x: "date",
        y: (d) => d[y] ?? kabOf.get(d.month),
        title: (d) => `${formatMonth(d.date)}${d.provisional ? " · angka sementara, data belum final" : ""}\n${OPD_LABEL}: ${d.hidden ? hiddenText : text(d[y])}\n${KABUPATEN_LABEL}: ${text(kabOf.get(d.month))}`
      }))
    ]
  });
}

/**
 * People on each rung (PP 94/2021 level) per 100 employees of the year, OPD beside kabupaten.
 * rows: {level, who, n (null when hidden), total}; levels and labels in display order.
 */
export function levelsChart(rows, {levels, labels, width, hiddenText = "<5"}) {
  width = Math.max(width, MIN_WIDTH);
  const data = rows.map((d) => ({...d, per100: d.n == null || !d.total ? null : (100 * d.n) / d.total}));
  return Plot.plot({
    width,
    height: 60 + levels.length * 56,
    marginLeft: 70,
    marginRight: 48,
    x: {label: "Pegawai per 100 pegawai →", grid: true, nice: true, tickFormat: (d) => formatNumber(d)},
    y: {axis: null, domain: WHO},
    fy: {label: null, domain: levels, tickFormat: (l) => labels[l] ?? l},
    color: {legend: true, domain: WHO, range: WHO_COLORS},
    marks: [
      Plot.barX(data, {
        x: "per100", y: "who", fy: "level", fill: "who",
        title: (d) => `${labels[d.level] ?? d.level}, ${d.who}: ${d.n == null ? hiddenText : formatNumber(d.n)} dari ${formatNumber(d.total)} pegawai`,
        tip: true
      }),
      Plot.text(data, {
        x: (d) => d.per100 ?? 0, y: "who", fy: "level", dx: 4, textAnchor: "start",
        text: (d) => (d.n == null ? `${hiddenText} orang` : formatNumber(d.per100, 1))
      }),
      Plot.ruleX([0])
    ]
  });
}

/**
 * Shares of the OPD's and the kabupaten's people by category (e.g. predikat): one stacked bar each;
 * hidden categories together as one grey part. rows: {who, category, n (null when hidden), total}.
 */
export function sharesChart(rows, {categories, labels, colors, width, hiddenLabel = "Disembunyikan (<5 per kategori)"}) {
  width = Math.max(width, MIN_WIDTH);
  const data = [];
  for (const who of WHO) {
    const ofWho = rows.filter((d) => d.who === who);
    const total = ofWho[0]?.total;
    if (!total) continue;
    for (const category of categories) {
      const n = ofWho.find((d) => d.category === category)?.n;
      if (n > 0) data.push({who, category, n, total, share: n / total});
    }
    const hidden = total - ofWho.reduce((sum, d) => sum + (d.n ?? 0), 0);
    if (hidden > 0 && ofWho.some((d) => d.n == null)) data.push({who, category: "hidden", n: hidden, total, share: hidden / total});
  }
  const domain = [...categories, ...(data.some((d) => d.category === "hidden") ? ["hidden"] : [])];
  const colorOf = (category) => (category === "hidden" ? HIDDEN_COLOR : colors[categories.indexOf(category)]);
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 80,
    x: {label: "Pegawai (% kelompok) →", domain: [0, 1], grid: true, tickFormat: (d) => `${formatNumber(100 * d, 0)}%`},
    y: {label: null, domain: WHO},
    color: {legend: true, domain, range: [...colors, HIDDEN_COLOR], tickFormat: (c) => (c === "hidden" ? hiddenLabel : labels[c] ?? c)},
    marks: [
      Plot.barX(data, Plot.stackX({
        x: "share", y: "who", fill: "category", order: domain,
        title: (d) => `${d.who}\n${d.category === "hidden" ? hiddenLabel : labels[d.category] ?? d.category}: ` +
          `${d.category === "hidden" ? "" : `${formatNumber(d.n)} dari ${formatNumber(d.total)} pegawai, `}${formatNumber(100 * d.share, 1)}%`,
        tip: true
      })),
      Plot.text(data, Plot.stackX({
        x: "share", y: "who", order: domain, z: "category",
        text: (d) => (d.share >= 0.08 && d.category !== "hidden" ? `${formatNumber(100 * d.share, 0)}%` : ""),
        fill: {value: (d) => inkOn(colorOf(d.category)), scale: null} // literal ink, not the color scale
      }))
    ]
  });
}
