// The periods of the periodic reports (issue 6): every award period of the data (docs/aturan.md#penghargaan)
// with its dates, as the pipeline defines them in marts.report_periods (the quarters, semesters
// and year of every year in the attendance calendar that has begun). Read by observablehq.config.ts (dynamicPaths), the
// report loaders and scripts/report.ts, so that all three agree on which reports exist.
import { existsSync } from "node:fs";
import { databasePath } from "./lib/env.ts";
import { queryRows } from "./lib/query.ts";

export type AwardLevel = "triwulan" | "semester" | "tahunan";

export interface ReportPeriod {
  period: string; // 2025-TW1, 2025-S1, 2025
  award_level: AwardLevel;
  year: number;
  period_start: string; // YYYY-MM-DD
  period_end: string;
  data_end: string; // the last attendance date inside the period (the period may be unfinished)
  previous: string; // the period before, of the same kind (2025-TW1 -> 2024-TW4)
  previous_start: string;
  previous_end: string;
}

/** SQL: one row per report period (marts.report_periods), oldest year first, then the year, semesters and quarters. */
export const REPORT_PERIODS_SQL = `
  select
    period,
    award_level,
    year,
    strftime(period_start, '%Y-%m-%d') as period_start,
    strftime(period_end, '%Y-%m-%d') as period_end,
    strftime(data_end, '%Y-%m-%d') as data_end,
    previous,
    strftime(previous_start, '%Y-%m-%d') as previous_start,
    strftime(previous_end, '%Y-%m-%d') as previous_end
  from marts.report_periods
  order by sort_order
`;

/** The report periods of the database at ASN_DB; none when there is no database yet. */
export async function reportPeriods(): Promise<ReportPeriod[]> {
  if (!existsSync(databasePath())) return [];
  return (await queryRows(REPORT_PERIODS_SQL)) as unknown as ReportPeriod[];
}
