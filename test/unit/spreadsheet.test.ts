// Reading workbooks: cells as the sheet holds them, in both Excel date systems and both formats.
// The fixtures were written by openpyxl and xlwt (test/fixtures/real-exports/make_fixtures.py), one
// workbook here by SheetJS with shared strings: never by the exceljs reader under test.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { cellText, prepareInputs } from "../../pipeline/ingest/prepare.ts";
import { readWorkbook, serialToCell, type Cell } from "../../pipeline/ingest/spreadsheet.ts";

const CELLS = join(import.meta.dirname, "../fixtures/real-exports/cells");
const expected = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/real-exports/expected.json"), "utf8")).cells;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "sheet-test-"));
  dirs.push(d);
  return d;
};

async function sheets(path: string) {
  const out: { name: string; rows: Map<number, Cell[]> }[] = [];
  for await (const sheet of readWorkbook(path)) {
    const rows = new Map<number, Cell[]>();
    for await (const row of sheet.rows) rows.set(row.number, row.cells);
    out.push({ name: sheet.name, rows });
  }
  return out;
}

interface ExpectedCell { row: number; label: string; reads_as: string; iso?: string; text?: string; number?: number; boolean?: boolean }

describe.each(["dates-1900.xlsx", "dates-1904.xlsx", "cells.xls"])("%s: every kind of cell", (file) => {
  it("reads dates, times, text, numbers, booleans and empty cells as the sheet holds them", async () => {
    const [sheet] = await sheets(join(CELLS, file));
    expect(sheet.name).toBe("Sel");
    const value = (row: number) => sheet.rows.get(row)?.[1] ?? null;
    for (const e of expected[file].rows as ExpectedCell[]) {
      const cell = value(e.row);
      const label = `${file} baris ${e.row} (${e.label})`;
      switch (e.reads_as) {
        case "date":
          expect(cell, label).toMatchObject({ kind: "date", date: e.iso, hasTime: false });
          expect(cellText(cell, "DATE"), label).toBe(e.iso);
          break;
        case "timestamp":
          expect(cellText(cell, "TIMESTAMP"), label).toBe(e.iso);
          expect(cellText(cell, "DATE"), label).toBe(e.iso!.slice(0, 10));
          expect(cellText(cell, "TIME"), label).toBe(e.iso!.slice(11));
          break;
        case "time":
          expect(cellText(cell, "TIME"), label).toBe(e.iso);
          break;
        case "text":
          expect(cell, label).toEqual({ kind: "text", text: e.text });
          break;
        case "number":
          expect(cell?.kind, label).toBe("number");
          if (e.number !== undefined) expect(cellText(cell, "DOUBLE"), label).toBe(String(e.number));
          break;
        case "boolean":
          expect(cell, label).toEqual({ kind: "bool", value: e.boolean });
          expect(cellText(cell, "VARCHAR"), label).toBe("true");
          break;
        case "empty":
        case "formula_without_cached_value":
          // No value was written: a reader must not invent one (openpyxl stores no cached result).
          expect(cellText(cell, "VARCHAR"), label).toBe("");
          break;
      }
    }
  });
});

describe("date serials", () => {
  it("1900 system: Excel's phantom 29 February 1900 (serial 60) is skipped; 1904 system starts at serial 0", () => {
    expect(serialToCell(1, false).date).toBe("1900-01-01");
    expect(serialToCell(59, false).date).toBe("1900-02-28");
    expect(serialToCell(61, false).date).toBe("1900-03-01");
    expect(serialToCell(45747, false).date).toBe("2025-03-31");
    expect(serialToCell(0, true).date).toBe("1904-01-01");
    expect(serialToCell(45747 - 1462, true).date).toBe("2025-03-31");
  });
  it("times to the nearest second, a fraction of a second before midnight rolling to the next day", () => {
    expect(serialToCell(0.3125, false).time).toBe("07:30:00");
    expect(serialToCell(45663 + (7 * 3600 + 25 * 60 + 13) / 86400, false)).toEqual({ kind: "date", date: "2025-01-06", time: "07:25:13", hasTime: true });
    expect(serialToCell(45747 + 0.9999999, false)).toMatchObject({ date: "2025-04-01", time: "00:00:00" });
  });
});

describe("a workbook with shared strings (as Excel writes it), written by SheetJS", () => {
  it("reads the strings, the date cells and the sheet names", async () => {
    const dir = temp();
    const wb = XLSX.utils.book_new();
    const rows = [["Rekap presensi Januari"], [], ["nip", "tanggal", "jam_masuk", "metode"], ["199504212023212008", new Date(Date.UTC(2025, 0, 6)), "07:28", "mobile"]];
    const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: "dd/mm/yyyy" });
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["catatan"]]), "Catatan");
    XLSX.utils.book_append_sheet(wb, ws, "Data");
    const path = join(dir, "rekap.xlsx");
    writeFileSync(path, XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: true }));
    expect(XLSX.read(readFileSync(path)).Sheets.Data).toBeDefined();
    const [notes, data] = await sheets(path);
    expect([notes.name, data.name]).toEqual(["Catatan", "Data"]);
    expect(data.rows.get(3)).toEqual(["nip", "tanggal", "jam_masuk", "metode"].map((text) => ({ kind: "text", text })));
    expect(cellText(data.rows.get(4)![1], "DATE")).toBe("2025-01-06");
  });
});

describe("a workbook written by exceljs's streaming writer (the sample's), two sheets", () => {
  it("reads every sheet by name, every time (exceljs's own streaming reader races on such files)", async () => {
    const path = join(temp(), "dua.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    writer.addWorksheet("Pertama").addRow(["a", "b"]).commit();
    const second = writer.addWorksheet("Kedua");
    second.addRow(["nip", "tanggal"]).commit();
    second.addRow(["199504212023212008", new Date(Date.UTC(2025, 0, 6))]).commit();
    second.getColumn(2).numFmt = "dd-mm-yyyy";
    await writer.commit();
    for (let i = 0; i < 10; i++) {
      const [a, b] = await sheets(path);
      expect([a.name, b.name]).toEqual(["Pertama", "Kedua"]);
      expect(cellText(b.rows.get(2)![1], "DATE")).toBe("2025-01-06");
    }
  });
});

describe("the extension does not decide the reader", () => {
  it("an .xlsx saved under .xls, and an .xls under .xlsx, are still read", async () => {
    const dir = temp();
    copyFileSync(join(CELLS, "dates-1900.xlsx"), join(dir, "a.xls"));
    copyFileSync(join(CELLS, "cells.xls"), join(dir, "b.xlsx"));
    for (const f of ["a.xls", "b.xlsx"]) expect((await sheets(join(dir, f)))[0].rows.get(2)?.[1], f).toMatchObject({ kind: "date", date: "2025-03-31" });
  });
});

describe("an HTML table saved as .xls (what many web applications export)", () => {
  it("is read as a sheet", async () => {
    const path = join(temp(), "rekap.xls");
    writeFileSync(path, "<html><body><table><tr><td>nip</td><td>tanggal</td></tr><tr><td>199504212023212008</td><td>06/01/2025</td></tr></table></body></html>");
    const [sheet] = await sheets(path);
    expect(sheet.rows.get(1)).toEqual([{ kind: "text", text: "nip" }, { kind: "text", text: "tanggal" }]);
    expect(cellText(sheet.rows.get(2)![0], "nip")).toBe("199504212023212008");
  });
});

describe("the header in the first 20 rows", () => {
  it("is found at row 15 below title rows, and not looked for at row 25", async () => {
    const dir = temp();
    for (const f of ["header-row-15.xlsx", "header-row-25.xlsx"]) copyFileSync(join(CELLS, f), join(dir, f));
    const units = await prepareInputs(dir, { workDir: temp() });
    expect(units.map((u) => [u.file, u.sheet, u.source?.name ?? null, u.matchedBy, u.headerRow])).toEqual([
      ["header-row-15.xlsx", "Presensi", "presensi", "judul_kolom", expected["header-row-15.xlsx"].header_row],
      ["header-row-25.xlsx", "Presensi", null, null, null],
    ]);
    // The converted sheet keeps the Excel row of every data row and the cells in the form each column reads.
    const csv = readFileSync(units[0].plan!.path, "utf8").trim().split("\n");
    expect(csv.map((l) => l.split(",")[0])).toEqual(expected["header-row-15.xlsx"].rows.map((r: { row: number }) => String(r.row)));
    expect(csv[0]).toContain(",2025-01-06,07:28:00,16:05:00,mobile");
  });

  it("a NIP in a number cell is flagged with the reason and the remedy, never repaired", async () => {
    const dir = temp();
    copyFileSync(join(CELLS, "dates-1900.xlsx"), join(dir, "dates.xlsx"));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["nip", "tanggal", "metode"], [198502142010011003, "2025-01-06", "mobile"]]), "Data");
    writeFileSync(join(dir, "presensi.xlsx"), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
    const [, unit] = await prepareInputs(dir, { workDir: temp() });
    const line = readFileSync(unit.plan!.path, "utf8").trim();
    expect(line).toMatch(/^2,nip,198502142010011\d{3},NIP tersimpan sebagai angka di Excel/);
    expect(line).toContain("format kolom NIP sebagai Teks");
  });
});
