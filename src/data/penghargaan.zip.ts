// "ASN teladan" awards (docs/aturan.md#penghargaan) as one archive (one loader process, one database open):
// kandidat.json (each quarter's nominees and winners, each semester's shortlist, the year's
// candidates, with rank, score and the pipeline's reason; internal: names), rincian.csv (the five
// parts of each of those scores), pengecualian.json (who was not eligible in a period, and why),
// senyap.json (quiet performers), pengaturan.json (the award settings used), periode.json (per
// period: candidates, nominees, winners and people not eligible) and ringkasan.json (whole
// kabupaten: people not eligible in any period, quiet performers).
// Public build: the four person-level members are empty, and a count of fewer than
// min_group_size people is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const count = (filter: string) => suppressSmall(`count(*) filter (where ${filter})`, `(count(*) filter (where ${filter}))::integer`, k);

// The people the page lists (nominees, winners, shortlists, the year's candidates): marts.awards.on_page.
const listed = "awards.on_page";
// Who a row is about, for the two person lists (internal build only: personRows).
const person = "awards.period, awards.award_level, awards.nip, employees.name, employees.opd_name";

const files: [string, string][] = [
  ["kandidat.json", personRows(`
    select
      ${person},
      awards.rank,
      awards.kabupaten_rank,
      awards.score,
      awards.selected,
      awards.winner,
      awards.predikat,
      awards.reason
    from marts.awards as awards
    left join marts.employees as employees using (nip)
    where ${listed}
    order by awards.period, awards.winner desc, awards.selected desc, awards.score desc, awards.rank`)],
  ["rincian.csv", personRows(`
    select
      parts.period,
      parts.nip,
      parts.component,
      parts.quarters,
      round(parts.points, 2) as points,
      parts.weight,
      round(parts.contribution, 3) as contribution
    from marts.page_award_breakdown as parts
    inner join marts.awards as awards using (period, nip)
    where ${listed}
    order by parts.period, parts.nip, parts.component`)],
  ["pengecualian.json", personRows(`
    select
      ${person},
      awards.score,
      awards.reason
    from marts.awards as awards
    left join marts.employees as employees using (nip)
    where not awards.eligible
    order by awards.period, employees.opd_name, employees.name`)],
  ["senyap.json", personRows(`
    select
      quiet.year::integer as year,
      quiet.nip,
      employees.name,
      quiet.opd_code,
      quiet.opd_name,
      quiet.productivity_pct::double as productivity_pct,
      quiet.behaviour_score::double as behaviour_score,
      quiet.annual_predikat,
      quiet.best_opd_rank::integer as best_opd_rank,
      quiet.reason
    from marts.quiet_performers as quiet
    left join marts.employees as employees using (nip)
    order by quiet.year desc, quiet.productivity_pct desc`)],
  // months_left_out: the period's months whose data is not final (the scores are provisional);
  // missing_360: its quarters without any final 360 score (marts.data_completeness), whose
  // behaviour part is then 0 for everyone
  ["periode.json", `
    select
      awards.period,
      any_value(awards.award_level) as award_level,
      ${count("awards.eligible")} as eligible,
      ${count(listed)} as listed,
      ${count("awards.eligible and awards.winner")} as winners,
      ${count("not awards.eligible")} as not_eligible,
      any_value(left_out.months_left_out) as months_left_out,
      any_value(missing.quarters) as missing_360,
      -- the winners' OPD (never a name): what the public build may say, as the home page's card does
      string_agg(distinct opds.opd_name, ', ') filter (where awards.eligible and awards.winner) as winner_opds
    from marts.awards as awards
    inner join marts.report_periods as periods using (period)
    left join marts.opds as opds using (opd_code)
    left join marts.report_period_left_out as left_out
      on left_out.period = awards.period and left_out.which = 'current' and left_out.source = 'semua'
    left join (
      select periods.period, string_agg(completeness.period_label, ', ' order by completeness.period) as quarters
      from marts.report_periods as periods
      inner join marts.data_completeness as completeness
        on completeness.source = 'penilaian360' and completeness.status = 'missing'
        and completeness.period_start between periods.period_start and periods.period_end
      group by periods.period
    ) as missing using (period)
    group by awards.period
    order by awards.period`],
  ["ringkasan.json", `
    select
      ${suppressSmall("count(distinct nip) filter (where not eligible)", "(count(distinct nip) filter (where not eligible))::integer", k)} as not_eligible_people,
      (select ${suppressSmall("count(*)", "count(*)::integer", k)} from marts.quiet_performers) as quiet_people
    from marts.awards`],
  ["pengaturan.json", `
    select
      settings.nominees_per_opd::integer as nominees_per_opd,
      settings.quarter_winners::integer as quarter_winners,
      settings.shortlist_size::integer as shortlist_size,
      settings.annual_winners::integer as annual_winners,
      settings.quiet_min_productivity_pct::double as quiet_min_productivity_pct,
      settings.quiet_min_behaviour_score::double as quiet_min_behaviour_score,
      (select list(struct_pack(component, weight) order by weight desc, component) from config.awards_weights) as weights,
      (select list(struct_pack(predikat, points) order by points desc) from config.awards_predikat_points) as predikat_points
    from config.awards as settings`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
