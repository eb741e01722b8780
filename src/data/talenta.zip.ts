// Nine-box talent management (docs/aturan.md#talenta, PermenPANRB 3/2020) as one archive (one loader
// process, one database open): pegawai.csv (every mapped employee of the latest 2 years with
// both scores, levels, box and talent-pool status; internal: names; it feeds the tables only),
// kotak.json (the regulation's grid as shipped), pengaturan.json (cut-offs and weights used) and
// opd.json (OPD names for the filter), kotak-opd.json (people per year, OPD and box, and how many
// of them are in the talent pool) and ringkasan.json (per year: mapped, in the pool, left out, not
// yet placed), both from marts.talent_box_summary.
// Public build: pegawai.csv is empty; kotak-opd.json and ringkasan.json are for the whole
// kabupaten (see there); a count of fewer than min_group_size people is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { isPublic, personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();

const lastYears = `(select max(year) - 1 from marts.talent_nine_box)`;
const placed = "coalesce(sum(employees) filter (where box is not null), 0)";
const unplaced = "coalesce(sum(employees) filter (where box is null), 0)";

const files: [string, string][] = [
  ["pegawai.csv", personRows(`
    select
      box.year,
      box.nip,
      employees.name,
      box.opd_code,
      employees.opd_name,
      employees.position_name,
      box.position_type,
      box.echelon,
      box.employee_type,
      -- kinerja
      box.performance_score,
      box.performance_level,
      box.performance_history,
      -- potensial
      box.potential_score,
      box.potential_level,
      box.assessment_score,
      box.track_record_score,
      box.development_hours,
      strftime(box.assessed_on, '%Y-%m-%d') as assessed_on,
      -- the box (label and actions are in kotak.json)
      box.box,
      box.in_talent_pool,
      box.excluded_reason
    from marts.talent_nine_box as box
    left join marts.employees as employees using (nip)
    where box.year >= ${lastYears}
    order by box.year desc, box.box desc, box.performance_score desc, box.potential_score desc, employees.name`)],
  // People per box (marts.talent_box_summary). Internal: per year, OPD, position class and box.
  // Public: the whole kabupaten (opd_code empty), a box of fewer than min_group_size people has no
  // count, and the talent pool of a box is not given when fewer than min_group_size of its people
  // are left out of it (they have a discipline sanction).
  ["kotak-opd.json", isPublic() ? `
    select
      year::integer as year,
      null::varchar as opd_code,
      box::integer as box,
      ${suppressSmall("sum(employees)", "sum(employees)::integer", k)} as n,
      case when sum(employees) < ${k} then null
        when sum(excluded) between 1 and ${k - 1} then null
        else sum(talent_pool)::integer end as pool
    from marts.talent_box_summary
    where year >= ${lastYears} and box is not null
    group by all
    order by all` : `
    select
      year::integer as year,
      opd_code,
      position_type,
      echelon,
      box::integer as box,
      employees as n,
      talent_pool as pool
    from marts.talent_box_summary
    where year >= ${lastYears} and box is not null
    order by all`],
  // The cards (marts.talent_box_summary summed over the boxes): mapped, in the pool, left out, and
  // not yet placed (latest year only). Internal: per year, OPD and position class, summed by the
  // page for its filters. Public: per year, a count about fewer than min_group_size people null.
  ["ringkasan.json", `
    select
      year::integer as year,
      ${isPublic() ? "null::varchar as opd_code, null::varchar as position_type, null::varchar as echelon" : "opd_code, position_type, echelon"},
      ${suppressSmall(placed, `${placed}::integer`, k)} as mapped,
      ${suppressSmall("sum(talent_pool)", "sum(talent_pool)::integer", k)} as pool,
      ${suppressSmall("sum(excluded)", "sum(excluded)::integer", k)} as excluded,
      ${suppressSmall(unplaced, `${unplaced}::integer`, k)} as unmapped,
      ${suppressSmall("sum(no_assessment)", "sum(no_assessment)::integer", k)} as no_assessment,
      ${suppressSmall("sum(no_performance)", "sum(no_performance)::integer", k)} as no_performance
    from marts.talent_box_summary
    where year >= ${lastYears}
    group by all
    order by all`],
  ["kotak.json", `
    select box::integer as box, performance_level, potential_level, label, actions, succession_group, legal_basis
    from rules.permenpanrb_3_2020_nine_box
    order by box`],
  ["pengaturan.json", `
    select
      talent.*,
      (select list(level order by level) from config.talent_exclusion_levels) as exclusion_levels,
      (select list({predikat: predikat, points: points} order by points desc) from config.talent_performance_points) as performance_points
    from config.talent as talent`],
  ["opd.json", `
    select opd_code, opd_name from marts.opds where employees > 0 order by opd_code`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
