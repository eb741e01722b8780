// Literal inputs for the talent, competency and merit models: people, SKP, assessments,
// standards, training and sanctions, written the way ingestion leaves them in `raw`.
import type { DuckDBConnection } from "@duckdb/node-api";
import { modelDb, runOnly } from "./models.ts";
import { table } from "./tables.ts";

export const LEVELS = ["integritas", "kerjasama", "komunikasi", "orientasi_pada_hasil", "pelayanan_publik",
  "pengembangan_diri_dan_orang_lain", "mengelola_perubahan", "pengambilan_keputusan", "perekat_bangsa"] as const;
const levelColumns = Object.fromEntries([...LEVELS, "teknis"].map((c) => [c, "integer"]));
const evidence = { source_file: "varchar", source_line: "integer" };

export interface Person {
  nip: string;
  position_type?: string;
  echelon?: string | null;
  opd_code?: string;
  unit_code?: string;
  position_name?: string;
  start_date?: string;
  end_date?: string | null;
  /** PNS (default) or PPPK */
  employee_type?: string;
}

/** staging.stg_employees and marts.employees for `people` (defaults: a pelaksana of OPD "A"). */
export async function people(conn: DuckDBConnection, list: Person[]): Promise<void> {
  const full = list.map((p) => ({ position_type: "pelaksana", echelon: null, opd_code: "A", unit_code: p.opd_code ?? "A",
    position_name: `Jabatan ${p.nip}`, start_date: "2010-01-01", end_date: null, employee_type: "PNS", ...p }));
  await table(conn, "staging.stg_employees", { nip: "varchar", position_type: "varchar", echelon: "varchar" },
    full.map((p) => [p.nip, p.position_type, p.echelon]));
  await table(conn, "marts.employees", {
    nip: "varchar", opd_code: "varchar", unit_code: "varchar", employee_type: "varchar", position_type: "varchar",
    position_name: "varchar", echelon: "varchar", start_date: "date", end_date: "date", active: "boolean",
  }, full.map((p) => [p.nip, p.opd_code, p.unit_code, p.employee_type, p.position_type, p.position_name, p.echelon, p.start_date, p.end_date, p.end_date === null]));
}

/** raw.skp: [nip, tahun, periode, hasil, perilaku]. */
export async function skp(conn: DuckDBConnection, list: [string, number, string, string, string][]): Promise<void> {
  await table(conn, "raw.skp", {
    nip: "varchar", tahun: "integer", periode: "varchar", rating_hasil_kerja: "varchar", rating_perilaku_kerja: "varchar",
    predikat_kinerja: "varchar", nip_penilai: "varchar", ...evidence,
  }, list.map(([nip, year, period, h, p], i) => [nip, year, period, h, p, null, null, "skp.csv", i + 2]));
}

/** Ratings that give each predikat (PermenPANRB 6/2022 matrix). */
export const RATINGS: Record<string, [string, string]> = {
  sangat_baik: ["di_atas", "di_atas"],
  baik: ["sesuai", "sesuai"],
  butuh_perbaikan: ["di_bawah", "sesuai"],
  kurang_misconduct: ["sesuai", "di_bawah"],
  sangat_kurang: ["di_bawah", "di_bawah"],
};

export interface Assessment {
  nip: string;
  date?: string;
  type?: string;
  /** One level for all nine, or nine levels. */
  levels?: number | number[];
  teknis?: number | null;
  potential?: number | null;
}

export async function assessments(conn: DuckDBConnection, list: Assessment[]): Promise<void> {
  await table(conn, "raw.kompetensi", {
    nip: "varchar", tanggal_asesmen: "date", jenis_asesmen: "varchar", ...levelColumns, skor_potensi: "double", ...evidence,
  }, list.map((a, i) => {
    const levels = typeof a.levels === "number" || a.levels === undefined ? LEVELS.map(() => (a.levels as number) ?? 3) : a.levels;
    return [a.nip, a.date ?? "2025-06-01", a.type ?? "pemetaan", ...levels, a.teknis ?? null, a.potential ?? null, "kompetensi.csv", i + 2];
  }));
}

/** raw.standar_kompetensi: [jenis_jabatan, eselon, level of the nine (one or nine numbers), teknis]. */
export async function standards(conn: DuckDBConnection, list: [string, string | null, number | number[], number | null][]): Promise<void> {
  await table(conn, "raw.standar_kompetensi", { jenis_jabatan: "varchar", eselon: "varchar", ...levelColumns, ...evidence },
    list.map(([type, echelon, level, teknis], i) => [type, echelon, ...(typeof level === "number" ? LEVELS.map(() => level) : level), teknis, "standar.csv", i + 2]));
}

/** raw.pelatihan: [nip, tanggal_selesai, jam_pelajaran]. */
export async function trainings(conn: DuckDBConnection, list: [string, string, number][]): Promise<void> {
  await table(conn, "raw.pelatihan", { nip: "varchar", nama_pelatihan: "varchar", tanggal_selesai: "date", jam_pelajaran: "integer", ...evidence },
    list.map(([nip, date, hours], i) => [nip, `Pelatihan ${i + 1}`, date, hours, "pelatihan.csv", i + 2]));
}

/** raw.hukuman_disiplin: [nip, tanggal_sk, jenis_hukuman]. */
export async function sanctions(conn: DuckDBConnection, list: [string, string, string][]): Promise<void> {
  await table(conn, "raw.hukuman_disiplin", {
    nip: "varchar", nomor_sk: "varchar", tanggal_sk: "date", jenis_hukuman: "varchar", tmt_mulai: "date", tmt_selesai: "date", alasan: "varchar", ...evidence,
  }, list.map(([nip, date, code], i) => [nip, `800/${i + 1}/BKPSDM`, date, code, date, null, "alasan", "hukuman.csv", i + 2]));
}

/** The models from the raw tables above to the nine-box. */
export const NINE_BOX_MODELS = ["stg_skp", "int_performance", "performance", "stg_competency_assessments", "stg_trainings", "stg_sanctions",
  "int_talent_years", "int_talent_performance", "int_talent_potential", "talent_nine_box"];
export const JPM_MODELS = ["stg_competency_assessments", "stg_competency_standards", "int_competency_gaps",
  "int_position_standards", "int_employee_competency_classes", "competency_jpm", "competency_gaps"];

export interface TalentInputs {
  people: Person[];
  skp?: [string, number, string, string, string][];
  assessments?: Assessment[];
  standards?: [string, string | null, number | number[], number | null][];
  trainings?: [string, string, number][];
  sanctions?: [string, string, string][];
}

/** A database with every talent input (absent ones empty) and the named models run over it. */
export async function talentDb(config: unknown, inputs: TalentInputs, models: string[]): Promise<DuckDBConnection> {
  const conn = await modelDb(config);
  await people(conn, inputs.people);
  await skp(conn, inputs.skp ?? []);
  await assessments(conn, inputs.assessments ?? []);
  await standards(conn, inputs.standards ?? []);
  await trainings(conn, inputs.trainings ?? []);
  await sanctions(conn, inputs.sanctions ?? []);
  await runOnly(conn, ...models);
  return conn;
}

/** SKP rows giving `predikat` in the TAHUNAN period of each year. */
export function annual(nip: string, predikat: string, years = [2024, 2025]): [string, number, string, string, string][] {
  return years.map((y) => [nip, y, "TAHUNAN", ...RATINGS[predikat]]);
}
