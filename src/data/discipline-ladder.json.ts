// The PP 94/2021 ladder as shipped (rules schema): every page takes the text of a sanction code,
// its level and its legal basis from here, never from its own copy. The consecutive-days rule
// comes last (its min_days is the length of the run, `consecutive` says so).
import { printQuery } from "./lib/query.ts";

await printQuery(`
  select min_days::integer as min_days, max_days::integer as max_days, level, sanction, sanction_label, legal_basis,
    false as consecutive
  from rules.pp94_2021_ladder
  union all
  select min_consecutive_days::integer, null, level, sanction, sanction_label, legal_basis, true
  from rules.pp94_2021_consecutive
  order by consecutive, min_days
`);
