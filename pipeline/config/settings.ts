// The one-row config tables (config.settings, config.awards, config.talent, ...) as data: each
// column is one setting, named by its key in its section (plus the section's prefix or suffix),
// so a new setting is one line here beside its zod field, and SQL reads it as
// `settings.grace_minutes`. A typo in a key fails the type check.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Config } from "./schema.ts";

type SqlType = "varchar" | "integer" | "double" | "boolean" | "date" | "time";
type Value = string | number | boolean | null | undefined;

interface Columns {
  section: (config: Config) => Record<string, unknown> | undefined;
  columns: Record<string, SqlType>;
  prefix?: string;
  suffix?: string;
}

/** Columns `prefix` + key + `suffix` from the flat settings of one section (absent section: nulls). */
function from<S extends object>(
  section: (config: Config) => S | undefined,
  columns: { [K in keyof S as S[K] extends Value ? K : never]?: SqlType },
  naming: { prefix?: string; suffix?: string } = {},
): Columns {
  return { section: section as Columns["section"], columns: columns as Record<string, SqlType>, ...naming };
}

/** Table → its columns, in the table's column order. */
export const SETTINGS_TABLES: Record<string, Columns[]> = {
  settings: [
    from((c) => c.instansi, { name: "varchar" }, { prefix: "instansi_" }),
    from((c) => c.instansi, { timezone: "varchar" }),
    from((c) => c.period, { start: "date", end: "date" }, { prefix: "period_" }),
    from((c) => c.schedule, { grace_minutes: "integer", checkin_window_start: "time" }),
    from((c) => c.discipline, { minutes_per_day: "integer", include_converted_days: "boolean" }),
    from(
      (c) => c.tpp,
      { legal_basis: "varchar", discipline_share_pct: "double", performance_share_pct: "double", missing_punch_pct: "double", tk_pct_per_day: "double", monthly_cap_pct: "double" },
      { prefix: "tpp_" },
    ),
    from((c) => c.mobile, { max_gps_accuracy_m: "double" }),
    from((c) => c.schedule, { shift_checkin_window_minutes: "integer", night_checkout_window_minutes: "integer" }),
    from((c) => c.tpp, { missed_apel_pct: "double" }, { prefix: "tpp_" }),
  ],
  productivity: [from((c) => c.productivity, { open_approval_pct: "double" })],
  completeness: [from((c) => c.completeness, { min_attendance_pct: "double", min_rated_pct: "double", ikp_open_pct: "double", ikp_reporting_days: "integer", min_compared_n: "integer" })],
  performance: [from((c) => c.performance, { curve_period: "varchar" })],
  behaviour_360: [from((c) => c.behaviour_360, { min_peers: "integer" })],
  ikp: [from((c) => c.ikp, { reward_points_on_time: "double", late_pct: "double", not_completed_pct: "double" })],
  tpp_performance: [from((c) => c.tpp_performance, { legal_basis: "varchar", basis: "varchar", monthly_cap_pct: "double" })],
  awards: [
    from((c) => c.awards, { nominees_per_opd: "integer", quarter_winners: "integer", shortlist_size: "integer", annual_winners: "integer", report_nominees: "integer" }),
    from((c) => c.awards.quiet_performers, { min_productivity_pct: "double", min_behaviour_score: "double" }, { prefix: "quiet_" }),
  ],
  talent: [
    from((c) => c.talent, { performance_years: "integer" }),
    from((c) => c.talent.potential_weights, { assessment: "double", track_record: "double" }, { suffix: "_weight" }),
    from((c) => c.talent, { development_target_jp: "double", assessment_valid_years: "integer" }),
    from((c) => c.talent.performance_cutoffs, { di_atas: "double", sesuai: "double" }, { prefix: "performance_" }),
    from((c) => c.talent.potential_cutoffs, { tinggi: "double", menengah: "double" }, { prefix: "potential_" }),
    from((c) => c.talent.exclusion, { enabled: "boolean", years: "integer" }, { prefix: "exclusion_" }),
    from((c) => c.talent, { jpm_cap_at_standard: "boolean", succession_candidates: "integer" }),
  ],
  merit: [from((c) => c.merit, { late_points_per_day: "double", min_weight_pct: "double" })],
  publishing: [from((c) => c.publishing, { min_group_size: "integer" })],
};

function literal(value: unknown, type: SqlType): string {
  if (value == null) return `null::${type}`;
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'::${type}`;
  if (typeof value === "number" || typeof value === "boolean") return `${value}::${type}`;
  throw new Error(`pengaturan bukan nilai tunggal: ${JSON.stringify(value)}`);
}

/** `select <value>::<type> as <column>, ...` for one table of SETTINGS_TABLES. */
export function settingsSelect(config: Config, parts: Columns[]): string {
  return parts
    .flatMap(({ section, columns, prefix = "", suffix = "" }) => {
      const values = section(config);
      return Object.entries(columns).map(([key, type]) => `${literal(values?.[key], type)} as ${prefix}${key}${suffix}`);
    })
    .join(",\n  ");
}

export async function loadSettingsTables(conn: DuckDBConnection, config: Config): Promise<void> {
  for (const [table, parts] of Object.entries(SETTINGS_TABLES)) {
    await conn.run(`create or replace table config.${table} as select\n  ${settingsSelect(config, parts)}`);
  }
}
