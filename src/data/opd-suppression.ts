// Small-group suppression for the OPD profile pages (public build, issue 6), privacy rather than
// a business rule. A count of 1 to k-1 people is never published ("<5"). Hiding that one cell is
// not enough when its neighbours and their total are on the same page (the OPD's headcount by
// type, 6 = 4 + "<5" gives the 2 back) or on the sibling pages (the kabupaten's berat count minus
// every other OPD's). So, as statistical offices do, a second cell is hidden in every row (an
// OPD's categories, whose total is shown) and every column (one category across the OPDs, whose
// kabupaten figure is shown) that would otherwise have exactly one hidden cell; repeated until
// nothing changes. Zero is published: "nobody" singles no one out.

export interface Count {
  /** The OPD, or null for the kabupaten (the column total). */
  opd_code: string | null;
  /** A set of categories whose counts add up to the row total (e.g. `employee_type`). */
  dimension: string;
  category: string;
  n: number;
  /** Preset to force a cell hidden (a figure derived from it would give it away). */
  suppressed?: boolean;
}

/**
 * Cells hidden in place. `rowTotals` maps a dimension to the dimension of its total cell (category
 * "semua", same OPD): `employee_type` -> `employees`. Each row (an OPD's categories and their total)
 * and each column (a category across the OPDs and the kabupaten cell) is an equation a reader can
 * solve; none may be left with exactly one hidden cell.
 */
export function suppressCounts<T extends Count>(cells: T[], k: number, rowTotals: Map<string, string>): (T & { suppressed: boolean })[] {
  const out = cells.map((cell) => ({ ...cell, suppressed: k > 0 && (cell.suppressed === true || (cell.n > 0 && cell.n < k)) }));
  if (!(k > 0)) return out;
  type Cell = T & { suppressed: boolean };

  // Hides the smallest shown non-zero cell of an equation that has exactly one hidden cell.
  const protect = (group: Cell[]): boolean => {
    if (group.filter((cell) => cell.suppressed).length !== 1) return false;
    const next = group.filter((cell) => !cell.suppressed && cell.n > 0).sort((a, b) => a.n - b.n)[0];
    if (!next) return false;
    next.suppressed = true;
    return true;
  };
  const groupBy = (key: (cell: Cell) => string | null): Cell[][] => {
    const groups = new Map<string, Cell[]>();
    for (const cell of out) {
      const id = key(cell);
      if (id == null) continue;
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id)!.push(cell);
    }
    return [...groups.values()];
  };
  // Rows: an OPD's (or the kabupaten's) categories of one dimension with their total cell.
  const totals = new Map(out.filter((cell) => cell.category === "semua").map((cell) => [`${cell.opd_code}\u0000${cell.dimension}`, cell]));
  const rows = groupBy((cell) => (rowTotals.has(cell.dimension) ? `${cell.opd_code}\u0000${cell.dimension}` : null)).map((row) => {
    const total = totals.get(`${row[0].opd_code}\u0000${rowTotals.get(row[0].dimension)}`);
    return total ? [...row, total] : row;
  });
  // Columns: one category across the OPDs, with the kabupaten cell (their published sum).
  const columns = groupBy((cell) => `${cell.dimension}\u0000${cell.category}`);

  for (let changed = true; changed; ) {
    changed = false;
    for (const equation of [...rows, ...columns]) changed = protect(equation) || changed;
  }
  return out;
}
