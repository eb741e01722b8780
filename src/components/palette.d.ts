// Types of palette.js for observablehq.config.ts (PALETTE_CSS in every page's head) and the tests.
export const GRADE_COLORS: string[];
export const GRADE3_COLORS: string[];
export const STATUS_COLORS: { good: string; neutral: string; attention: string; bad: string };
export const MISSING_COLOR: string;
export const PROVISIONAL_COLORS: { fill: string; stroke: string };
export const BRAND_COLOR: string;
export const INK: { dark: string; light: string; print: string; muted: string };
export const MEASURE_COLORS: Record<string, string>;
export const CATEGORY_COLORS: string[];
export const PALETTE: string[];
export const PALETTE_CSS: string;
export function inkOn(fill: string): string;
export function heatmapColor(options: { label: string; better: "higher" | "lower"; [key: string]: unknown }): Record<string, unknown>;
