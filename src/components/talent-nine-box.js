// The nine-box grid of PermenPANRB 3/2020 as an input: one button per box, laid out as the
// regulation's table (potensial rows high to low, kinerja columns low to high: box 9 top right,
// box 1 bottom left), each placed by its own levels from rules.permenpanrb_3_2020_nine_box.
// Its value is the selected box number; update(counts) refreshes the headcounts without
// recreating the buttons, so the selection and keyboard focus survive a change of filter.
import {html} from "npm:htl";
import {formatNumber, formatPercent} from "./format.js";
import {RATING_LABELS} from "./performance-labels.js";
import {PERFORMANCE_LEVELS, POTENTIAL_LABELS, POTENTIAL_LEVELS, boxColor, boxShortLabel} from "./talent-labels.js";
import {inkOn} from "./palette.js";

const STYLE = `
.nine-box { display: grid; grid-template-columns: minmax(6.5rem, auto) repeat(3, minmax(0, 1fr)); gap: 6px; }
.nine-box__row-label, .nine-box__col-label { font-size: 0.8rem; color: var(--theme-foreground-muted); line-height: 1.3; }
.nine-box__row-label { display: flex; flex-direction: column; justify-content: center; text-align: right; padding-right: 4px; }
.nine-box__col-label { text-align: center; padding-top: 2px; }
.nine-box__row-label strong, .nine-box__col-label strong { color: var(--theme-foreground); font-weight: 600; }
.nine-box__cell {
  font: inherit; text-align: left; cursor: pointer; min-width: 0; min-height: 6.5rem;
  display: flex; flex-direction: column; gap: 0.15rem; padding: 0.5rem 0.65rem;
  color: var(--theme-foreground); border: 2px solid color-mix(in srgb, var(--box-color) 45%, transparent); border-radius: 8px;
  background: color-mix(in srgb, var(--box-color) 14%, var(--theme-background));
}
.nine-box__cell:hover { background: color-mix(in srgb, var(--box-color) 24%, var(--theme-background)); }
.nine-box__cell:focus-visible { outline: 3px solid var(--theme-foreground-focus); outline-offset: 2px; }
.nine-box__cell[aria-pressed="true"] {
  border: 3px solid var(--theme-foreground); padding: calc(0.5rem - 1px) calc(0.65rem - 1px);
  background: color-mix(in srgb, var(--box-color) 32%, var(--theme-background));
}
.nine-box__head { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
.nine-box__num {
  display: inline-block; min-width: 1.7em; text-align: center; border-radius: 0.85em; font-weight: 700;
  background: var(--box-color); color: var(--box-ink);
}
.nine-box__picked { font-size: 0.75rem; font-weight: 600; visibility: hidden; }
.nine-box__cell[aria-pressed="true"] .nine-box__picked { visibility: visible; }
.nine-box__label { font-size: 0.78rem; line-height: 1.25; color: var(--theme-foreground-muted); }
.nine-box__count { font-size: 1.5rem; font-weight: 700; line-height: 1.1; margin-top: auto; }
.nine-box__count small { font-size: 0.78rem; font-weight: 400; color: var(--theme-foreground-muted); }
.nine-box__pool { font-size: 0.75rem; color: var(--theme-foreground-muted); }
`;

/** ["< 70", "70–< 85", "≥ 85"]: the three levels of one axis, lowest first, from its two cut-offs. */
export function rangeText(low, high) {
  return [`< ${formatNumber(low)}`, `${formatNumber(low)}–< ${formatNumber(high)}`, `≥ ${formatNumber(high)}`];
}

/**
 * grid: talenta/kotak.json; settings: talenta/pengaturan.json[0] (the cut-offs shown on the axes).
 * update(counts, total): counts is a Map box → {n, pool}; total the people in all boxes.
 */
export function nineBoxInput(grid, {settings = {}, value = 9, suppressed = "<5"} = {}) {
  const performanceRanges = rangeText(settings.performance_sesuai, settings.performance_di_atas);
  const potentialRanges = rangeText(settings.potential_menengah, settings.potential_tinggi);
  const buttons = new Map();
  const cells = [];
  for (const potential of [...POTENTIAL_LEVELS].reverse()) {
    cells.push(html`<div class="nine-box__row-label"><strong>Potensial ${POTENTIAL_LABELS[potential].toLowerCase()}</strong>
      <span>${potentialRanges[POTENTIAL_LEVELS.indexOf(potential)]}</span></div>`);
    for (const performance of PERFORMANCE_LEVELS) {
      const box = grid.find((d) => d.performance_level === performance && d.potential_level === potential);
      if (!box) {
        cells.push(html`<div></div>`);
        continue;
      }
      const color = boxColor(box.box);
      const button = html`<button type="button" class="nine-box__cell" data-box=${box.box} aria-pressed="false"
        title=${`Kotak ${box.box}: ${box.label}\nTindakan: ${box.actions}`}
        style=${`--box-color: ${color}; --box-ink: ${inkOn(color)};`}>
        <span class="nine-box__head"><span class="nine-box__num">${box.box}</span><span class="nine-box__picked">✓ dipilih</span></span>
        <span class="nine-box__label">${boxShortLabel(box)}</span>
        <span class="nine-box__count" data-count="0">0</span>
        <span class="nine-box__pool"></span>
      </button>`;
      buttons.set(box.box, {button, box});
      cells.push(button);
    }
  }
  const columns = PERFORMANCE_LEVELS.map((level, i) => html`<div class="nine-box__col-label"><strong>Kinerja ${RATING_LABELS[level].toLowerCase()}</strong><br>${performanceRanges[i]}</div>`);
  const root = html`<div class="nine-box-input">
    <style>${STYLE}</style>
    <div class="nine-box" role="group" aria-label="Matriks sembilan kotak manajemen talenta">${cells}<div></div>${columns}</div>
  </div>`;

  function sync() {
    for (const [box, {button}] of buttons) button.setAttribute("aria-pressed", String(box === root.value));
  }
  for (const [box, {button}] of buttons) {
    button.onclick = () => {
      root.value = box;
      sync();
      root.dispatchEvent(new Event("input", {bubbles: true}));
    };
  }

  root.update = (counts, total) => {
    for (const [box, {button, box: rule}] of buttons) {
      const {n = 0, pool = 0} = counts.get(box) ?? {};
      // null: suppressed in the public build (fewer than `suppressed` people behind the figure)
      const count = button.querySelector(".nine-box__count");
      count.dataset.count = String(n ?? "");
      count.replaceChildren(n == null ? suppressed : formatNumber(n), html`<small> orang${total && n != null ? ` · ${formatPercent(n / total)}` : ""}</small>`);
      button.querySelector(".nine-box__pool").textContent = !rule.succession_group ? ""
        : n == null || pool == null ? `masuk kelompok suksesi: ${n == null ? suppressed : `${suppressed} dikecualikan`}`
        : `${formatNumber(pool)} masuk kelompok suksesi${n > pool ? `, ${formatNumber(n - pool)} dikecualikan` : ""}`;
    }
  };

  root.value = value;
  sync();
  return root;
}
