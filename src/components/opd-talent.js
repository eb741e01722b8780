// Merit and talent of the OPD profile (src/opd/[opd].md): the mean merit components of the OPD
// beside the kabupaten's, and the PermenPANRB 3/2020 nine-box grid with the OPD's headcount in
// each box and the kabupaten's share of that box. Static: the interactive grid with names is on
// the talent page (internal build).
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {formatNumber} from "./format.js";
import {MERIT_COMPONENT_LABELS, MERIT_COMPONENTS} from "./merit-charts.js";
import {KABUPATEN_LABEL, MIN_WIDTH, OPD_LABEL, WHO, WHO_COLORS} from "./opd-charts.js";
import {PERFORMANCE_LEVELS, PERFORMANCE_SHORT, POTENTIAL_LABELS, POTENTIAL_LEVELS, boxColor} from "./talent-labels.js";

/** opd, kabupaten: figures objects with merit_<component> means (0-100; null when hidden or without data). */
export function meritComponents(opd, kabupaten, {width}) {
  width = Math.max(width, MIN_WIDTH);
  const data = MERIT_COMPONENTS.flatMap((c) => [
    {component: c, who: OPD_LABEL, value: opd[`merit_${c}`]},
    {component: c, who: KABUPATEN_LABEL, value: kabupaten[`merit_${c}`]}
  ]).filter((d) => d.value != null);
  return Plot.plot({
    width,
    height: 60 + MERIT_COMPONENTS.length * 34,
    marginLeft: 100,
    marginRight: 92,
    x: {domain: [0, 100], grid: true, label: "Poin rata-rata (0–100) →", tickFormat: (d) => formatNumber(d)},
    y: {domain: MERIT_COMPONENTS, label: null, tickFormat: (c) => MERIT_COMPONENT_LABELS[c]},
    color: {legend: true, domain: WHO, range: WHO_COLORS},
    marks: [
      Plot.ruleY(MERIT_COMPONENTS, {y: (c) => c, stroke: "currentColor", strokeOpacity: 0.1}),
      Plot.tickX(data.filter((d) => d.who === KABUPATEN_LABEL), {x: "value", y: "component", stroke: "who", strokeWidth: 3}),
      Plot.dot(data.filter((d) => d.who === OPD_LABEL), {x: "value", y: "component", fill: "who", r: 6}),
      // the two values as text in the right margin: "86,1 / 80,3" (OPD / kabupaten)
      Plot.text(MERIT_COMPONENTS, {
        x: 100, y: (c) => c, dx: 10, textAnchor: "start", fill: "currentColor",
        text: (c) => `${formatNumber(opd[`merit_${c}`], 1)} / ${formatNumber(kabupaten[`merit_${c}`], 1)}`
      }),
      Plot.tip(data, Plot.pointer({x: "value", y: "component", title: (d) => `${MERIT_COMPONENT_LABELS[d.component]}, ${d.who}: ${formatNumber(d.value, 1)} poin`}))
    ]
  });
}

const STYLE = `
.opd-nine-box { display: grid; grid-template-columns: auto repeat(3, minmax(0, 1fr)); gap: 5px; }
.opd-nine-box__label { font-size: 0.78rem; color: var(--theme-foreground-muted); line-height: 1.25; }
.opd-nine-box__row { display: flex; align-items: center; justify-content: flex-end; text-align: right; padding-right: 4px; }
.opd-nine-box__col { text-align: center; }
.opd-nine-box__cell {
  min-width: 0; min-height: 4.6rem; padding: 0.35rem 0.5rem; border-radius: 8px; display: flex; flex-direction: column; gap: 0.1rem;
  border: 2px solid color-mix(in srgb, var(--box-color) 45%, transparent);
  background: color-mix(in srgb, var(--box-color) 14%, var(--theme-background));
}
.opd-nine-box__num { font-size: 0.75rem; font-weight: 700; color: var(--theme-foreground-muted); }
.opd-nine-box__count { font-size: 1.35rem; font-weight: 700; line-height: 1.1; }
.opd-nine-box__kab { font-size: 0.72rem; color: var(--theme-foreground-muted); margin-top: auto; white-space: nowrap; }
`;

/**
 * grid: kabupaten.json settings.nine_box; count(box): the OPD's people in a box (null when hidden);
 * kabShare(box): the kabupaten's share of its mapped people in that box (0-1).
 */
export function nineBoxCounts(grid, {count, kabShare, hiddenText = "<5"}) {
  const cells = [];
  for (const potential of [...POTENTIAL_LEVELS].reverse()) {
    cells.push(html`<div class="opd-nine-box__label opd-nine-box__row">Potensial<br>${POTENTIAL_LABELS[potential].toLowerCase()}</div>`);
    for (const performance of PERFORMANCE_LEVELS) {
      const box = grid.find((d) => d.performance_level === performance && d.potential_level === potential);
      const n = count(box.box);
      cells.push(html`<div class="opd-nine-box__cell" style=${`--box-color: ${boxColor(box.box)}`} title=${box.label} data-box=${box.box}>
        <span class="opd-nine-box__num">Kotak ${box.box}</span>
        <span class="opd-nine-box__count">${n == null ? hiddenText : formatNumber(n)}</span>
        <span class="opd-nine-box__kab" title="bagian kabupaten di kotak ini">kab. ${formatNumber(100 * kabShare(box.box), 0)}%</span>
      </div>`);
    }
  }
  cells.push(html`<div></div>`);
  for (const performance of PERFORMANCE_LEVELS) {
    cells.push(html`<div class="opd-nine-box__label opd-nine-box__col">Kinerja ${PERFORMANCE_SHORT[performance].toLowerCase()}</div>`);
  }
  return html`<div><style>${STYLE}</style><div class="opd-nine-box">${cells}</div></div>`;
}
