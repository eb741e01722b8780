// Days counted on a ladder that names no sanction (internal: names and NIPs): by default every
// PPPK with TK or converted days. PP 94/2021 does not apply to them (PP 49/2018 Pasal 52: the PPK
// and the perjanjian kerja decide), so these are evidence, never a recommendation; the text and
// basis are the row's own.
import { printQuery } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("discipline-evidence-only.json"); // internal-only page: names and NIPs

await printQuery(`
  select
    evidence.nip,
    employees.name,
    employees.opd_code,
    employees.opd_name,
    evidence.year::integer as year,
    evidence.employee_type,
    evidence.days_tk::integer as days_tk,
    evidence.late_early_minutes::integer as late_early_minutes,
    evidence.days_equivalent::integer as days_equivalent,
    evidence.days_total::integer as days_total,
    evidence.max_consecutive_tk::integer as max_consecutive_tk,
    evidence.sanction_label,
    evidence.legal_basis,
    list_transform(evidence.tk_dates, d -> strftime(d, '%Y-%m-%d')) as tk_dates
  from marts.discipline_recommendations as evidence
  left join marts.employees as employees using (nip)
  where evidence.evidence_only
  order by evidence.year desc, evidence.days_total desc, employees.name
`);
