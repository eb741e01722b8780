// One visual language for every page and component. Three families, and no colour in two of them:
// - status and grade: what a figure means for action (good, neutral, attention, bad; and the five
//   ordered grades from best to worst that predikat, ladder levels, readiness and nine-box rows use);
// - measures: one colour per measure (TK, terlambat, produktivitas, the parts of a score...),
//   the same on every page and in every report;
// - categories: neutral slate shades for groupings that are neither good nor bad (jabatan types).
// Plus the hatched grey of a provisional figure (a month whose data is not final) and the grey of
// "no data". Heatmaps follow one rule (heatmapColor): darker means more of the measure, and the
// legend says whether more is better. No component writes a colour of its own: a test fails on a
// colour literal outside this file, and the browser test on a legend swatch or badge off this palette.
// observablehq.config.ts puts PALETTE_CSS in every page's head.

/** Best to worst. */
export const GRADE_COLORS = ["#1a7f4b", "#7fbf7b", "#e9b949", "#e07b39", "#b3261e"];
/** attention is darker than the middle grade so that it reads as text and as a border. */
export const STATUS_COLORS = {good: GRADE_COLORS[0], neutral: "#6b7280", attention: "#b7791f", bad: GRADE_COLORS[4]};
/** Three grades (best, middle, worst): readiness, JPM categories, nine-box rows. */
export const GRADE3_COLORS = [GRADE_COLORS[0], GRADE_COLORS[2], GRADE_COLORS[4]];
export const MISSING_COLOR = "#bdbdbd";
export const PROVISIONAL_COLORS = {fill: "#ececec", stroke: "#9a9a9a"};
/** Text colours: on a dark and a light fill, print black, and the grey of a side note. */
export const INK = {dark: "#222222", light: "#ffffff", print: "#000000", muted: "#555555"};
/** The house colour: the logo and the report's title, never a data encoding. */
export const BRAND_COLOR = "#1f5f8b";

export const MEASURE_COLORS = {
  hadir: "#1f5f8b",
  izin: "#9ecae1", // izin, sakit, cuti, dinas: absent with a reason
  tanpa_keterangan: "#7f1d1d",
  terlambat: "#b15928",
  pulang_cepat: "#9edae5",
  tidak_absen_masuk: "#6a51a3",
  tidak_absen_pulang: "#c5b0d5",
  luar_lokasi: "#0f766e",
  tanpa_aktivitas: "#8c6d31",
  kinerja: "#4e79a7", // SKP predikat, the performance part of a score
  perilaku: "#af7aa1", // 360
  produktivitas: "#393b79",
  disiplin: "#7f1d1d", // the discipline part of a score is the TK family's colour
  ikp: "#17becf",
  kompetensi: "#ce6dbd",
  pengembangan: "#bcbd22",
  tpp: "#637939",
  penolakan: "#d6616b", // rejected rows and activities
  skor: "#005f73" // a composite score (merit, ASN teladan)
};

export const CATEGORY_COLORS = ["#2d3e50", "#52677d", "#7d91a6", "#a9b8c7", "#d3dbe3"];

/** Dark ink on a light fill, light ink on a dark one (relative luminance, WCAG). */
export function inkOn(fill) {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill ?? "")?.[1];
  if (!hex) return INK.dark;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.3 ? INK.dark : INK.light;
}

/**
 * The one heatmap rule: darker = more of the measure, whatever the measure; the legend says which
 * way is better. better: "lower" (TK, deductions: warm scale) or "higher" (productivity, scores:
 * cool scale).
 */
export function heatmapColor({label, better, ...options}) {
  const direction = better === "higher" ? "tinggi lebih baik" : "rendah lebih baik";
  return {
    type: "linear",
    scheme: better === "higher" ? "Blues" : "OrRd",
    width: 420, // the ramp legend's title does not wrap: room for it
    ...options,
    label: `${label} · lebih gelap = lebih banyak, ${direction}`
  };
}

export const PALETTE_CSS = `:root {
  --status-good: ${STATUS_COLORS.good}; --status-neutral: ${STATUS_COLORS.neutral};
  --status-attention: ${STATUS_COLORS.attention}; --status-bad: ${STATUS_COLORS.bad};
  --provisional-fill: ${PROVISIONAL_COLORS.fill}; --provisional-stroke: ${PROVISIONAL_COLORS.stroke};
  --ink-print: ${INK.print}; --ink-muted: ${INK.muted}; --brand: ${BRAND_COLOR};
}
.status-good { color: var(--status-good); } .status-neutral { color: var(--status-neutral); }
.status-attention { color: var(--status-attention); } .status-bad { color: var(--status-bad); }
.finding { margin: 0 0 0.75rem; max-width: 62rem; font-size: 1.15rem; font-weight: 600; line-height: 1.4; }
.trust-line { margin: 0.25rem 0 1rem; padding: 0.4rem 0.75rem; max-width: none; font-size: 0.9rem; line-height: 1.4;
  border-left: 4px solid var(--status-good); background: color-mix(in srgb, var(--status-good) 7%, transparent); }
.trust-line--partial { border-left-color: var(--status-attention); background: color-mix(in srgb, var(--status-attention) 9%, transparent); }
.trust-line a { white-space: nowrap; }
@media print { .trust-line { break-inside: avoid; } .trust-line a { display: none; } }`;

/** Every colour of the palette, for the tests. */
export const PALETTE = [
  ...GRADE_COLORS, ...Object.values(STATUS_COLORS), MISSING_COLOR, ...Object.values(PROVISIONAL_COLORS),
  ...Object.values(INK), BRAND_COLOR, ...Object.values(MEASURE_COLORS), ...CATEGORY_COLORS
];
