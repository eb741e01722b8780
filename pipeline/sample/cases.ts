// The deliberately planted cases and dirt rows, returned to the caller for tests.

export interface SampleCase {
  /** The employee concerned ("" for a unit- or file-level case). */
  nip: string;
  /** Case name, e.g. "tk_days_14", "tk_consecutive_10", "dirt_nip_scientific". */
  case: string;
  detail: string;
  /**
   * For dirt: the file (relative to the out dir) and the 1-based line number (a CSV's header is
   * line 1); in a workbook, the Excel row number (title rows 1-3, header row 4, data from row 5).
   */
  file?: string;
  line?: number;
}

export class CaseLog {
  readonly cases: SampleCase[] = [];

  add(nip: string, name: string, detail: string, file?: string, line?: number): void {
    const c: SampleCase = { nip, case: name, detail };
    if (file !== undefined) c.file = file;
    if (line !== undefined) c.line = line;
    this.cases.push(c);
  }
}
