// Nine-box talent management (docs/aturan.md#talenta, PermenPANRB 3/2020) as one archive (one loader
// process, one database open): pegawai.csv (every mapped employee of the latest 2 years with
// both scores, levels, box and talent-pool status; internal: names), belum-dipetakan.json
// (serving employees of the latest year still without a box, counted per OPD and position),
// kotak.json (the regulation's grid as shipped), pengaturan.json (cut-offs and weights used) and
// opd.json (OPD names for the filter), kotak-opd.json (people per year, OPD and box, and how many
// of them are in the talent pool) and ringkasan.json (per year: mapped, in the pool, left out).
// Public build: pegawai.csv is empty; kotak-opd.json is for the whole kabupaten (see there);
// belum-dipetakan.json is counted per OPD only and leaves out OPDs of fewer than min_group_size
// people; a count of fewer people is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { isPublic, personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();
const detail = (column: string) => (isPublic() ? `null::varchar as ${column.split(".").pop()}` : column);

const lastYears = `(select max(year) - 1 from marts.talent_nine_box)`;

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
  ["belum-dipetakan.json", `
    select * from (select
      career.year::integer as year,
      career.opd_code,
      ${detail("career.position_type")},
      ${detail("career.echelon")},
      ${detail("employees.employee_type")},
      career.assessed_on is null as no_assessment,
      count(*)::integer as n
    from marts.talent_career as career
    left join marts.employees as employees using (nip)
    where career.box is null
    group by all)
    qualify sum(n) over (partition by year, opd_code) >= ${k}
    order by all`],
  // Internal: per OPD. Public: the whole kabupaten (opd_code empty), a box of fewer than
  // min_group_size people has no count, and the talent pool of a box is not given when fewer than
  // min_group_size of its people are left out of it (they have a discipline sanction).
  ["kotak-opd.json", isPublic() ? `
    select
      year::integer as year,
      null::varchar as opd_code,
      box::integer as box,
      ${suppressSmall("count(*)", "count(*)::integer", k)} as n,
      case when count(*) < ${k} then null
        when bool_or(succession_group) and (count(*) filter (where not in_talent_pool)) between 1 and ${k - 1} then null
        else (count(*) filter (where in_talent_pool))::integer end as pool
    from marts.talent_nine_box
    left join (select box, succession_group from rules.permenpanrb_3_2020_nine_box) as grid using (box)
    where year >= ${lastYears} and box is not null
    group by all
    order by all` : `
    select
      year::integer as year,
      opd_code,
      box::integer as box,
      count(*)::integer as n,
      (count(*) filter (where in_talent_pool))::integer as pool
    from marts.talent_nine_box
    where year >= ${lastYears} and box is not null
    group by all
    order by all`],
  ["ringkasan.json", `
    select
      year::integer as year,
      count(*)::integer as mapped,
      ${suppressSmall("count(*) filter (where in_talent_pool)", "(count(*) filter (where in_talent_pool))::integer", k)} as pool,
      ${suppressSmall("count(*) filter (where succession_group and not in_talent_pool)", "(count(*) filter (where succession_group and not in_talent_pool))::integer", k)} as excluded
    from marts.talent_nine_box
    left join (select box, succession_group from rules.permenpanrb_3_2020_nine_box) as grid using (box)
    where year >= ${lastYears} and box is not null
    group by year
    order by year`],
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
    select distinct opd_code, opd_name from marts.employees where opd_code is not null order by opd_code`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
