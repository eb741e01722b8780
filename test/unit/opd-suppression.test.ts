// Small-group suppression of the OPD profiles (public build): a count of 1-4 is hidden, and so is
// a second cell wherever the hidden one could be worked out from a shown total.
import { describe, expect, it } from "vitest";
import { suppressCounts, type Count } from "../../src/data/opd-suppression.ts";

const ROWS = new Map([["employee_type", "employees"]]);
const NONE = new Map<string, string>();
const cell = (opd_code: string | null, dimension: string, category: string, n: number): Count => ({ opd_code, dimension, category, n });
const hidden = (cells: ReturnType<typeof suppressCounts>) => cells.filter((c) => c.suppressed).map((c) => `${c.opd_code ?? "kab"}:${c.category}`).sort();

describe("suppressCounts", () => {
  it("internal build (k = 0): nothing hidden", () => {
    expect(hidden(suppressCounts([cell("A", "employee_type", "PPPK", 1)], 0, ROWS))).toEqual([]);
  });

  it("1 to 4 hidden, 0 and 5 shown (boundaries of k = 5)", () => {
    const cells = [cell("A", "x", "a", 0), cell("A", "x", "b", 1), cell("A", "x", "c", 4), cell("A", "x", "d", 5)];
    expect(hidden(suppressCounts(cells, 5, NONE))).toEqual(["A:b", "A:c"]);
  });

  it("row: PNS 5 + PPPK 1 = 6 shown, so PNS is hidden too", () => {
    const cells = [cell("A", "employees", "semua", 6), cell("A", "employee_type", "PNS", 5), cell("A", "employee_type", "PPPK", 1)];
    expect(hidden(suppressCounts(cells, 5, ROWS))).toEqual(["A:PNS", "A:PPPK"]);
  });

  it("row total: a small OPD's total hidden beside the kabupaten's hides a second OPD's total, and a category of that row", () => {
    const cells = [
      cell("A", "employees", "semua", 3), cell("A", "employee_type", "PNS", 3),
      cell("B", "employees", "semua", 9), cell("B", "employee_type", "PNS", 6), cell("B", "employee_type", "PPPK", 3),
      cell("C", "employees", "semua", 40), cell("C", "employee_type", "PNS", 40),
      cell(null, "employees", "semua", 52), cell(null, "employee_type", "PNS", 49), cell(null, "employee_type", "PPPK", 3),
    ];
    // primary: A's total and PNS (3), B's PPPK (3), the kabupaten's PPPK (3);
    // rows: B and the kabupaten hide their PNS; column "employees": B's total (9) protects A's (3)
    expect(hidden(suppressCounts(cells, 5, ROWS))).toEqual(["A:PNS", "A:semua", "B:PNS", "B:PPPK", "B:semua", "kab:PNS", "kab:PPPK"]);
  });

  it("row: the smallest other non-zero cell is the second one hidden", () => {
    const cells = [cell("A", "employees", "semua", 51), cell("A", "employee_type", "PNS", 40), cell("A", "employee_type", "PPPK", 2), cell("A", "employee_type", "lain", 0), cell("A", "employee_type", "x", 9)];
    expect(hidden(suppressCounts(cells, 5, ROWS))).toEqual(["A:PPPK", "A:x"]);
  });

  it("column: one OPD hidden beside a shown kabupaten total hides the next smallest OPD", () => {
    const cells = [cell("A", "pool", "semua", 3), cell("B", "pool", "semua", 7), cell("C", "pool", "semua", 20), cell(null, "pool", "semua", 30)];
    expect(hidden(suppressCounts(cells, 5, NONE))).toEqual(["A:semua", "B:semua"]);
  });

  it("a cell hidden for a column is protected in its own row in turn", () => {
    // B's PPPK (8) is hidden to protect A's PPPK (2) in the column; B's row then needs a second cell.
    const cells = [
      cell("A", "employee_type", "PNS", 30), cell("A", "employee_type", "PPPK", 2),
      cell("B", "employee_type", "PNS", 30), cell("B", "employee_type", "PPPK", 8),
      cell(null, "employee_type", "PNS", 60), cell(null, "employee_type", "PPPK", 10),
    ];
    expect(hidden(suppressCounts(cells, 5, ROWS))).toEqual(["A:PNS", "A:PPPK", "B:PNS", "B:PPPK"]);
  });

  it("a preset cell stays hidden", () => {
    const cells = [{ ...cell("A", "level", "none", 40), suppressed: true }, cell("A", "level", "ringan", 7)];
    expect(hidden(suppressCounts(cells, 5, NONE))).toEqual(["A:none"]);
  });
});
