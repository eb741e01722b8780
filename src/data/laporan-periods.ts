// The periods of the periodic reports (issue 6): every award period of the data (rules.md §11)
// with its dates, as the pipeline defines them in intermediate.int_award_periods (the quarters,
// semesters and year of every year in the attendance calendar). A period that starts after the
// last attendance date has no report yet. Read by observablehq.config.ts (dynamicPaths), the
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

/** SQL: one row per report period, oldest year first, then the year, semesters and quarters. */
export const REPORT_PERIODS_SQL = `
  with calendar as (
    select start_date, end_date from intermediate.int_period
  ),

  periods as (
    select
      periods.period,
      periods.award_level,
      periods.year::integer as year,
      periods.period_start,
      periods.period_end,
      least(periods.period_end, calendar.end_date) as data_end,
      -- the same kind of period just before: a quarter or a semester back, or the year before
      case periods.award_level when 'triwulan' then 3 when 'semester' then 6 else 12 end as months
    from intermediate.int_award_periods as periods
    cross join calendar
    where periods.period_start <= calendar.end_date
  )

  select
    period,
    award_level,
    year,
    strftime(period_start, '%Y-%m-%d') as period_start,
    strftime(period_end, '%Y-%m-%d') as period_end,
    strftime(data_end, '%Y-%m-%d') as data_end,
    case award_level
      when 'triwulan' then year(period_start - interval 3 month) || '-TW' || quarter(period_start - interval 3 month)
      when 'semester' then year(period_start - interval 6 month) || '-S' || (quarter(period_start - interval 6 month) + 1) // 2
      else (year - 1)::varchar
    end as previous,
    strftime(period_start - to_months(months), '%Y-%m-%d') as previous_start,
    strftime(period_start - interval 1 day, '%Y-%m-%d') as previous_end
  from periods
  order by year, case award_level when 'tahunan' then 0 when 'semester' then 1 else 2 end, period_start
`;

/** The report periods of the database at ASN_DB; none when there is no database yet. */
export async function reportPeriods(): Promise<ReportPeriod[]> {
  if (!existsSync(databasePath())) return [];
  return (await queryRows(REPORT_PERIODS_SQL)) as unknown as ReportPeriod[];
}
