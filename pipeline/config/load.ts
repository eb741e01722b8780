// Puts the validated config and the shipped regulation tables into DuckDB, so that SQL
// models join them like any other table (schemas `config` and `rules`).
import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Config } from "./schema.ts";
import { loadDisciplineLadders } from "./discipline.ts";
import { loadSettingsTables } from "./settings.ts";

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
  const { schedule, tpp } = config;
  await loadSettingsTables(conn, config);
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
  // Who each pattern applies to, in the order they are tried (docs/aturan.md#pola-kerja).
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
  // the catalogue of the OPD figures (marts.opd_figures): better direction, yearly, group sizes
  await loadRulesCsv(conn, "figures", ["BOOLEAN", "DOUBLE", "VARCHAR"]);
  const holidayFiles = readdirSync(join(RULES_DIR, "hari_libur"))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => sqlString(join(RULES_DIR, "hari_libur", f)));
  await conn.run(`create or replace table rules.holidays as
    select tanggal::date as date, keterangan as description, jenis as holiday_type
    from read_csv([${holidayFiles.join(", ")}], header = true, all_varchar = true)`);
  await loadDisciplineLadders(conn, config.discipline.pppk);
  await loadPerformanceTables(conn, config);
  await loadTalentTables(conn, config);
}

/** SQL `values` rows from literal JS rows (strings quoted, null as null). */
function values(rows: (string | number | boolean | null)[][]): string {
  return rows.map((r) => `(${r.map((v) => (typeof v === "string" ? sqlString(v) : String(v))).join(", ")})`).join(", ");
}

async function loadRulesCsv(conn: DuckDBConnection, table: string, types: string[]): Promise<void> {
  await conn.run(`create or replace table rules.${table} as
    select * from read_csv(${sqlString(join(RULES_DIR, `${table}.csv`))}, header = true, auto_type_candidates = [${types.map(sqlString).join(", ")}])`);
}

/** A setting that maps names to numbers (weights, points) as rows (key varchar, value double). */
async function entriesTable(conn: DuckDBConnection, table: string, key: string, value: string, entries: Record<string, number>): Promise<void> {
  await conn.run(`create or replace table config.${table} as
    select ${key}, ${value}::double as ${value} from (values ${values(Object.entries(entries))}) t(${key}, ${value})`);
}

/** Performance, 360, TPP kinerja share and awards: the settings that are rows, and their regulation tables. */
async function loadPerformanceTables(conn: DuckDBConnection, config: Config): Promise<void> {
  const { behaviour_360, tpp_performance, awards } = config;
  // docs/aturan.md#360: one weight set with subordinates, one without.
  const weightRows = [
    ...Object.entries(behaviour_360.weights).map(([relation, w]) => [relation, true, w]),
    ...Object.entries(behaviour_360.weights_without_subordinates).map(([relation, w]) => [relation, false, w]),
  ];
  await conn.run(`create or replace table config.behaviour_360_weights as
    select relation, has_subordinates, weight::double as weight
    from (values ${values(weightRows)}) t(relation, has_subordinates, weight)`);
  await conn.run(`create or replace table config.tpp_productivity_bands as
    select min_pct::double as min_pct, max_pct::double as max_pct, deduction_pct::double as deduction_pct
    from (values ${values(tpp_performance.productivity_bands.map((b) => [b.min_pct, b.max_pct, b.deduction_pct]))}) t(min_pct, max_pct, deduction_pct)`);
  await entriesTable(conn, "tpp_predikat", "predikat", "deduction_pct", tpp_performance.predikat_pct);
  await entriesTable(conn, "awards_weights", "component", "weight", awards.weights);
  await entriesTable(conn, "awards_predikat_points", "predikat", "points", awards.predikat_points);

  for (const table of ["permenpanrb_6_2022_predikat", "se_menpanrb_3_2023_curve"]) await loadRulesCsv(conn, table, ["DOUBLE", "VARCHAR"]);
  // which predikat count as good (is_good): one row per predikat, read by marts.performance
  await loadRulesCsv(conn, "permenpanrb_6_2022_predikat_levels", ["BOOLEAN", "INTEGER", "VARCHAR"]);
}

/** Nine-box, competency (JPM) and merit settings that are rows (docs/aturan.md#talenta, #jpm, #merit), and their regulation tables. */
async function loadTalentTables(conn: DuckDBConnection, config: Config): Promise<void> {
  const { talent, merit } = config;
  await entriesTable(conn, "talent_performance_points", "predikat", "points", talent.performance_points);
  await conn.run(`create or replace table config.talent_exclusion_levels as
    select level from (values ${values(talent.exclusion.levels.map((l) => [l]))}) t(level)`);
  await conn.run(`create or replace table config.career_path as
    select from_position_type, to_position_type, to_echelon::varchar as to_echelon
    from (values ${values(talent.career_path.map((s) => [s.from_position_type, s.to_position_type, s.to_echelon]))}) t(from_position_type, to_position_type, to_echelon)`);
  await entriesTable(conn, "merit_weights", "component", "weight", merit.weights);
  await entriesTable(conn, "merit_discipline_points", "level", "points", merit.discipline_points);
  await loadRulesCsv(conn, "permenpanrb_3_2020_nine_box", ["BOOLEAN", "INTEGER", "VARCHAR"]);
  await loadRulesCsv(conn, "jpm_categories", ["DOUBLE", "VARCHAR"]);
}
