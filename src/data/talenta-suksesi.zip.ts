// Succession (docs/aturan.md#talenta, #jpm) as one archive (one loader process, one database open):
// kandidat.csv (the ranked talent-pool candidates of every position and position class, with
// JPM and readiness from marts.talent_succession; internal: names), posisi.json (every target
// position with its holder and candidate counts, also those without any candidate),
// kategori-jpm.json (the seleksi scale of Peraturan BKN 26/2019 as shipped)
// pengaturan.json (career path and number of candidates kept) and ringkasan.json (whole
// kabupaten: people ready for at least one target).
// Public build: kandidat.csv is empty; posisi.json keeps, per held position, only its OPD, class
// and status (no name, no holder, no candidate count), leaves out OPDs with fewer than
// min_group_size such positions, and nulls class counts of fewer candidates.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { isPublic, personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();

/** A position's status: that of its best candidate (as positionStatus() in talent-charts.js). */
const status = `case
  when ready > 0 then 'siap'
  when ready_with_development > 0 then 'siap_dengan_pengembangan'
  when not_ready > 0 then 'belum_siap'
  when candidates > 0 then 'belum_dinilai'
  else 'tanpa_kandidat' end`;

const opds = `marts.opds`;

// One row per target position (the mart keeps a position nobody in the pool can fill, without a candidate).
const positions = `with positions as (
      select
        scope, position_key, opd_code, unit_code, position_name, position_type, echelon, incumbent_nip,
        count(nip)::integer as candidates,
        (count(*) filter (where readiness = 'siap'))::integer as ready,
        (count(*) filter (where readiness = 'siap_dengan_pengembangan'))::integer as ready_with_development,
        (count(*) filter (where readiness = 'belum_siap'))::integer as not_ready,
        max(jpm_pct)::double as best_jpm_pct
      from marts.talent_succession
      group by all
    )`;

const files: [string, string][] = [
  ["kandidat.csv", personRows(`
    select
      succession.position_key,
      succession.rank,
      succession.nip,
      employees.name,
      employees.position_name as candidate_position_name,
      succession.candidate_position_type,
      succession.candidate_echelon,
      employees.opd_name as candidate_opd_name,
      succession.same_opd,
      succession.box,
      succession.performance_score,
      succession.potential_score,
      succession.performance_history,
      strftime(succession.assessed_on, '%Y-%m-%d') as assessed_on,
      succession.jpm_pct,
      succession.competencies_below,
      succession.readiness,
      succession.readiness_label
    from marts.talent_succession as succession
    left join marts.employees as employees using (nip)
    where succession.nip is not null
    order by succession.position_key, succession.rank`)],
  ["posisi.json", isPublic() ? `
    ${positions}
    select
      positions.scope,
      null::varchar as position_key,
      case when positions.scope = 'jabatan' then positions.opd_code end as opd_code,
      case when positions.scope = 'jabatan' then opds.opd_name end as opd_name,
      null::varchar as unit_name,
      case when positions.scope = 'jabatan' then null else position_class_label(positions.position_type, positions.echelon) end as position_name,
      positions.position_type,
      positions.echelon,
      null::varchar as incumbent_nip,
      null::varchar as incumbent_name,
      ${suppressSmall("candidates", "case when positions.scope = 'jabatan' then null else candidates end", k)} as candidates,
      ${suppressSmall("candidates", "case when positions.scope = 'jabatan' then null else ready end", k)} as ready,
      ${suppressSmall("candidates", "case when positions.scope = 'jabatan' then null else ready_with_development end", k)} as ready_with_development,
      ${suppressSmall("candidates", "case when positions.scope = 'jabatan' then null else not_ready end", k)} as not_ready,
      null::double as best_jpm_pct,
      ${status} as status
    from positions
    left join ${opds} as opds using (opd_code)
    qualify positions.scope <> 'jabatan' or count(*) over (partition by positions.scope, positions.opd_code) >= ${k}
    order by positions.scope, positions.opd_code, positions.echelon, positions.position_type` : `
    ${positions}
    select
      positions.scope,
      positions.position_key,
      positions.opd_code,
      opds.opd_name,
      units.unit_name,
      case when positions.scope = 'jabatan' then positions.position_name
        else position_class_label(positions.position_type, positions.echelon) end as position_name,
      positions.position_type,
      positions.echelon,
      positions.incumbent_nip,
      incumbents.name as incumbent_name,
      positions.candidates,
      positions.ready,
      positions.ready_with_development,
      positions.not_ready,
      positions.best_jpm_pct,
      ${status} as status
    from positions
    left join ${opds} as opds using (opd_code)
    left join (select distinct unit_code, unit_name from marts.employees) as units using (unit_code)
    left join marts.employees as incumbents on incumbents.nip = positions.incumbent_nip
    order by positions.scope, positions.opd_code, positions.echelon, positions.position_name`],
  ["ringkasan.json", `
    select
      ${suppressSmall("count(distinct nip)", "count(distinct nip)::integer", k)} as ready_people
    from marts.talent_succession
    where readiness = 'siap'`],
  ["kategori-jpm.json", `
    select scale, category, min_pct, max_pct, label, legal_basis from rules.jpm_categories order by scale, min_pct desc`],
  ["pengaturan.json", `
    select
      talent.succession_candidates,
      (select any_value(legal_basis) from marts.talent_succession) as legal_basis,
      (select list({from_position_type: from_position_type, to_position_type: to_position_type, to_label: position_class_label(to_position_type, to_echelon)})
        from config.career_path) as career_path
    from config.talent as talent`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
