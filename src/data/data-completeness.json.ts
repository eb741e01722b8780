// Coverage of every source per month or period (marts.data_completeness), for Kualitas Data. Counts
// of employee-days, minutes and employees only: no personal data, both builds.
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select source, period_kind, period, period_label, strftime(period_start, '%Y-%m-%d') as period_start,
    strftime(period_end, '%Y-%m-%d') as period_end, unit, expected::double as expected, covered::double as covered,
    pending::double as pending, covered_pct, pending_pct,
    opds_without_data, strftime(data_through, '%Y-%m-%d') as data_through, status, note
  from marts.data_completeness
  order by source, period`);
