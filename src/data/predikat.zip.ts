// Predikat kinerja (docs/aturan.md#predikat, #360) as one archive (one loader process, one database open):
// distribusi.json (each unit's predikat distribution in the curve period, against its own
// predikat, SE MenPANRB 3/2023), kurva.json (every bound checked), tidak-cocok.csv (export
// predikat that differ from the PermenPANRB 6/2022 matrix; internal: names), status-360.json
// (360 results final or pending per OPD and period), tertunda-360.csv (pending results and why),
// pengecualian-360.csv (ratings left out and why), matriks.json (the PermenPANRB 6/2022 matrix
// as shipped), pengaturan.json (the settings used) and ringkasan.json (whole-kabupaten counts).
// Public build: no person-level rows (the three CSV are empty), units and OPD-periods of fewer
// than min_group_size people are left out, and a count of fewer people is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();

const units = `(select distinct unit_code, unit_name from marts.employees)`;
const opds = `marts.opds`;

const files: [string, string][] = [
  ["distribusi.json", `
    select
      distribution.unit_code,
      coalesce(units.unit_name, distribution.opd_name, distribution.unit_code) as unit_name,
      distribution.opd_code,
      distribution.year::integer as year,
      distribution.period,
      distribution.organisation_predikat,
      distribution.n::integer as n,
      distribution.n_sangat_baik::integer as n_sangat_baik,
      distribution.n_baik::integer as n_baik,
      distribution.n_butuh_perbaikan::integer as n_butuh_perbaikan,
      distribution.n_kurang_misconduct::integer as n_kurang_misconduct,
      distribution.n_sangat_kurang::integer as n_sangat_kurang,
      distribution.rules_checked::integer as rules_checked,
      distribution.rules_failed::integer as rules_failed,
      distribution.breaks_curve,
      distribution.reason
    from marts.predikat_distribution as distribution
    left join ${units} as units using (unit_code)
    where distribution.n >= ${k}
    order by distribution.year, distribution.unit_code`],
  ["kurva.json", `
    select
      checks.unit_code,
      coalesce(units.unit_name, checks.unit_code) as unit_name,
      checks.year::integer as year,
      checks.organisation_predikat,
      checks.rule,
      checks.predikats,
      checks.bound,
      checks.bound_pct::double as bound_pct,
      checks.n::integer as n,
      checks.n_matching::integer as n_matching,
      checks.actual_pct::double as actual_pct,
      checks.passed,
      checks.description,
      checks.legal_basis
    from marts.predikat_curve_checks as checks
    left join ${units} as units using (unit_code)
    where checks.n >= ${k}
    order by checks.year, checks.unit_code, checks.rule`],
  ["tidak-cocok.csv", personRows(`
    select
      performance.nip,
      employees.name,
      employees.opd_name,
      performance.year,
      performance.period,
      performance.rating_results,
      performance.rating_behaviour,
      performance.source_predikat,
      performance.predikat,
      performance.source_file,
      performance.source_line
    from marts.performance as performance
    left join marts.employees as employees using (nip)
    where performance.predikat_mismatch
    order by performance.year desc, employees.opd_name, employees.name, performance.period_start`)],
  ["status-360.json", `
    select
      employees.opd_code,
      opds.opd_name,
      behaviour.year::integer as year,
      behaviour.period,
      (count(*) filter (where behaviour.status = 'final'))::integer as final,
      ${suppressSmall("count(*) filter (where behaviour.status = 'pending')", "(count(*) filter (where behaviour.status = 'pending'))::integer", k)} as pending,
      avg(behaviour.score)::double as mean_score
    from marts.behaviour_360 as behaviour
    inner join marts.employees as employees using (nip)
    left join ${opds} as opds on opds.opd_code = employees.opd_code
    group by all
    having count(*) >= ${k}
    order by year, behaviour.period, employees.opd_code`],
  ["tertunda-360.csv", personRows(`
    select
      behaviour.nip,
      employees.name,
      employees.opd_name,
      behaviour.year,
      behaviour.period,
      behaviour.raters_superior,
      behaviour.raters_peer,
      behaviour.raters_subordinate,
      behaviour.pending_reason
    from marts.behaviour_360 as behaviour
    left join marts.employees as employees using (nip)
    where behaviour.status = 'pending'
    order by behaviour.year desc, behaviour.period desc, employees.opd_name, employees.name`)],
  ["pengecualian-360.csv", personRows(`
    select
      exclusions.nip,
      employees.name,
      employees.opd_name,
      exclusions.year,
      exclusions.period,
      exclusions.rater_nip,
      exclusions.relation,
      exclusions.reason,
      exclusions.source_file,
      exclusions.source_line
    from marts.behaviour_360_exclusions as exclusions
    left join marts.employees as employees using (nip)
    order by exclusions.year desc, exclusions.period, employees.name`)],
  ["ringkasan.json", `
    select
      ${suppressSmall("count(*)", "count(*)::integer", k)} as mismatches,
      (select list({year: year, pending: pending} order by year) from (
        select year::integer as year, ${suppressSmall("count(*)", "count(*)::integer", k)} as pending
        from marts.behaviour_360 where status = 'pending' group by year)) as pending_360
    from marts.performance
    where predikat_mismatch`],
  ["matriks.json", `
    select rating_results, rating_behaviour, predikat from rules.permenpanrb_6_2022_predikat`],
  ["pengaturan.json", `
    select
      performance.curve_period,
      behaviour.min_peers::integer as min_peers,
      -- the regulations' names, as the shipped tables cite them ("SE MenPANRB 3/2023: ...")
      (select min(split_part(legal_basis, ':', 1)) from rules.se_menpanrb_3_2023_curve) as curve_regulation,
      (select min(split_part(legal_basis, ':', 1)) from rules.permenpanrb_6_2022_predikat) as matrix_regulation
    from config.performance as performance, config.behaviour_360 as behaviour`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
