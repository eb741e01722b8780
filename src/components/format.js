// Indonesian number and date formats (1.234,5; 17 Agustus 2025) for every page and chart.
// Dates from the loaders are ISO "YYYY-MM-DD" calendar dates: they are read and formatted in UTC
// so that no time zone can move them to the day before (Plot's time scales are UTC too).

const LOCALE = "id-ID";
const cache = new Map();

function formatter(kind, options) {
  const key = kind + JSON.stringify(options);
  if (!cache.has(key)) {
    cache.set(key, kind === "number" ? new Intl.NumberFormat(LOCALE, options) : new Intl.DateTimeFormat(LOCALE, {timeZone: "UTC", ...options}));
  }
  return cache.get(key);
}

/** 1234.5 → "1.234,5"; `digits` fixes the number of decimals (default: up to 1). */
export function formatNumber(value, digits) {
  if (value == null || Number.isNaN(value)) return "–";
  const options = digits === undefined ? {maximumFractionDigits: 1} : {minimumFractionDigits: digits, maximumFractionDigits: digits};
  return formatter("number", options).format(value);
}

/** A share 0–1 → "93,4%". */
export function formatPercent(share, digits = 1) {
  if (share == null || Number.isNaN(share)) return "–";
  return formatter("number", {style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits}).format(share);
}

/** "2025-08-17" or a Date → a UTC Date (null when missing). */
/** A value already in percent (2.5 -> "2,5%"); "–" when missing. formatPercent takes a share (0-1). */
export function formatPct(value, digits = 1) {
  return value == null || Number.isNaN(value) ? "–" : `${formatNumber(value, digits)}%`;
}

export function parseDate(value) {
  if (value == null || value === "") return null;
  if (value instanceof Date) return value;
  const [y, m, d] = String(value).slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d || 1));
}

/** "2025-08-17" → "17 Agustus 2025". */
export function formatDate(value) {
  const date = parseDate(value);
  return date ? formatter("date", {day: "numeric", month: "long", year: "numeric"}).format(date) : "–";
}

/** "2025-08-01" → "Agustus 2025"; style "short" → "Agu 2025"; style "month" → "Agu". */
export function formatMonth(value, style = "long") {
  const date = parseDate(value);
  if (!date) return "–";
  if (style === "month") return formatter("date", {month: "short"}).format(date).replace(/\.$/, "");
  return formatter("date", {month: style === "short" ? "short" : "long", year: "numeric"}).format(date).replace(".", "");
}

/** A month tick: "Jan", with the year on January and on the first tick ("Jan\n2025"). */
export function monthTick(value, i) {
  const date = parseDate(value);
  if (!date) return "";
  const month = formatMonth(date, "month");
  return i === 0 || date.getUTCMonth() === 0 ? `${month}\n${date.getUTCFullYear()}` : month;
}

/** "2025-07-01" → "Triwulan III 2025 (Jul–Sep)". */
export function formatQuarter(value) {
  const date = parseDate(value);
  if (!date) return "–";
  const q = Math.floor(date.getUTCMonth() / 3);
  const last = new Date(Date.UTC(date.getUTCFullYear(), q * 3 + 2, 1));
  return `Triwulan ${["I", "II", "III", "IV"][q]} ${date.getUTCFullYear()} (${formatMonth(new Date(Date.UTC(date.getUTCFullYear(), q * 3, 1)), "month")}–${formatMonth(last, "month")})`;
}
