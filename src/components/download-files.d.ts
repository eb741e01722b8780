// Types of download-files.js for the unit tests (tsc does not read the browser-side JS).
export type Row = Record<string, unknown>;
export type Value = null | number | string | Date;

export interface ExportOptions {
  columns?: string[];
  header?: Record<string, unknown>;
  values?: Record<string, (row: any) => unknown>;
  sheet?: string;
}

export interface ExportColumn {
  key: string;
  label: string;
  value: (row: any) => unknown;
}

export interface XlsxCell {
  value: unknown;
  type?: unknown;
  format?: string;
  fontWeight?: string;
}

export const XLSX_TYPE: string;
export function exportColumns(rows: Row[], options?: ExportOptions): ExportColumn[];
export function downloadName(...parts: unknown[]): string;
export function tableRows(data: unknown): Row[];
export function columnOptions(columns: { key: string; label: unknown }[]): { columns: string[]; header: Record<string, unknown> };
export function exportValue(value: unknown): Value;
export function neutralise(text: string): string;
export function toExcelCsv(rows: Row[], options?: ExportOptions): string;
export function xlsxSheet(
  rows: Row[],
  options?: ExportOptions,
): { data: (XlsxCell | null)[][]; sheet: string; columns: { width: number }[]; stickyRowsCount: number };
export function toXlsxBlob(rows: Row[], options?: ExportOptions): Promise<Blob>;
