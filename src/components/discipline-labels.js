// Display text and colours for the codes the discipline and TPP marts use. The text of a sanction
// is not here: a recommendation brings its own (sanction_label, legal_basis), from the ladder of
// the person's employee type (PNS: PP 94/2021; PPPK: PP 49/2018 Pasal 52 or the instansi's own).
import {GRADE_COLORS, MEASURE_COLORS, MISSING_COLOR, STATUS_COLORS} from "./palette.js";
import {badge} from "./performance-labels.js";

export const LEVELS = ["ringan", "sedang", "berat"];
export const LEVEL_LABELS = {none: "Tidak ada", ringan: "Ringan", sedang: "Sedang", berat: "Berat"};
export const LEVEL_COLORS = {none: MISSING_COLOR, ringan: GRADE_COLORS[2], sedang: GRADE_COLORS[3], berat: GRADE_COLORS[4]};

export const STATUSES = ["belum_diputus", "berbeda", "sesuai"];
export const STATUS_LABELS = {
  belum_diputus: "Belum diputus",
  sesuai: "Sesuai rekomendasi",
  berbeda: "Berbeda dari rekomendasi",
  tanpa_rekomendasi: "Tanpa rekomendasi"
};
// awaiting a decision is the one to act on; a decision that differs needs its written reason, it is not an error
const FOLLOW_UP_COLORS = {belum_diputus: GRADE_COLORS[2], sesuai: STATUS_COLORS.good, berbeda: GRADE_COLORS[3], tanpa_rekomendasi: STATUS_COLORS.neutral};

export const EVENTS = ["terlambat", "pulang_cepat", "tidak_absen_masuk", "tidak_absen_pulang", "tanpa_keterangan"];
export const EVENT_LABELS = {
  terlambat: "Terlambat (TL)",
  pulang_cepat: "Pulang sebelum waktunya (PSW)",
  tidak_absen_masuk: "Tidak absen masuk",
  tidak_absen_pulang: "Tidak absen pulang",
  tanpa_keterangan: "Tanpa keterangan (TK)"
};
export const EVENT_COLORS = EVENTS.map((event) => MEASURE_COLORS[event]);

/**
 * code → sanction text of one employee type's ladder ("teguran_lisan" → "Teguran lisan"); unknown
 * codes as they are. Only for codes that come without a text (a recorded SK's jenis_hukuman, which
 * uses the PP 94/2021 codes): a recommendation's text is its own sanction_label.
 */
export function sanctionLabeller(ladder, employeeType = "PNS") {
  const labels = new Map();
  for (const d of ladder) if (d.employee_type === employeeType && !labels.has(d.sanction)) labels.set(d.sanction, d.sanction_label);
  return (code) => (code == null ? "–" : labels.get(code) ?? code);
}

/** The run rule of an employee type (PNS: 10 consecutive TK days) from the ladder file; PPPK by default has none. */
export function consecutiveRule(ladder, employeeType = "PNS") {
  return ladder.find((d) => d.consecutive && d.employee_type === employeeType) ?? {min_days: null, level: null, sanction: null, sanction_label: null};
}

/**
 * The ladder's day ranges per level, from the ladder table in force (discipline-ladder.json):
 * "ringan 3–10 hari, sedang 11–20, berat 21 ke atas atau 10 hari TK berturut-turut".
 */
export function ladderRangesText(ladder, employeeType = "PNS") {
  const rows = ladder.filter((d) => d.employee_type === employeeType && !d.consecutive && d.level !== "none");
  const parts = LEVELS.map((level) => {
    const of = rows.filter((d) => d.level === level);
    if (!of.length) return null;
    const from = Math.min(...of.map((d) => d.min_days));
    const to = of.some((d) => d.max_days == null) ? null : Math.max(...of.map((d) => d.max_days));
    return `${LEVEL_LABELS[level].toLowerCase()} ${from}${to == null ? " ke atas" : from === to ? "" : `–${to}`}`;
  }).filter(Boolean);
  const run = consecutiveRule(ladder, employeeType);
  const text = parts.map((p, i) => (i === 0 ? `${p} hari` : p)).join(", ");
  return run.min_days ? `${text} atau ${run.min_days} hari TK berturut-turut` : text;
}

/** The evidence line for a ladder without sanctions (PPPK by default): its own text and basis. */
export function evidenceNote(ladder, employeeType = "PPPK") {
  const open = ladder.find((d) => d.employee_type === employeeType && !d.consecutive);
  return open ? `${open.sanction_label} (${open.legal_basis})` : "";
}

/** Whether an employee type's ladder names any sanction (PNS always; PPPK only under the instansi's own table). */
export function hasSanctions(ladder, employeeType) {
  return ladder.some((d) => d.employee_type === employeeType && d.level !== "none");
}

export const levelBadge = (level) => badge(LEVEL_LABELS[level] ?? level, LEVEL_COLORS[level] ?? STATUS_COLORS.neutral);
export const statusBadge = (status) => badge(STATUS_LABELS[status] ?? status, FOLLOW_UP_COLORS[status] ?? STATUS_COLORS.neutral);
