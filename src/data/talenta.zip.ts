// Nine-box talent management (rules.md §8, PermenPANRB 3/2020) as one archive (one loader
// process, one database open): pegawai.csv (every mapped employee of the latest 2 years with
// both scores, levels, box and talent-pool status; internal: names), belum-dipetakan.json
// (serving employees of the latest year still without a box, counted per OPD and position),
// kotak.json (the regulation's grid as shipped), pengaturan.json (cut-offs and weights used) and
// opd.json (OPD names for the filter).
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";

const lastYears = `(select max(year) - 1 from marts.talent_nine_box)`;

const files: [string, string][] = [
  ["pegawai.csv", `
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
    order by box.year desc, box.box desc, box.performance_score desc, box.potential_score desc, employees.name`],
  ["belum-dipetakan.json", `
    select
      career.year::integer as year,
      career.opd_code,
      career.position_type,
      career.echelon,
      employees.employee_type,
      career.assessed_on is null as no_assessment,
      count(*)::integer as n
    from marts.talent_career as career
    left join marts.employees as employees using (nip)
    where career.box is null
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
    select distinct opd_code, opd_name from marts.employees where opd_code is not null order by opd_code`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
