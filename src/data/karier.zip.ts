// Career map (docs/aturan.md#talenta, #jpm) as one archive (one loader process, one database open):
// pegawai.csv (marts.talent_career: every serving employee's box, JPM against their own and the
// next position, and the next-step sentence; internal: names), kompetensi.csv (marts.
// competency_gaps packed one row per employee and target: required and achieved levels in the
// order of kompetensi.json, "-" where a competency is not in the standard), kategori-jpm.json
// (the pemetaan and seleksi scales of Peraturan BKN 26/2019 as shipped) and pengaturan.json.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("karier.zip"); // internal-only page: names and NIPs

const competencies = `(select distinct competency, competency_group from marts.competency_gaps)`;
const ordered = `(select competency, competency_group, row_number() over (order by competency_group, competency) as position from ${competencies})`;

const files: [string, string][] = [
  ["pegawai.csv", `
    select
      career.nip,
      employees.name,
      employees.opd_name,
      employees.unit_name,
      career.position_name,
      career.position_type,
      career.echelon,
      career.year,
      career.box,
      career.performance_score,
      career.performance_level,
      career.potential_score,
      career.potential_level,
      career.in_talent_pool,
      strftime(career.assessed_on, '%Y-%m-%d') as assessed_on,
      career.jpm_own_pct,
      career.mapping_category,
      career.next_position_label,
      career.jpm_next_pct,
      career.next_selection_category,
      career.gaps_count,
      career.next_step
    from marts.talent_career as career
    left join marts.employees as employees using (nip)
    order by employees.name, career.nip`],
  ["kompetensi.json", `
    select competency, competency_group from ${ordered} order by position`],
  ["kompetensi.csv", `
    with targets as (
      select distinct nip, assessed_on, assessment_type, target_role, target_position_type, target_echelon
      from marts.competency_gaps
    )
    select
      targets.nip,
      targets.target_role,
      position_class_label(targets.target_position_type, targets.target_echelon) as target_label,
      strftime(targets.assessed_on, '%Y-%m-%d') as assessed_on,
      targets.assessment_type,
      string_agg(coalesce(gaps.required_level::varchar, '-'), ' ' order by ordered.position) as required,
      string_agg(coalesce(gaps.achieved_level::varchar, '-'), ' ' order by ordered.position) as achieved
    from targets
    cross join ${ordered} as ordered
    left join marts.competency_gaps as gaps
      on gaps.nip = targets.nip
      and gaps.target_role = targets.target_role
      and gaps.competency = ordered.competency
    group by all
    order by targets.nip, targets.target_role desc`],
  ["kategori-jpm.json", `
    select scale, category, min_pct, max_pct, label, legal_basis from rules.jpm_categories order by scale, min_pct desc`],
  ["pengaturan.json", `
    select jpm_cap_at_standard, assessment_valid_years from config.talent`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
