// From record order to physical line numbers.
//
// DuckDB numbers records, not lines: it skips empty lines, and a quoted value may span lines. Rows
// are loaded with `source_line` = first record line + record index ("as if one line each"); these
// shifts correct that for the rare file where it is not true.

export interface LineShift {
  /** rows whose provisional line is in [from, to) ... */
  from: number;
  to: number;
  /** ... are really this many lines further down */
  add: number;
}

/**
 * @param first provisional (= real) line of the first record
 * @param blanks real numbers of the empty lines, ascending
 * @param spans records spanning more than one line: provisional line and the extra lines taken
 */
export function lineShifts(first: number, blanks: readonly number[], spans: readonly { line: number; extra: number }[]): LineShift[] {
  const shifts: LineShift[] = [];
  let add = 0;
  let from = first;
  let b = 0;
  let s = 0;
  while (b < blanks.length && blanks[b] < first) b++;
  for (;;) {
    // The first record pushed down by the next empty line, and the one after the next long record.
    const byBlank = b < blanks.length ? blanks[b] - add : Infinity;
    const bySpan = s < spans.length ? spans[s].line + 1 : Infinity;
    const at = Math.min(byBlank, bySpan);
    if (at === Infinity) break;
    if (at > from && add > 0) shifts.push({ from, to: at, add });
    if (at > from) from = at;
    if (byBlank <= bySpan) (add += 1), b++;
    else (add += spans[s].extra), s++;
  }
  if (add > 0) shifts.push({ from, to: Number.MAX_SAFE_INTEGER, add });
  return shifts;
}
