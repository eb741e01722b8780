// The discipline ladder in force per employee type (config schema: PNS the shipped PP 94/2021
// tables; PPPK the instansi's own table or, by default, the open PP 49/2018 Pasal 52 row). Pages
// order and explain the rungs from here; a row's sanction text and basis come with the row itself
// (sanction_label, legal_basis), never from a lookup by code. The run rule comes last per type
// (its min_days is the length of the run, `consecutive` says so).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select employee_type, min_days::integer as min_days, max_days::integer as max_days, level, sanction, sanction_label, legal_basis,
    false as consecutive
  from config.discipline_ladder
  union all
  select employee_type, min_consecutive_days::integer, null, level, sanction, sanction_label, legal_basis, true
  from config.discipline_run
  order by employee_type, consecutive, min_days
`);
