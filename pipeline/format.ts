// Indonesian number and duration formats for everything the CLI prints (1.234,5).
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** Seconds with one decimal and the Indonesian abbreviation: "1,8 dtk". */
export function formatSeconds(ms: number): string {
  return `${oneDecimal.format(ms / 1000)} dtk`;
}
