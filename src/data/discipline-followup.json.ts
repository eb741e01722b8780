// BKPSDM's follow-up list (internal: names and NIPs): every recommendation that reached a rung of
// the employee type's ladder (PNS: PP 94/2021; PPPK only under an instansi's own PPPK ladder), its
// evidence (TK dates; the minutes are in discipline-evidence-minutes.json) and the recorded
// decision beside it. The sanction text and basis are the recommendation's own.
import { printQuery } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("discipline-followup.json"); // internal-only page: names and NIPs

await printQuery(`
  select
    -- who
    recommendations.nip,
    employees.name,
    employees.opd_code,
    employees.opd_name,
    recommendations.year::integer as year,
    recommendations.employee_type,
    -- the count: real TK days + days converted from late/early minutes = total
    recommendations.days_tk::integer as days_tk,
    recommendations.late_early_minutes::integer as late_early_minutes,
    recommendations.days_equivalent::integer as days_equivalent,
    recommendations.days_total::integer as days_total,
    recommendations.max_consecutive_tk::integer as max_consecutive_tk,
    -- the rung reached
    recommendations.level,
    recommendations.sanction,
    recommendations.sanction_label,
    strftime(recommendations.reached_on, '%Y-%m-%d') as reached_on,
    recommendations.legal_basis,
    list_transform(recommendations.tk_dates, d -> strftime(d, '%Y-%m-%d')) as tk_dates,
    -- the recorded decision (SK hukuman disiplin), if any
    followup.decree_number,
    strftime(followup.decree_date, '%Y-%m-%d') as decree_date,
    followup.decided_sanction,
    followup.followup_status
  from marts.discipline_recommendations as recommendations
  left join marts.discipline_followup as followup
    on followup.nip = recommendations.nip
    and followup.year = recommendations.year
    and followup.followup_status <> 'tanpa_rekomendasi'
  left join marts.employees as employees on employees.nip = recommendations.nip
  where recommendations.level <> 'none'
  order by recommendations.year desc, recommendations.days_total desc, employees.name
`);
