// One visual language for every page and component: the four status colours (good, neutral,
// attention, bad), the hatched grey of a provisional figure (a month whose data is not final), and
// the same colours as CSS variables (observablehq.config.ts puts PALETTE_CSS in every page's head).
export const STATUS_COLORS = {good: "#1a7f4b", neutral: "#6b7280", attention: "#b7791f", bad: "#b3261e"};
export const PROVISIONAL_COLORS = {fill: "#ececec", stroke: "#9a9a9a"};

export const PALETTE_CSS = `:root {
  --status-good: ${STATUS_COLORS.good}; --status-neutral: ${STATUS_COLORS.neutral};
  --status-attention: ${STATUS_COLORS.attention}; --status-bad: ${STATUS_COLORS.bad};
  --provisional-fill: ${PROVISIONAL_COLORS.fill}; --provisional-stroke: ${PROVISIONAL_COLORS.stroke};
}
.trust-line { margin: 0.25rem 0 1rem; padding: 0.4rem 0.75rem; max-width: none; font-size: 0.9rem; line-height: 1.4;
  border-left: 4px solid var(--status-good); background: color-mix(in srgb, var(--status-good) 7%, transparent); }
.trust-line--partial { border-left-color: var(--status-attention); background: color-mix(in srgb, var(--status-attention) 9%, transparent); }
.trust-line a { white-space: nowrap; }
@media print { .trust-line { break-inside: avoid; } .trust-line a { display: none; } }`;
