// Merit (docs/aturan.md#merit) as one archive (one loader process, one database open): skor.csv (each
// employee's merit score of the latest 2 years with its five components and their evidence;
// internal: names), opd.json (marts.merit_unit_summary: spread and component means per OPD),
// bobot.json (config.merit_weights), pengaturan.json (the other settings the score uses) and
// ringkasan.json (marts.merit_year_summary: per year, the whole kabupaten: people, scored,
// partial, unscored, quartiles; the page's cards in both builds).
// Public build: skor.csv is empty; OPD-years and years with fewer than min_group_size scored
// people are left out, the lowest and highest score (one person's) are empty, and a count of
// partial or unscored people below min_group_size is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { isPublic, personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();

const lastYears = `(select max(year) - 1 from marts.merit_scores)`;

const files: [string, string][] = [
  ["skor.csv", personRows(`
    select
      scores.year::integer as year,
      scores.nip,
      employees.name,
      scores.opd_code,
      employees.position_name,
      scores.score,
      -- the five components, 0-100 (empty: no data, left out and re-weighted)
      scores.performance,
      scores.discipline,
      scores.competency,
      scores.development,
      scores.ikp,
      scores.weight_available_pct,
      scores.missing_components,
      -- the evidence behind them
      scores.performance_history,
      scores.discipline_level,
      scores.late_early_minutes,
      scores.jpm_pct,
      scores.training_hours,
      scores.ikp_on_time,
      scores.ikp_decided
    from marts.merit_scores as scores
    left join marts.employees as employees using (nip)
    where scores.year >= ${lastYears}
    order by scores.year desc, scores.score desc nulls last, employees.name`)],
  ["opd.json", `
    select
      opd_code,
      opd_name,
      year::integer as year,
      employees,
      scored,
      mean_score::double as mean_score,
      p25_score::double as p25_score,
      median_score::double as median_score,
      p75_score::double as p75_score,
      ${isPublic() ? "null::double" : "min_score::double"} as min_score,
      ${isPublic() ? "null::double" : "max_score::double"} as max_score,
      mean_performance::double as mean_performance,
      mean_discipline::double as mean_discipline,
      mean_competency::double as mean_competency,
      mean_development::double as mean_development,
      mean_ikp::double as mean_ikp,
      ${suppressSmall("talent_pool", "talent_pool::integer", k)} as talent_pool
    from marts.merit_unit_summary
    where year >= ${lastYears} and scored >= ${k}
    order by year, opd_code`],
  ["ringkasan.json", `
    select
      year::integer as year,
      employees,
      scored,
      ${suppressSmall("partial", "partial", k)} as partial,
      ${suppressSmall("unscored", "unscored", k)} as unscored,
      p25_score::double as p25_score,
      median_score::double as median_score,
      p75_score::double as p75_score
    from marts.merit_year_summary
    where year >= ${lastYears} and scored >= ${k}
    order by year`],
  ["bobot.json", `
    select component, weight from config.merit_weights order by weight desc`],
  ["pengaturan.json", `
    select
      merit.min_weight_pct,
      merit.late_points_per_day,
      settings.minutes_per_day::integer as minutes_per_day,
      talent.development_target_jp,
      talent.performance_years,
      (select list({level: level, points: points} order by points desc) from config.merit_discipline_points) as discipline_points,
      (select list({predikat: predikat, points: points} order by points desc) from config.talent_performance_points) as performance_points
    from config.merit as merit, config.settings as settings, config.talent as talent`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
