// Display text and colours for the talent, competency and merit marts (docs/aturan.md#talenta, #jpm, #merit). Cut-offs,
// weights and categories are not here: they come from config and rules tables through the loaders.
import {html} from "npm:htl";
import {formatNumber, formatPct} from "./format.js";
import {POSITION_LABELS} from "./headcount-chart.js";
import {badge} from "./performance-labels.js";
import {GRADE3_COLORS, STATUS_COLORS} from "./palette.js";

/** Nine-box axes, low to high (the levels of rules.permenpanrb_3_2020_nine_box). */
export const PERFORMANCE_LEVELS = ["di_bawah", "sesuai", "di_atas"];
export const POTENTIAL_LEVELS = ["rendah", "menengah", "tinggi"];
export const PERFORMANCE_SHORT = {di_bawah: "Di bawah", sesuai: "Sesuai", di_atas: "Di atas"};
export const POTENTIAL_LABELS = {rendah: "Rendah", menengah: "Menengah", tinggi: "Tinggi"};

/** Boxes in three rows of the grid by number: 7-9 (succession group), 4-6, 1-3. */
export const BOX_GROUP_COLORS = {3: GRADE3_COLORS[0], 2: GRADE3_COLORS[1], 1: GRADE3_COLORS[2]};
export const boxGroup = (box) => Math.ceil(box / 3);
export const boxColor = (box) => BOX_GROUP_COLORS[boxGroup(box)] ?? STATUS_COLORS.neutral;
/** "Kinerja di atas · potensial tinggi", from the box's two levels. */
export const boxShortLabel = (d) => `Kinerja ${PERFORMANCE_SHORT[d.performance_level]?.toLowerCase()} · potensial ${POTENTIAL_LABELS[d.potential_level]?.toLowerCase()}`;
export const boxBadge = (box) => (box == null || box === "" ? "–" : badge(`Kotak ${box}`, boxColor(+box)));

/** Readiness of a succession candidate (marts.talent_succession), best first. */
export const READINESS = ["siap", "siap_dengan_pengembangan", "belum_siap"];
export const READINESS_LABELS = {siap: "Siap", siap_dengan_pengembangan: "Siap dengan pengembangan", belum_siap: "Belum siap"};
export const READINESS_COLORS = GRADE3_COLORS;
export const readinessBadge = (code) => (code ? badge(READINESS_LABELS[code] ?? code, READINESS_COLORS[READINESS.indexOf(code)] ?? STATUS_COLORS.neutral) : "–");

/** JPM categories (rules.jpm_categories) of one scale, best first, as badges coloured like readiness. */
export function jpmBadge(categories, scale, code) {
  const ofScale = categories.filter((c) => c.scale === scale);
  const i = ofScale.findIndex((c) => c.category === code);
  return i < 0 ? "–" : badge(ofScale[i].label, READINESS_COLORS[i] ?? STATUS_COLORS.neutral);
}

/** "JPM ≥ 80%: Memenuhi Syarat; 68–< 80%: Masih Memenuhi Syarat; < 68%: Kurang Memenuhi Syarat". */
export function jpmScaleText(categories, scale) {
  return categories
    .filter((c) => c.scale === scale)
    .map((c) => `${c.max_pct == null ? `≥ ${formatPct(c.min_pct, 0)}` : c.min_pct > 0 ? `${formatNumber(c.min_pct)}–< ${formatPct(c.max_pct, 0)}` : `< ${formatPct(c.max_pct, 0)}`}: ${c.label}`)
    .join("; ");
}

/** The citation of a rules table, before its colon ("Peraturan BKN 26/2019"). */
export const citation = (rows) => String(rows[0]?.legal_basis ?? "").split(":")[0] || "–";

/** "pengembangan_diri_dan_orang_lain" → "Pengembangan diri dan orang lain" (as marts.talent_career writes it). */
export const competencyLabel = (code) => {
  const text = String(code ?? "").replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
export const COMPETENCY_GROUP_LABELS = {manajerial: "Manajerial", sosial_kultural: "Sosial kultural", teknis: "Teknis"};

/** "Administrator III.b", "Fungsional". */
export const positionClass = (type, echelon) => [POSITION_LABELS[type] ?? type ?? "–", echelon || ""].join(" ").trim();

/** A CSV cell as a number (null when empty): loaders' CSV arrive as strings. */
export const num = (value) => (value === "" || value == null ? null : +value);
export const bool = (value) => value === true || value === "true";

/** An Inputs.table cell with long text: shown cut, whole on hover. */
export const longText = (text) => (text ? html`<span title=${text}>${text}</span>` : "–");

/**
 * A KPI figure, coloured when `tone` (a status class of palette.js: "status-bad", "status-attention", "status-good") is set. Framework 1.13 does not
 * interpolate ${…} inside the attributes of a page's static HTML, so the class is set here.
 */
export const bigNumber = (text, tone) => html`<span class=${tone ? `big ${tone}` : "big"}>${text}</span>`;
