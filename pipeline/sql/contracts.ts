// What every mart promises, in one place (as dbt's schema.yml does): its grain (the columns that
// identify a row), the columns never null, the values a column may take, and the marts its keys
// refer to. `checkContracts` tests them all on a built database (test/integration/model-contracts).
import type { DuckDBConnection } from "@duckdb/node-api";

export interface MartContract {
  /** One row per combination of these columns. */
  key: readonly string[];
  /** Never null (the key columns are implied, except those listed in `nullable`). */
  notNull?: readonly string[];
  /** Key columns that may be null (a text file has no sheet; a position class may have no eselon). */
  nullable?: readonly string[];
  /** The only values a column may hold (null aside, unless in notNull). */
  accepted?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  /** Every value of `columns` exists as `key` of `mart` (null aside). */
  references?: readonly { columns: readonly string[]; mart: string; key?: readonly string[] }[];
}

const STATUSES = ["hadir", "izin", "sakit", "cuti", "dinas_luar", "tugas_belajar", "tanpa_keterangan"];
const LEVELS = ["none", "ringan", "sedang", "berat"];
const EMPLOYEE_TYPES = ["PNS", "PPPK"];
const PREDIKAT = ["sangat_baik", "baik", "butuh_perbaikan", "kurang_misconduct", "sangat_kurang"];
const RATINGS = ["di_bawah", "sesuai", "di_atas"];
const POTENTIAL = ["rendah", "menengah", "tinggi"];
const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const employee = { columns: ["nip"], mart: "employees" } as const;
const opd = { columns: ["opd_code"], mart: "opds" } as const;
const reportPeriod = { columns: ["period"], mart: "report_periods" } as const;

export const MART_CONTRACTS: Readonly<Record<string, MartContract>> = {
  // ingestion
  sources: { key: ["source"], notNull: ["position", "files", "about"] },
  // how complete the data is (docs/aturan.md#kelengkapan)
  data_completeness: {
    key: ["source", "period"],
    notNull: ["period_kind", "period_label", "period_start", "period_end", "unit", "expected", "covered", "status", "note"],
    accepted: {
      source: ["presensi", "e_kinerja", "ikp", "skp", "penilaian360", "kompetensi", "merit"],
      period_kind: ["bulan", "triwulan", "tahun"],
      status: ["final", "not_final", "missing"],
    },
  },
  data_months: { key: ["month"], notNull: ["month_label", "attendance_status", "e_kinerja_status", "ikp_status", "is_final"] },
  data_final_months: { key: ["source", "month"], accepted: { source: ["presensi", "e_kinerja", "ikp", "semua"] }, references: [{ columns: ["month"], mart: "data_months", key: ["month"] }] },
  briefing_cards: { key: ["card"], notNull: ["position", "period", "period_label", "link"], accepted: { card: ["teladan", "opd_memburuk", "disiplin_menunggu", "kelengkapan"] } },
  data_status: { key: ["latest_month"], notNull: ["months_not_final", "trust_line", "active_employees", "population_line"] },
  load_report: { key: ["file", "sheet"], nullable: ["sheet"], notNull: ["status", "rows_read", "rows_loaded", "rows_rejected"], accepted: { status: ["dimuat", "tidak_dikenali"] } },
  load_columns: { key: ["source", "file", "sheet", "column"], nullable: ["sheet"], notNull: ["origin"], references: [{ columns: ["file"], mart: "load_report", key: ["file"] }] },
  rejects: { key: ["source", "file", "sheet", "line", "column"], nullable: ["sheet", "line", "column"], notNull: ["reason"] },
  // people and attendance
  units: { key: ["unit_code"], notNull: ["unit_name", "opd_code", "opd_name", "employees", "active_employees"], references: [opd] },
  opds: { key: ["opd_code"], notNull: ["opd_name", "units", "staffed_units", "employees", "active_employees"] },
  employees: {
    key: ["nip"],
    notNull: ["name", "unit_code", "opd_code", "opd_name", "employee_type", "position_type", "active"],
    accepted: { employee_type: EMPLOYEE_TYPES },
    references: [{ columns: ["unit_code"], mart: "units" }, opd],
  },
  daily_attendance: {
    key: ["nip", "date"],
    notNull: ["status", "opd_code", "scheduled_start", "scheduled_end", "scheduled_minutes", "late_minutes", "early_minutes", "missing_check_in", "missing_check_out", "outside_geofence"],
    accepted: { status: STATUSES },
    references: [employee],
  },
  apel_monthly: { key: ["nip", "month"], notNull: ["apel_expected", "apel_attended", "apel_missed"], references: [employee] },
  attendance_corrections: {
    key: ["nip", "date", "correction_type"],
    notNull: ["status", "applied", "outcome"],
    accepted: { status: ["disetujui", "ditolak", "menunggu"], correction_type: ["lupa_absen_masuk", "lupa_absen_pulang", "kendala_mesin", "tugas_kedinasan"] },
    references: [employee],
  },
  attendance_evidence_monthly: { key: ["opd_code", "month"], references: [opd] },
  gps_flag_days: { key: ["nip", "date"], notNull: ["mock_location", "low_gps_accuracy", "outside_geofence", "no_activity"], references: [employee, { columns: ["nip", "date"], mart: "daily_attendance" }] },
  unit_summary: { key: ["opd_code", "month"], notNull: ["headcount", "working_days"], references: [opd] },
  // discipline
  discipline_recommendations: {
    key: ["nip", "year"],
    notNull: ["employee_type", "days_tk", "days_equivalent", "days_total", "max_consecutive_tk", "level", "sanction", "legal_basis"],
    accepted: { level: LEVELS, employee_type: EMPLOYEE_TYPES },
    references: [employee],
  },
  discipline_rungs_monthly: { key: ["opd_code", "month", "employee_type", "level", "sanction"], notNull: ["employees"], accepted: { level: LEVELS, employee_type: EMPLOYEE_TYPES }, references: [opd] },
  discipline_early_warning: { key: ["nip"], notNull: ["as_of", "days_total", "nearest", "days_to_go"], accepted: { nearest: ["beruntun", "kumulatif"] }, references: [employee] },
  discipline_followup: { key: ["nip", "year"], notNull: ["followup_status"], references: [employee] },
  tpp_deduction_lines: { key: ["nip", "date", "event"], notNull: ["month", "pct", "rule", "legal_basis"], references: [employee] },
  // one line per priced event: an IKP line per instruction, which its rule names
  tpp_performance_lines: { key: ["nip", "month", "event", "rule"], notNull: ["pct", "rule", "legal_basis"], references: [employee] },
  tpp_deductions: { key: ["nip", "month"], notNull: ["discipline_pct", "performance_pct", "total_pct"], references: [employee] },
  // opd_code null: the kabupaten's row of the month
  tpp_deduction_summary: { key: ["month", "opd_code"], nullable: ["opd_code"], notNull: ["employees", "employees_deducted", "events", "mean_discipline_pct", "mean_total_pct"], references: [opd] },
  page_unit_discipline_change: { key: ["opd_code"], accepted: { verdict: ["lebih_baik", "setara", "lebih_buruk"] }, references: [opd] },
  // performance
  performance: { key: ["nip", "year", "period"], notNull: ["predikat", "is_good", "period_start", "period_end"], accepted: { predikat: PREDIKAT, rating_results: RATINGS, rating_behaviour: RATINGS }, references: [employee] },
  predikat_distribution: { key: ["unit_code", "year", "period"], notNull: ["n"] },
  predikat_curve_checks: { key: ["unit_code", "year", "period", "rule"], notNull: ["passed"] },
  behaviour_360: { key: ["nip", "year", "period"], accepted: { status: ["final", "pending"] }, notNull: ["status"], references: [employee] },
  behaviour_360_exclusions: { key: ["year", "period", "nip", "rater_nip", "relation"], notNull: ["reason"] },
  productivity_monthly: { key: ["nip", "month"], notNull: ["working_days", "present_days", "approved_minutes", "approvals_open"], references: [employee] },
  productivity_months: { key: ["month"], notNull: ["approvals_open"] },
  page_productivity_quadrants: { key: ["nip", "year"], references: [employee] },
  // opd_code null: the kabupaten's row of the year
  productivity_year_summary: {
    key: ["year", "opd_code"],
    nullable: ["opd_code"],
    notNull: ["employees", "expected_minutes", "counted_minutes", "present_days", "present_no_activity_days", "mapped", "teladan", "produktif_kurang_disiplin", "rajin_kurang_hasil", "perlu_pembinaan", "attention"],
    references: [opd],
  },
  quiet_performers: { key: ["year", "nip"], notNull: ["reason"], references: [employee] },
  ikp_results: { key: ["id"], notNull: ["nip", "status", "is_due", "is_kept", "is_missed"], references: [employee] },
  ikp_monthly: { key: ["nip", "month"], references: [employee] },
  // awards, talent, merit
  awards: { key: ["period", "scope", "nip"], notNull: ["eligible", "on_page", "in_report"], references: [employee] },
  award_score_parts: {
    key: ["period", "nip", "part"],
    notNull: ["award_level", "quarters", "weight", "weighted_points"],
    accepted: { part: ["predikat", "behaviour_360", "productivity", "discipline", "ikp"], award_level: ["triwulan", "semester", "tahunan"] },
    references: [employee],
  },
  award_ranking: { key: ["period", "nip"], notNull: ["award_level", "score", "tiebreak_order", "eligible", "selected", "winner"], references: [employee] },
  page_award_breakdown: { key: ["period", "nip", "component"], references: [employee] },
  talent_nine_box: {
    key: ["nip", "year"],
    accepted: { performance_level: RATINGS, potential_level: POTENTIAL, box: BOXES, employee_type: EMPLOYEE_TYPES },
    references: [employee],
  },
  // box null: serving in the latest year, not yet placed; a position class may have no eselon
  talent_box_summary: { key: ["year", "opd_code", "position_type", "echelon", "box"], nullable: ["echelon", "box"], notNull: ["employees", "talent_pool", "excluded", "no_assessment", "no_performance"], accepted: { box: BOXES }, references: [opd] },
  // everyone, also those not yet placed in any year (year null)
  talent_career: { key: ["nip", "year"], nullable: ["year"], references: [employee] },
  talent_succession: { key: ["scope", "position_key", "year", "nip"], notNull: ["rank"], references: [{ columns: ["nip"], mart: "employees" }] },
  competency_jpm: { key: ["nip", "assessed_on", "assessment_type", "target_position_type", "target_echelon"], nullable: ["target_echelon"], notNull: ["jpm_pct"], references: [employee] },
  competency_gaps: { key: ["nip", "assessed_on", "assessment_type", "target_position_type", "target_echelon", "competency"], nullable: ["target_echelon"], references: [employee] },
  merit_scores: { key: ["nip", "year"], references: [employee] },
  merit_unit_summary: { key: ["opd_code", "year"], references: [opd] },
  merit_year_summary: { key: ["year"], notNull: ["employees", "scored", "partial", "unscored"] },
  // the periodic report and the OPD profile
  report_periods: { key: ["period"], notNull: ["award_level", "year", "period_start", "period_end", "data_end", "skp_period_kind", "previous", "previous_start", "previous_end", "sort_order"], accepted: { award_level: ["triwulan", "semester", "tahunan"] } },
  report_period_windows: { key: ["period", "which"], notNull: ["start_date", "end_date", "skp_end", "approvals_open"], accepted: { which: ["current", "previous"] }, references: [reportPeriod] },
  report_period_summary: { key: ["period", "figure"], accepted: { better: ["higher", "lower"], verdict: ["lebih_baik", "setara", "lebih_buruk"] }, references: [reportPeriod] },
  report_period_rungs: { key: ["period", "employee_type", "level"], notNull: ["level_rank", "at_end", "at_least_end", "reached"], accepted: { level: LEVELS, employee_type: EMPLOYEE_TYPES }, references: [reportPeriod] },
  opd_figures: { key: ["period", "opd_code", "figure"], notNull: ["small_group"], accepted: { better: ["higher", "lower"], verdict: ["lebih_baik", "setara", "lebih_buruk"] }, references: [reportPeriod, opd] },
  report_period_left_out: { key: ["period", "which", "source"], notNull: ["months", "months_left_out"], accepted: { which: ["current", "previous"], source: ["presensi", "e_kinerja", "ikp", "semua"] }, references: [reportPeriod] },
};

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (v: string | number | boolean) => (typeof v === "string" ? `'${v.replaceAll("'", "''")}'` : String(v));

/** One SQL check per promise: a count of the rows that break it, with what it checks. */
export function contractChecks(mart: string, c: MartContract, schema = "marts"): { what: string; sql: string }[] {
  const t = `${schema}.${q(mart)}`;
  const keyList = c.key.map(q).join(", ");
  const checks = [
    { what: `${mart}: satu baris per (${c.key.join(", ")})`, sql: `select count(*) from (select ${keyList} from ${t} group by all having count(*) > 1)` },
  ];
  for (const col of [...c.key.filter((k) => !c.nullable?.includes(k)), ...(c.notNull ?? [])]) {
    checks.push({ what: `${mart}.${col} tidak pernah kosong`, sql: `select count(*) from ${t} where ${q(col)} is null` });
  }
  for (const [col, values] of Object.entries(c.accepted ?? {})) {
    checks.push({ what: `${mart}.${col} hanya ${values.join("/")}`, sql: `select count(*) from ${t} where ${q(col)} is not null and ${q(col)} not in (${values.map(lit).join(", ")})` });
  }
  for (const ref of c.references ?? []) {
    const parentKey = ref.key ?? ref.columns;
    const parent = `${schema}.${q(ref.mart)}`;
    const on = ref.columns.map((col, i) => `child.${q(col)} = parent.${q(parentKey[i])}`).join(" and ");
    const present = ref.columns.map((col) => `child.${q(col)} is not null`).join(" and ");
    checks.push({
      what: `${mart}(${ref.columns.join(", ")}) ada di ${ref.mart}(${parentKey.join(", ")})`,
      sql: `select count(*) from ${t} as child where ${present} and not exists (select 1 from ${parent} as parent where ${on})`,
    });
  }
  return checks;
}

/** Every broken promise of every mart, as "what: N baris" lines; empty when all hold. */
export async function checkContracts(conn: DuckDBConnection, contracts = MART_CONTRACTS, schema = "marts"): Promise<string[]> {
  const failures: string[] = [];
  for (const [mart, contract] of Object.entries(contracts)) {
    for (const { what, sql } of contractChecks(mart, contract, schema)) {
      const broken = Number((await conn.runAndReadAll(sql)).getRows()[0][0]);
      if (broken > 0) failures.push(`${what}: ${broken} baris melanggar`);
    }
  }
  return failures;
}
