// Puts the validated config and the shipped regulation tables into DuckDB, so that SQL
// models join them like any other table (schemas `config` and `rules`).
import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Config } from "./schema.ts";
import { loadDisciplineLadders } from "./discipline.ts";

const RULES_DIR = new URL("../rules/", import.meta.url).pathname;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function sqlString(s: string | undefined | null): string {
  return s == null ? "null" : `'${s.replaceAll("'", "''")}'`;
}

type Week = Config["schedule"]["week"];

/** The default week's pattern name in config.schedule and everywhere downstream. */
export const DEFAULT_PATTERN = "bawaan";

function weekRows(pattern: string, week: Week, from: string | null, to: string | null, kind: string): string[] {
  return WEEKDAYS.flatMap((day, i) => {
    const d = week[day];
    if (!d) return [];
    return [`(${sqlString(pattern)}, ${sqlString(kind)}, ${from ? `date '${from}'` : "null"}, ${to ? `date '${to}'` : "null"}, ${i + 1}, time '${d.start}', time '${d.end}', ${d.break_minutes})`];
  });
}

const sqlList = (items: readonly string[] | undefined): string => (items ? `[${items.map(sqlString).join(", ")}]` : "null::varchar[]");

/** Ramadan per year: the shipped table (rules/ramadan.csv), each year replaced by a config entry of that year. */
export function ramadanPeriods(config: Config): { start: string; end: string; week: Week }[] {
  const shipped = Papa.parse<{ mulai: string; selesai: string }>(readFileSync(join(RULES_DIR, "ramadan.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  const own = config.schedule.ramadan;
  const years = new Set(own.map((r) => r.start.slice(0, 4)));
  return [
    ...shipped.filter((r) => !years.has(r.mulai.slice(0, 4))).map((r) => ({ start: r.mulai, end: r.selesai, week: config.schedule.ramadan_week })),
    ...own.map((r) => ({ start: r.start, end: r.end, week: r.week ?? config.schedule.ramadan_week })),
  ].sort((a, b) => (a.start < b.start ? -1 : 1));
}

export async function loadConfigTables(conn: DuckDBConnection, config: Config): Promise<void> {
  await conn.run("create schema if not exists config; create schema if not exists rules;");
  const { schedule, discipline, period, instansi, tpp } = config;
  await conn.run(`create or replace table config.settings as select
    ${sqlString(instansi.name)} as instansi_name,
    ${sqlString(instansi.timezone)} as timezone,
    ${period ? `date '${period.start}'` : "null::date"} as period_start,
    ${period ? `date '${period.end}'` : "null::date"} as period_end,
    ${schedule.grace_minutes}::integer as grace_minutes,
    time '${schedule.checkin_window_start}' as checkin_window_start,
    ${discipline.minutes_per_day}::integer as minutes_per_day,
    ${discipline.include_converted_days} as include_converted_days,
    ${sqlString(tpp.legal_basis)} as tpp_legal_basis,
    ${tpp.discipline_share_pct}::double as tpp_discipline_share_pct,
    ${tpp.performance_share_pct}::double as tpp_performance_share_pct,
    ${tpp.missing_punch_pct}::double as tpp_missing_punch_pct,
    ${tpp.tk_pct_per_day}::double as tpp_tk_pct_per_day,
    ${tpp.monthly_cap_pct}::double as tpp_monthly_cap_pct,
    ${config.mobile.max_gps_accuracy_m}::double as max_gps_accuracy_m,
    ${schedule.shift_checkin_window_minutes}::integer as shift_checkin_window_minutes,
    ${schedule.night_checkout_window_minutes}::integer as night_checkout_window_minutes,
    ${tpp.missed_apel_pct}::double as tpp_missed_apel_pct`);
  // TPP minute bands for late arrival (TL) and early leave (PSW), one row per band.
  const bandRows = (["late", "early"] as const).flatMap((event) =>
    tpp[`${event}_bands`].map((b) => `(${sqlString(event)}, ${b.min_minutes}, ${b.max_minutes ?? "null"}, ${b.pct})`),
  );
  await conn.run(`create or replace table config.tpp_bands as
    select * from (values ${bandRows.join(", ")}) t(event, min_minutes, max_minutes, pct)`);
  // One row per pattern and weekday (isodow 1 = Monday); Ramadan rows apply within their dates
  // and win. A pattern without its own Ramadan week keeps its week in Ramadan.
  const ramadan = ramadanPeriods(config);
  const rows = [
    ...weekRows(DEFAULT_PATTERN, schedule.week, null, null, "reguler"),
    ...ramadan.flatMap((r) => weekRows(DEFAULT_PATTERN, r.week, r.start, r.end, "ramadan")),
    ...schedule.patterns.flatMap((p) => [
      ...weekRows(p.name, p.week, null, null, "reguler"),
      ...(p.ramadan_week ? ramadan.flatMap((r) => weekRows(p.name, p.ramadan_week!, r.start, r.end, "ramadan")) : []),
    ]),
  ];
  await conn.run(`create or replace table config.schedule (
    pattern varchar, kind varchar, valid_from date, valid_to date, isodow integer,
    start_time time, end_time time, break_minutes integer)`);
  if (rows.length) await conn.run(`insert into config.schedule values ${rows.join(",\n")}`);
  // Who each pattern applies to, in the order they are tried (rules.md §13).
  await conn.run(`create or replace table config.work_patterns (
    pattern varchar, priority integer, units varchar[], employee_types varchar[], nips varchar[])`);
  if (schedule.patterns.length) {
    await conn.run(`insert into config.work_patterns values ${schedule.patterns
      .map((p, i) => `(${sqlString(p.name)}, ${i + 1}, ${sqlList(p.units)}, ${sqlList(p.employee_types)}, ${sqlList(p.nips)})`)
      .join(", ")}`);
  }

  for (const table of ["pp94_2021_ladder", "pp94_2021_consecutive"]) {
    await conn.run(`create or replace table rules.${table} as
      select * from read_csv(${sqlString(join(RULES_DIR, `${table}.csv`))}, header = true, auto_type_candidates = ['INTEGER', 'VARCHAR'])`);
  }
  const holidayFiles = readdirSync(join(RULES_DIR, "hari_libur"))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => sqlString(join(RULES_DIR, "hari_libur", f)));
  await conn.run(`create or replace table rules.holidays as
    select tanggal::date as date, keterangan as description, jenis as holiday_type
    from read_csv([${holidayFiles.join(", ")}], header = true, all_varchar = true)`);
  await loadDisciplineLadders(conn, config.discipline.pppk);
  await loadPerformanceTables(conn, config);
  await loadTalentTables(conn, config);
  await conn.run(`create or replace table config.publishing as select ${config.publishing.min_group_size}::integer as min_group_size`);
}

/** Performance, 360, IKP, TPP kinerja share and awards settings, and their regulation tables. */
/** SQL `values` rows from literal JS rows (strings quoted, null as null). */
function values(rows: (string | number | boolean | null)[][]): string {
  return rows.map((r) => `(${r.map((v) => (typeof v === "string" ? sqlString(v) : String(v))).join(", ")})`).join(", ");
}

async function loadRulesCsv(conn: DuckDBConnection, table: string, types: string[]): Promise<void> {
  await conn.run(`create or replace table rules.${table} as
    select * from read_csv(${sqlString(join(RULES_DIR, `${table}.csv`))}, header = true, auto_type_candidates = [${types.map(sqlString).join(", ")}])`);
}

async function loadPerformanceTables(conn: DuckDBConnection, config: Config): Promise<void> {
  const { performance, behaviour_360, ikp, tpp_performance, awards } = config;
  await conn.run(`create or replace table config.productivity as select
    ${config.productivity.open_approval_pct}::double as open_approval_pct`);
  await conn.run(`create or replace table config.performance as select
    ${sqlString(performance.curve_period)} as curve_period`);
  await conn.run(`create or replace table config.behaviour_360 as select ${behaviour_360.min_peers}::integer as min_peers`);
  // rules.md §5: one weight set with subordinates, one without.
  const weightRows = [
    ...Object.entries(behaviour_360.weights).map(([relation, w]) => [relation, true, w]),
    ...Object.entries(behaviour_360.weights_without_subordinates).map(([relation, w]) => [relation, false, w]),
  ];
  await conn.run(`create or replace table config.behaviour_360_weights as
    select relation, has_subordinates, weight::double as weight
    from (values ${values(weightRows)}) t(relation, has_subordinates, weight)`);
  await conn.run(`create or replace table config.ikp as select
    ${ikp.reward_points_on_time}::double as reward_points_on_time,
    ${ikp.late_pct}::double as late_pct,
    ${ikp.not_completed_pct}::double as not_completed_pct`);
  await conn.run(`create or replace table config.tpp_performance as select
    ${sqlString(tpp_performance.legal_basis)} as legal_basis,
    ${sqlString(tpp_performance.basis)} as basis,
    ${tpp_performance.monthly_cap_pct}::double as monthly_cap_pct`);
  await conn.run(`create or replace table config.tpp_productivity_bands as
    select min_pct::double as min_pct, max_pct::double as max_pct, deduction_pct::double as deduction_pct
    from (values ${values(tpp_performance.productivity_bands.map((b) => [b.min_pct, b.max_pct, b.deduction_pct]))}) t(min_pct, max_pct, deduction_pct)`);
  await conn.run(`create or replace table config.tpp_predikat as
    select predikat, deduction_pct::double as deduction_pct
    from (values ${values(Object.entries(tpp_performance.predikat_pct))}) t(predikat, deduction_pct)`);
  const quiet = awards.quiet_performers;
  await conn.run(`create or replace table config.awards as select
    ${awards.nominees_per_opd}::integer as nominees_per_opd,
    ${awards.quarter_winners}::integer as quarter_winners,
    ${awards.shortlist_size}::integer as shortlist_size,
    ${awards.annual_winners}::integer as annual_winners,
    ${quiet.min_productivity_pct}::double as quiet_min_productivity_pct,
    ${quiet.min_behaviour_score}::double as quiet_min_behaviour_score`);
  await conn.run(`create or replace table config.awards_weights as
    select component, weight::double as weight from (values ${values(Object.entries(awards.weights))}) t(component, weight)`);
  await conn.run(`create or replace table config.awards_predikat_points as
    select predikat, points::double as points from (values ${values(Object.entries(awards.predikat_points))}) t(predikat, points)`);

  for (const table of ["permenpanrb_6_2022_predikat", "se_menpanrb_3_2023_curve"]) await loadRulesCsv(conn, table, ["DOUBLE", "VARCHAR"]);
  // which predikat count as good (is_good): one row per predikat, read by marts.performance
  await loadRulesCsv(conn, "permenpanrb_6_2022_predikat_levels", ["BOOLEAN", "INTEGER", "VARCHAR"]);
}

/** Nine-box, competency (JPM) and merit settings (rules.md §8-§10), and their regulation tables. */
async function loadTalentTables(conn: DuckDBConnection, config: Config): Promise<void> {
  const { talent, merit } = config;
  await conn.run(`create or replace table config.talent as select
    ${talent.performance_years}::integer as performance_years,
    ${talent.potential_weights.assessment}::double as assessment_weight,
    ${talent.potential_weights.track_record}::double as track_record_weight,
    ${talent.development_target_jp}::double as development_target_jp,
    ${talent.assessment_valid_years}::integer as assessment_valid_years,
    ${talent.performance_cutoffs.di_atas}::double as performance_di_atas,
    ${talent.performance_cutoffs.sesuai}::double as performance_sesuai,
    ${talent.potential_cutoffs.tinggi}::double as potential_tinggi,
    ${talent.potential_cutoffs.menengah}::double as potential_menengah,
    ${talent.exclusion.enabled} as exclusion_enabled,
    ${talent.exclusion.years}::integer as exclusion_years,
    ${talent.jpm_cap_at_standard} as jpm_cap_at_standard,
    ${talent.succession_candidates}::integer as succession_candidates`);
  await conn.run(`create or replace table config.talent_performance_points as
    select predikat, points::double as points from (values ${values(Object.entries(talent.performance_points))}) t(predikat, points)`);
  await conn.run(`create or replace table config.talent_exclusion_levels as
    select level from (values ${values(talent.exclusion.levels.map((l) => [l]))}) t(level)`);
  await conn.run(`create or replace table config.career_path as
    select from_position_type, to_position_type, to_echelon::varchar as to_echelon
    from (values ${values(talent.career_path.map((s) => [s.from_position_type, s.to_position_type, s.to_echelon]))}) t(from_position_type, to_position_type, to_echelon)`);
  await conn.run(`create or replace table config.merit as select
    ${merit.late_points_per_day}::double as late_points_per_day,
    ${merit.min_weight_pct}::double as min_weight_pct`);
  await conn.run(`create or replace table config.merit_weights as
    select component, weight::double as weight from (values ${values(Object.entries(merit.weights))}) t(component, weight)`);
  await conn.run(`create or replace table config.merit_discipline_points as
    select level, points::double as points from (values ${values(Object.entries(merit.discipline_points))}) t(level, points)`);
  await loadRulesCsv(conn, "permenpanrb_3_2020_nine_box", ["BOOLEAN", "INTEGER", "VARCHAR"]);
  await loadRulesCsv(conn, "jpm_categories", ["DOUBLE", "VARCHAR"]);
}
