// Types of palette.js for observablehq.config.ts, which puts PALETTE_CSS in every page's head.
export const STATUS_COLORS: { good: string; neutral: string; attention: string; bad: string };
export const PROVISIONAL_COLORS: { fill: string; stroke: string };
export const PALETTE_CSS: string;
