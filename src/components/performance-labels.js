// Display text and colours for the codes of the performance, award and IKP marts. Thresholds,
// weights and amounts are not here: they come from the config through the loaders.
import {html} from "npm:htl";
import {GRADE_COLORS, MEASURE_COLORS, MISSING_COLOR, STATUS_COLORS, inkOn} from "./palette.js";

/** PermenPANRB 6/2022 predikat, best first. */
export const PREDIKATS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"];
export const PREDIKAT_LABELS = {
  sangat_baik: "Sangat Baik",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang_misconduct: "Kurang/Misconduct",
  sangat_kurang: "Sangat Kurang"
};
export const PREDIKAT_COLORS = GRADE_COLORS;
/** The organisation's own predikat (SE MenPANRB 3/2023). */
export const UNIT_PREDIKAT_LABELS = {istimewa: "Istimewa", baik: "Baik", butuh_perbaikan: "Butuh Perbaikan", kurang: "Kurang", sangat_kurang: "Sangat Kurang"};
export const RATING_LABELS = {di_atas: "Di atas ekspektasi", sesuai: "Sesuai ekspektasi", di_bawah: "Di bawah ekspektasi"};

export const predikatLabel = (code) => PREDIKAT_LABELS[code] ?? UNIT_PREDIKAT_LABELS[code] ?? code ?? "–";

/** Productivity map quadrants (page_productivity_quadrants), in reading order. */
export const QUADRANTS = ["teladan", "produktif_kurang_disiplin", "rajin_kurang_hasil", "perlu_pembinaan"];
export const QUADRANT_LABELS = {
  teladan: "Produktif dan disiplin",
  produktif_kurang_disiplin: "Produktif tapi kurang disiplin",
  rajin_kurang_hasil: "Rajin tapi kurang hasil",
  perlu_pembinaan: "Perlu pembinaan"
};
export const QUADRANT_COLORS = [0, 2, 3, 4].map((i) => GRADE_COLORS[i]);

/** The five parts of the "ASN teladan" score (config.awards_weights). */
export const AWARD_COMPONENTS = ["predikat", "behaviour_360", "productivity", "discipline", "ikp"];
export const AWARD_COMPONENT_LABELS = {
  predikat: "Predikat SKP",
  behaviour_360: "Perilaku (360)",
  productivity: "Produktivitas",
  discipline: "Disiplin",
  ikp: "IKP"
};
export const AWARD_COMPONENT_COLORS = ["kinerja", "perilaku", "produktivitas", "disiplin", "ikp"].map((m) => MEASURE_COLORS[m]);

/** IKP outcomes (ikp_results), best first. */
export const IKP_STATUSES = ["on_time", "late", "overdue", "not_due"];
export const IKP_STATUS_LABELS = {on_time: "Tepat waktu", late: "Terlambat", overdue: "Belum selesai, lewat tenggat", not_due: "Belum selesai, belum jatuh tempo"};
export const IKP_STATUS_COLORS = [STATUS_COLORS.good, GRADE_COLORS[2], STATUS_COLORS.bad, MISSING_COLOR];

/** "2025-TW1" → "Triwulan I 2025"; "2025-S2" → "Semester II 2025"; "2025" → "Tahun 2025"; "TW3" → "Triwulan III". */
export function periodLabel(period) {
  const text = String(period ?? "");
  const [, year, kind, n] = /^(?:(\d{4})-?)?(TW|S|TAHUNAN)?(\d)?$/.exec(text) ?? [];
  const roman = ["", "I", "II", "III", "IV"][Number(n)] ?? n;
  const suffix = year ? ` ${year}` : "";
  if (kind === "TW") return `Triwulan ${roman}${suffix}`;
  if (kind === "S") return `Semester ${roman}${suffix}`;
  if (kind === "TAHUNAN") return `Tahunan${suffix}`;
  return year ? `Tahun ${year}` : text || "–";
}

export function badge(text, color) {
  return html`<span class="badge" style="display: inline-block; padding: 0 0.5em; border-radius: 0.75em; font-size: 0.85em; white-space: nowrap;
    background: ${color}; color: ${inkOn(color)};">${text}</span>`;
}

const colorOf = (list, colors, code) => colors[list.indexOf(code)] ?? STATUS_COLORS.neutral;
export const predikatBadge = (code) => (code ? badge(predikatLabel(code), colorOf(PREDIKATS, PREDIKAT_COLORS, code)) : "–");
export const quadrantBadge = (code) => (code ? badge(QUADRANT_LABELS[code] ?? code, colorOf(QUADRANTS, QUADRANT_COLORS, code)) : "–");
