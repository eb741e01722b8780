// Recorded discipline decisions (SK) that match no recommendation of the pipeline (internal).
import { printQuery } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("discipline-decisions-unmatched.json"); // internal-only page: names and NIPs

await printQuery(`
  select
    followup.nip,
    employees.name,
    employees.opd_code,
    employees.opd_name,
    followup.year::integer as year,
    followup.decree_number,
    strftime(followup.decree_date, '%Y-%m-%d') as decree_date,
    followup.decided_sanction
  from marts.discipline_followup as followup
  left join marts.employees as employees using (nip)
  where followup.followup_status = 'tanpa_rekomendasi'
  order by followup.decree_date desc, followup.decree_number
`);
