// Evidence beside each recommendation: late arrival and early leave per month, only for the
// people with a recommendation (level above none) or with days counted on a ladder without
// sanctions (PPPK by default: evidence_only), and only months with minutes.
import { printQuery } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("discipline-evidence-minutes.json"); // internal-only page: names and NIPs

await printQuery(`
  with recommended as (
    select nip, year from marts.discipline_recommendations where level <> 'none' or evidence_only
  )
  select
    days.nip,
    strftime(date_trunc('month', days.date), '%Y-%m-%d') as month,
    (count(*) filter (where days.late_minutes > 0))::integer as late_days,
    sum(days.late_minutes)::integer as late_minutes,
    (count(*) filter (where days.early_minutes > 0))::integer as early_days,
    sum(days.early_minutes)::integer as early_minutes
  from marts.daily_attendance as days
  inner join recommended on recommended.nip = days.nip and recommended.year = year(days.date)
  group by all
  having sum(days.late_minutes) + sum(days.early_minutes) > 0
  order by days.nip, month
`);
