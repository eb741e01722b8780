// Early warning (internal: names): who is one or two days from the next PP 94/2021 rung, or in a
// TK run nearing the consecutive-days rule, as of the last day in the data. People whose own last
// day is earlier (they left during the year) are not listed: the warning is about what comes next.
// Each row brings its ladder's texts (PNS: PP 94/2021; a PPPK only under the instansi's own PPPK
// ladder: by default PPPK stand on no rung and are never warned) and its run rule's length.
import { printQuery } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("discipline-early-warning.json"); // internal-only page: names and NIPs

await printQuery(`
  with latest as (
    select max(as_of) as as_of from marts.discipline_early_warning
  )
  select
    warning.nip,
    employees.name,
    warning.opd_code,
    employees.opd_name,
    warning.employee_type,
    strftime(warning.as_of, '%Y-%m-%d') as as_of,
    warning.days_total::integer as days_total,
    -- where they stand and what comes next
    warning.level,
    warning.sanction,
    warning.sanction_label,
    warning.next_level,
    warning.next_sanction,
    warning.days_to_next::integer as days_to_next,
    -- the current run of consecutive TK working days
    warning.current_run::integer as current_run,
    warning.run_days_to_dismissal::integer as run_days_to_dismissal,
    warning.run_min_days::integer as run_min_days,
    -- which threshold comes first, what it brings and in how many days (decided in the mart)
    warning.nearest,
    warning.target_level,
    warning.target_sanction,
    warning.target_sanction_label,
    warning.days_to_go::integer as days_to_go
  from marts.discipline_early_warning as warning
  inner join latest using (as_of)
  left join marts.employees as employees using (nip)
  order by days_to_go, warning.days_total desc, employees.opd_name, employees.name
`);
