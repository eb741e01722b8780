// The home page's answer cards (marts.briefing_cards): the latest final period's ASN teladan, the OPD
// that got worse most, the recommendations awaiting a decision, and how complete the data is, each
// with the figure before it and its sparkline. No NIP on the home page; the teladan's name and
// scores only in the internal build (the public build names the OPD); a count of fewer than min_group_size people
// reads null in the public build.
import { printQuery } from "./lib/query.ts";
import { isPublic, suppressSmall, suppressionThreshold } from "./lib/profile.ts";

const k = await suppressionThreshold();
const internal = !isPublic();
// people counts (the recommendations awaiting a decision); the OPD card counts days, not people
const people = (n: string) => `case when cards.card = 'disiplin_menunggu' then ${suppressSmall(n, n, k)} else ${n} end`;

await printQuery(`
  select
    cards.card,
    cards.period,
    cards.period_label,
    ${internal ? "cards.value, cards.previous_value," : "case when cards.card = 'teladan' then null else cards.value end as value, case when cards.card = 'teladan' then null else cards.previous_value end as previous_value,"}
    cards.opd_code,
    opds.opd_name,
    ${internal ? "employees.name, employees.position_name," : "null as name, null as position_name,"}
    ${people("cards.n")} as n,
    cards.n_of,
    list_transform(cards.parts, (p) -> {label: p.label, n: ${suppressSmall("p.n", "p.n", k)}}) as parts,
    ${internal ? "cards.spark" : "case when cards.card = 'teladan' then [] else cards.spark end as spark"},
    -- the follow-up list is internal; the public build points at the trend of the same recommendations
    ${internal ? "cards.link" : "case when cards.card = 'disiplin_menunggu' then 'pages/disiplin-tren' else cards.link end as link"}
  from marts.briefing_cards as cards
  left join marts.opds as opds using (opd_code)
  left join marts.employees as employees using (nip)
  order by cards.position
`);
