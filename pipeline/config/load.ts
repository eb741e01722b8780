// Puts the validated config and the shipped regulation tables into DuckDB, so that SQL
// models join them like any other table (schemas `config` and `rules`).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Config } from "./schema.ts";

const RULES_DIR = new URL("../rules/", import.meta.url).pathname;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function sqlString(s: string | undefined | null): string {
  return s == null ? "null" : `'${s.replaceAll("'", "''")}'`;
}

type Week = Config["schedule"]["week"];

function weekRows(week: Week, from: string | null, to: string | null, kind: string): string[] {
  return WEEKDAYS.flatMap((day, i) => {
    const d = week[day];
    if (!d) return [];
    return [`(${sqlString(kind)}, ${from ? `date '${from}'` : "null"}, ${to ? `date '${to}'` : "null"}, ${i + 1}, time '${d.start}', time '${d.end}', ${d.break_minutes})`];
  });
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
    ${tpp.monthly_cap_pct}::double as tpp_monthly_cap_pct`);
  // TPP minute bands for late arrival (TL) and early leave (PSW), one row per band.
  const bandRows = (["late", "early"] as const).flatMap((event) =>
    tpp[`${event}_bands`].map((b) => `(${sqlString(event)}, ${b.min_minutes}, ${b.max_minutes ?? "null"}, ${b.pct})`),
  );
  await conn.run(`create or replace table config.tpp_bands as
    select * from (values ${bandRows.join(", ")}) t(event, min_minutes, max_minutes, pct)`);
  // One row per weekday (isodow 1 = Monday); Ramadan rows apply within their dates and win.
  const rows = [
    ...weekRows(schedule.week, null, null, "reguler"),
    ...schedule.ramadan.flatMap((r) => weekRows(r.week, r.start, r.end, "ramadan")),
  ];
  await conn.run(`create or replace table config.schedule (
    kind varchar, valid_from date, valid_to date, isodow integer,
    start_time time, end_time time, break_minutes integer)`);
  if (rows.length) await conn.run(`insert into config.schedule values ${rows.join(",\n")}`);

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
}
