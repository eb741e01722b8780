// Writes the tables of docs/aturan.md and docs/kontrak-data.md from what the product really runs
// with: the regulation tables (pipeline/rules/*.csv), the config defaults (pipeline/config), the
// source declarations (pipeline/sources) and the marts of a pipeline run. Each table sits between
// `<!-- dibuat:NAME -->` and `<!-- /dibuat:NAME -->`; the prose around it is written by hand.
// test/unit/docs.test.ts fails when a committed doc differs from what this script would write.
//
//   npx tsx scripts/docs.ts           # rewrite the generated sections
//   npx tsx scripts/docs.ts --check   # exit 1 when a doc is out of date
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { DuckDBInstance } from "@duckdb/node-api";
import { configSchema, type Config } from "../pipeline/config/schema.ts";
import { SOURCES } from "../pipeline/sources/index.ts";
import { fileNames, TABLE_EXTENSIONS, type Column, type Source } from "../pipeline/ingest/source.ts";
import { runPipeline } from "../pipeline/run.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RULES = join(ROOT, "pipeline", "rules");
export const DOCS = { aturan: join(ROOT, "docs", "aturan.md"), kontrak: join(ROOT, "docs", "kontrak-data.md") };

// ---- formats (Indonesian: 1.234,5) -------------------------------------------------------------

const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const num = (n: number | null | undefined): string => (n == null ? "–" : numberFormat.format(n));
const pct = (n: number | null | undefined): string => (n == null ? "–" : `${num(n)}%`);
const code = (s: string): string => `\`${s}\``;
const cell = (s: string): string => s.replaceAll("|", "\\|").replaceAll("\n", " ");
const yesNo = (b: boolean): string => (b ? "ya" : "tidak");

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

function readRulesCsv(file: string, dir = RULES): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dir, file), "utf8"), { header: true, skipEmptyLines: true }).data;
}

/** "3" / "4-6" / "28 atau lebih" from a rung's min and max. */
function range(min: string | number, max: string | number | null | undefined, unit = ""): string {
  const u = unit ? ` ${unit}` : "";
  if (max === "" || max == null) return `${num(Number(min))}${u} atau lebih`;
  return Number(min) === Number(max) ? `${num(Number(min))}${u}` : `${num(Number(min))}–${num(Number(max))}${u}`;
}

const LEVEL = { di_atas: "di atas ekspektasi", sesuai: "sesuai ekspektasi", di_bawah: "di bawah ekspektasi" } as Record<string, string>;
const PREDIKAT: Record<string, string> = {
  sangat_baik: "Sangat Baik",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang_misconduct: "Kurang/Misconduct",
  sangat_kurang: "Sangat Kurang",
};
const DAYS: Record<string, string> = { mon: "Senin", tue: "Selasa", wed: "Rabu", thu: "Kamis", fri: "Jumat", sat: "Sabtu", sun: "Minggu" };

/** "`key`: value" rows of settings: the config path an instansi writes, its default, what it does. */
function settings(rows: [string, string, string][]): string {
  return table(["pengaturan", "bawaan", "arti"], rows.map(([key, value, meaning]) => [code(key), value, meaning]));
}

const weightsText = (w: Record<string, number>, labels: Record<string, string>): string =>
  Object.entries(w).map(([k, v]) => `${labels[k] ?? k} ${pct(v)}`).join(", ");
const perPredikatText = (p: Record<string, number>, unit = ""): string =>
  Object.entries(p).map(([k, v]) => `${PREDIKAT[k] ?? k} ${num(v)}${unit}`).join(", ");

// ---- docs/aturan.md ---------------------------------------------------------------------------

function weekTable(week: Config["schedule"]["week"]): string {
  let total = 0;
  const rows = Object.entries(DAYS).flatMap(([key, name]) => {
    const d = week[key as keyof typeof week];
    if (!d) return [];
    const [sh, sm] = d.start.split(":").map(Number);
    const [eh, em] = d.end.split(":").map(Number);
    const minutes = eh * 60 + em - (sh * 60 + sm) - d.break_minutes;
    total += minutes;
    return [[name, d.start.replace(":", "."), d.end.replace(":", "."), `${num(d.break_minutes)} menit`, `${num(minutes / 60)} jam`]];
  });
  return `${table(["hari", "mulai", "selesai", "istirahat", "jam kerja"], rows)}\n\nJumlah seminggu: **${num(total / 60)} jam**.`;
}

/** The generated sections of docs/aturan.md; `rulesDir` lets a test feed a changed copy of the tables. */
export function aturanSections(config: Config, rulesDir = RULES): Record<string, string> {
  const rulesCsv = (file: string) => readRulesCsv(file, rulesDir);
  const s = config.schedule;
  const holidays = readdirSync(join(rulesDir, "hari_libur")).filter((f) => f.endsWith(".csv")).sort().map((f) => {
    const rows = rulesCsv(join("hari_libur", f));
    const count = (jenis: string) => rows.filter((r) => r.jenis === jenis).length;
    return [code(`pipeline/rules/hari_libur/${f}`), f.replace(".csv", ""), num(count("libur_nasional")), num(count("cuti_bersama"))];
  });
  const ladder = rulesCsv("pp94_2021_ladder.csv");
  const run = rulesCsv("pp94_2021_consecutive.csv");
  const pppk = rulesCsv("pp49_2018_pppk.csv");
  const matrix = rulesCsv("permenpanrb_6_2022_predikat.csv");
  const curve = rulesCsv("se_menpanrb_3_2023_curve.csv");
  const nineBox = rulesCsv("permenpanrb_3_2020_nine_box.csv");
  const jpm = rulesCsv("jpm_categories.csv");
  const { tpp, tpp_performance: tppK, behaviour_360: b360, ikp, talent, merit, awards } = config;
  const bandRows = (bands: Config["tpp"]["late_bands"]) => bands.map((b) => range(b.min_minutes, b.max_minutes, "menit") + `: ${pct(b.pct)}`).join("; ");
  const ratings = ["di_atas", "sesuai", "di_bawah"];
  const cellOf = (r: string, b: string) => PREDIKAT[matrix.find((m) => m.rating_results === r && m.rating_behaviour === b)?.predikat ?? ""] ?? "–";

  return {
    "jam-kerja-minggu": `Minggu kerja bawaan (${code("schedule.week")}):\n\n${weekTable(s.week)}\n\nMinggu kerja Ramadan (${code("schedule.ramadan_week")}):\n\n${weekTable(s.ramadan_week)}`,
    "jam-kerja-ramadan": table(
      ["mulai", "selesai", "tahun hijriah", "dasar"],
      rulesCsv("ramadan.csv").map((r) => [r.mulai, r.selesai, `${r.tahun_hijriah} H`, r.dasar]),
    ),
    "jam-kerja-libur": table(["berkas", "tahun", "libur nasional", "cuti bersama"], holidays),
    "kehadiran-setelan": settings([
      ["instansi.timezone", code(config.instansi.timezone), "zona waktu jam dinding ekspor (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura); jam tidak pernah digeser lewat UTC"],
      ["schedule.grace_minutes", `${num(s.grace_minutes)} menit`, "toleransi sebelum absen masuk dihitung terlambat"],
      ["schedule.checkin_window_start", s.checkin_window_start.replace(":", "."), "sejak jam ini sampai tengah hari kerja, absen dihitung calon absen masuk"],
      ["period", "rentang ekspor presensi", "awal dan akhir kalender kehadiran; hari sesudah ekspor terakhir belum dihitung"],
    ]),
    "disiplin-tangga": table(
      ["hari TK dalam 1 tahun", "tingkat", "kode", "hukuman", "dasar"],
      ladder.map((r) => [range(r.min_days, r.max_days), r.level, code(r.sanction), r.sanction_label, r.legal_basis]),
    ),
    "disiplin-beruntun": table(
      ["hari kerja TK berturut-turut", "tingkat", "kode", "hukuman", "dasar"],
      run.map((r) => [num(Number(r.min_consecutive_days)), r.level, code(r.sanction), r.sanction_label, r.legal_basis]),
    ),
    "disiplin-setelan": settings([
      ["discipline.minutes_per_day", `${num(config.discipline.minutes_per_day)} menit`, "menit terlambat dan pulang sebelum waktunya setahun yang menjadi 1 hari setara TK (dibulatkan ke bawah)"],
      ["discipline.include_converted_days", yesNo(config.discipline.include_converted_days), "hari setara ikut dihitung pada tangga"],
    ]),
    "pppk-tangga": table(
      ["hari TK", "tingkat", "kode", "keterangan", "dasar"],
      pppk.map((r) => [range(r.min_days, r.max_days), r.level, code(r.sanction), r.sanction_label, r.legal_basis]),
    ),
    "predikat-matriks": table(
      ["hasil kerja \\ perilaku kerja", ...ratings.map((r) => LEVEL[r])],
      ratings.map((r) => [LEVEL[r], ...ratings.map((b) => cellOf(r, b))]),
    ),
    "predikat-kurva": table(
      ["predikat organisasi", "batas", "dasar"],
      curve.map((r) => [PREDIKAT[r.organisation_predikat] ?? (r.organisation_predikat === "istimewa" ? "Istimewa" : r.organisation_predikat === "kurang" ? "Kurang" : r.organisation_predikat), r.description, r.legal_basis]),
    ),
    "predikat-setelan": settings([
      ["performance.curve_period", code(config.performance.curve_period), "periode SKP yang sebarannya diperiksa terhadap kurva"],
    ]),
    "360-setelan": settings([
      ["behaviour_360.weights", weightsText(b360.weights, {}), "bobot rata-rata setiap hubungan penilai"],
      ["behaviour_360.weights_without_subordinates", weightsText(b360.weights_without_subordinates, {}), "bobot bagi pegawai tanpa bawahan"],
      ["behaviour_360.min_peers", num(b360.min_peers), "penilai rekan paling sedikit; bila kurang, hasilnya tertunda (pending), bukan angka"],
    ]),
    "ikp-setelan": settings([
      ["ikp.reward_points_on_time", `${num(ikp.reward_points_on_time)} poin`, "selesai paling lambat pada tenggat"],
      ["ikp.late_pct", pct(ikp.late_pct), "selesai sesudah tenggat: potongan bagian kinerja TPP bulan tenggat"],
      ["ikp.not_completed_pct", pct(ikp.not_completed_pct), "belum selesai ketika tenggat lewat: potongan bagian kinerja TPP bulan tenggat"],
    ]),
    "tpp-setelan": settings([
      ["tpp.legal_basis", tpp.legal_basis, "dasar hukum yang tercetak pada setiap baris potongan (Perbup/Perwali instansi)"],
      ["tpp.discipline_share_pct", pct(tpp.discipline_share_pct), "bagian disiplin dari TPP"],
      ["tpp.performance_share_pct", pct(tpp.performance_share_pct), "bagian kinerja (produktivitas) dari TPP; jumlah keduanya 100"],
      ["tpp.late_bands", bandRows(tpp.late_bands), "potongan per kejadian terlambat (TL), dari bagian disiplin"],
      ["tpp.early_bands", bandRows(tpp.early_bands), "potongan per kejadian pulang sebelum waktunya (PSW)"],
      ["tpp.missing_punch_pct", pct(tpp.missing_punch_pct), "hari hadir tanpa absen masuk atau tanpa absen pulang"],
      ["tpp.tk_pct_per_day", pct(tpp.tk_pct_per_day), "setiap hari tanpa keterangan"],
      ["tpp.missed_apel_pct", pct(tpp.missed_apel_pct), "setiap apel/upacara yang tidak diikuti (0 = tidak dihargai)"],
      ["tpp.monthly_cap_pct", pct(tpp.monthly_cap_pct), "batas potongan sebulan, dari bagian disiplin"],
    ]),
    "tpp-kinerja": settings([
      ["tpp_performance.legal_basis", tppK.legal_basis, "dasar hukum bagian kinerja"],
      ["tpp_performance.basis", code(tppK.basis), "yang menentukan potongan: `productivity` (pita produktivitas), `predikat` (predikat bulan itu) atau `both` (yang lebih besar)"],
      ["tpp_performance.productivity_bands", tppK.productivity_bands.map((b) => `${b.max_pct == null ? `${num(b.min_pct)}% ke atas` : `${num(b.min_pct)}–<${num(b.max_pct)}%`}: ${pct(b.deduction_pct)}`).join("; "), "potongan bagian kinerja menurut menit aktivitas disetujui ÷ menit kerja terjadwal"],
      ["tpp_performance.predikat_pct", perPredikatText(tppK.predikat_pct, "%"), "potongan bagian kinerja menurut predikat bulan itu"],
      ["tpp_performance.monthly_cap_pct", pct(tppK.monthly_cap_pct), "batas potongan sebulan, dari bagian kinerja"],
      ["productivity.open_approval_pct", pct(config.productivity.open_approval_pct), "bulan dengan menit menunggu persetujuan di atas batas ini dihitung sementara"],
    ]),
    "talenta-kotak": table(
      ["kotak", "kinerja", "potensial", "tindakan yang disarankan", "kelompok suksesi", "dasar"],
      nineBox.map((r) => [r.box, LEVEL[r.performance_level] ?? r.performance_level, r.potential_level, r.actions, yesNo(r.succession_group === "true"), r.legal_basis]),
    ),
    "talenta-setelan": settings([
      ["talent.performance_cutoffs", `di atas ≥ ${num(talent.performance_cutoffs.di_atas)}; sesuai ≥ ${num(talent.performance_cutoffs.sesuai)}`, "batas skor kinerja 0–100; di bawahnya: di bawah ekspektasi"],
      ["talent.potential_cutoffs", `tinggi ≥ ${num(talent.potential_cutoffs.tinggi)}; menengah ≥ ${num(talent.potential_cutoffs.menengah)}`, "batas skor potensial 0–100; di bawahnya: rendah"],
      ["talent.performance_points", perPredikatText(talent.performance_points), "poin predikat dalam skor kinerja"],
      ["talent.performance_years", `${num(talent.performance_years)} tahun`, "tahun SKP yang dirata-rata"],
      ["talent.potential_weights", `asesmen ${pct(talent.potential_weights.assessment)}, rekam jejak ${pct(talent.potential_weights.track_record)}`, "isi skor potensial: skor_potensi asesmen dan jam pelatihan"],
      ["talent.development_target_jp", `${num(talent.development_target_jp)} JP setahun`, "jam pelatihan yang dihitung penuh (PP 11/2017 Pasal 203: paling sedikit 20 JP)"],
      ["talent.assessment_valid_years", `${num(talent.assessment_valid_years)} tahun`, "umur asesmen yang masih berlaku"],
      ["talent.exclusion", talent.exclusion.enabled ? `hukuman ${talent.exclusion.levels.join("/")} dalam ${num(talent.exclusion.years)} tahun` : "tidak aktif", "yang dikeluarkan dari kelompok rencana suksesi (pilihan daerah)"],
      ["talent.succession_candidates", num(talent.succession_candidates), "kandidat berperingkat per jabatan eselon III/IV"],
    ]),
    "jpm-kategori": table(
      ["skala", "kategori", "JPM", "dasar"],
      jpm.map((r) => [r.scale, r.label, r.max_pct ? `${num(Number(r.min_pct))}% sampai < ${num(Number(r.max_pct))}%` : `≥ ${num(Number(r.min_pct))}%`, r.legal_basis]),
    ),
    "jpm-setelan": settings([
      ["talent.jpm_cap_at_standard", yesNo(talent.jpm_cap_at_standard), "level di atas standar dihitung hanya sampai level standar"],
      ["talent.career_path", talent.career_path.map((c) => `${c.from_position_type} → ${c.to_position_type}${c.to_echelon ? ` ${c.to_echelon}` : ""}`).join("; "), "kelas jabatan tujuan berikutnya (peta karier dan suksesi)"],
    ]),
    "merit-setelan": settings([
      ["merit.weights", weightsText(merit.weights, { performance: "kinerja", discipline: "disiplin", competency: "kompetensi", development: "pengembangan", ikp: "IKP" }), "bobot komponen; jumlahnya 100"],
      ["merit.discipline_points", Object.entries(merit.discipline_points).map(([k, v]) => `${k} ${num(v)}`).join(", "), "poin tingkat tangga PP 94/2021 tahun itu"],
      ["merit.late_points_per_day", `${num(merit.late_points_per_day)} poin`, "dikurangi untuk setiap hari setara dari menit terlambat dan pulang cepat"],
      ["merit.min_weight_pct", pct(merit.min_weight_pct), "komponen berdata harus membawa paling sedikit bobot ini; di bawahnya tidak ada skor"],
    ]),
    "penghargaan-setelan": settings([
      ["awards.weights", weightsText(awards.weights, { predikat: "predikat", behaviour_360: "360", productivity: "produktivitas", discipline: "disiplin", ikp: "IKP" }), "bobot skor triwulan"],
      ["awards.predikat_points", perPredikatText(awards.predikat_points), "poin predikat triwulan"],
      ["awards.nominees_per_opd", num(awards.nominees_per_opd), "nominasi per OPD per triwulan"],
      ["awards.quarter_winners", num(awards.quarter_winners), "pemenang triwulan"],
      ["awards.shortlist_size", num(awards.shortlist_size), "daftar pendek semester"],
      ["awards.annual_winners", num(awards.annual_winners), "pemenang tahunan"],
      ["awards.quiet_performers", `produktivitas ≥ ${pct(awards.quiet_performers.min_productivity_pct)}, nilai 360 ≥ ${num(awards.quiet_performers.min_behaviour_score)}`, "batas \"bekerja tanpa sorotan\""],
    ]),
    "pola-kerja-setelan": settings([
      ["schedule.patterns", s.patterns.length ? `${num(s.patterns.length)} pola` : "tidak ada", "pola kerja per unit, jenis pegawai atau NIP; yang pertama cocok berlaku"],
      ["schedule.shift_checkin_window_minutes", `${num(s.shift_checkin_window_minutes)} menit`, "absen masuk shift boleh sekian menit sebelum mulai"],
      ["schedule.night_checkout_window_minutes", `${num(s.night_checkout_window_minutes)} menit`, "absen esok pagi dalam rentang ini sesudah shift malam selesai adalah absen pulangnya"],
      ["mobile.max_gps_accuracy_m", `${num(config.mobile.max_gps_accuracy_m)} m`, "absen seluler dengan akurasi GPS lebih buruk ditandai"],
      ["tpp.missed_apel_pct", pct(tpp.missed_apel_pct), "potongan TPP per apel yang tidak diikuti (0 = tidak aktif)"],
    ]),
    "kelengkapan-setelan": settings([
      ["completeness.min_attendance_pct", pct(config.completeness.min_attendance_pct), "presensi sebulan lengkap bila sekurangnya sekian persen pegawai-hari kerja tercatat (hadir atau ketidakhadiran yang disetujui)"],
      ["completeness.min_rated_pct", pct(config.completeness.min_rated_pct), "SKP atau 360 sebuah periode lengkap bila sekurangnya sekian persen pegawai periode itu memilikinya"],
      ["productivity.open_approval_pct", pct(config.productivity.open_approval_pct), "e-Kinerja sebulan belum lengkap bila menit yang menunggu persetujuan di atas batas ini"],
      ["completeness.ikp_open_pct", pct(config.completeness.ikp_open_pct), "IKP bulan yang baru lewat belum lengkap bila yang jatuh tempo dan belum dilaporkan selesai di atas batas ini"],
      ["completeness.ikp_reporting_days", `${num(config.completeness.ikp_reporting_days)} hari`, "bulan yang berakhir sekian hari sebelum data terakhir masih dianggap baru lewat"],
      ["completeness.min_compared_n", `${num(config.completeness.min_compared_n)} orang`, "angka OPD tentang lebih sedikit orang dari ini tidak dinilai lebih baik/buruk dan ditandai kelompok kecil"],
    ]),
  };
}

// ---- docs/kontrak-data.md ---------------------------------------------------------------------

const TYPES: Record<string, string> = { VARCHAR: "teks", DATE: "tanggal", TIME: "jam", TIMESTAMP: "tanggal dan jam", INTEGER: "bilangan bulat", DOUBLE: "angka" };

function fileMatch(source: Source): string {
  const names = code(fileNames(source));
  return "prefix" in source.file ? `${names} (${TABLE_EXTENSIONS.join(", ")})` : names;
}

/** The values a oneOf field accepts, read from its own message for an unknown value. */
function allowedValues(column: Column): string | undefined {
  const result = column.field.schema.safeParse("\u0001");
  if (result.success) return undefined;
  return /pilihan: ([^)]*)\)/.exec(result.error.issues[0]?.message ?? "")?.[1];
}

function sourceSection(source: Source): string {
  const rows = source.columns.map((c) => {
    const values = allowedValues(c);
    return [
      code(c.name),
      c.required ? "wajib" : "opsional",
      TYPES[c.field.sqlType] ?? c.field.sqlType,
      c.aliases.map(code).join(", ") || "–",
      [values ? `nilai: ${values}` : "", c.stored ? "" : "dibaca, tidak disimpan"].filter(Boolean).join("; ") || "–",
    ];
  });
  const extra = [
    source.fromFileName ? `${code(source.fromFileName.column)} diambil dari nama berkas.` : "",
    source.lookup ? `${code(source.lookup.column)} dicari lewat ${code(source.lookup.table)}.` : "",
  ].filter(Boolean);
  return [
    `#### ${code(source.name)}`,
    "",
    `Berkas: ${fileMatch(source)}${source.header ? "" : ", tanpa baris judul (kolom menurut urutan)"}. Kunci alami: ${source.key.map(code).join(" + ")}.${extra.length ? ` ${extra.join(" ")}` : ""}`,
    "",
    table(["kolom", "wajib", "jenis", "alias judul", "catatan"], rows),
  ].join("\n");
}

/** One line on each mart: what one row is. A mart without one is named by the test. */
export const MART_GRAINS: Record<string, string> = {
  sources: "sumber masukan yang dikenali",
  data_completeness: "sumber data dan bulan atau periode",
  data_months: "bulan kalender presensi",
  briefing_cards: "kartu jawaban halaman Ringkasan",
  data_final_months: "sumber (presensi, e-Kinerja, keduanya) dan bulan yang datanya final",
  report_period_left_out: "periode laporan, jendela dan sumber yang meninggalkan bulan belum final",
  data_status: "satu baris: sejauh mana data dapat dipercaya",
  load_report: "berkas (dan lembar) masukan",
  load_columns: "kolom kontrak per berkas dan lembar",
  rejects: "baris masukan yang ditolak",
  employees: "pegawai",
  daily_attendance: "pegawai × hari kerjanya",
  discipline_recommendations: "pegawai × tahun",
  discipline_followup: "rekomendasi disiplin dan SK yang tercatat",
  discipline_early_warning: "pegawai yang mendekati anak tangga berikutnya",
  discipline_rungs_monthly: "OPD × bulan × jenis pegawai × tingkat",
  page_unit_discipline_change: "OPD: perubahan TK dan terlambat dari triwulan ke triwulan",
  performance: "pegawai × periode SKP",
  predikat_distribution: "unit × tahun × periode",
  predikat_curve_checks: "unit × periode × batas kurva",
  behaviour_360: "pegawai × periode",
  behaviour_360_exclusions: "penilaian 360 yang tidak dihitung",
  productivity_monthly: "pegawai × bulan",
  productivity_months: "bulan (seluruh instansi)",
  page_productivity_quadrants: "pegawai × tahun",
  productivity_year_summary: "tahun × OPD, dan seluruh kabupaten (OPD kosong)",
  tpp_deductions: "pegawai × bulan",
  tpp_deduction_summary: "bulan × OPD, dan seluruh kabupaten (OPD kosong)",
  tpp_deduction_lines: "kejadian yang memotong bagian disiplin TPP",
  tpp_performance_lines: "kejadian yang memotong bagian kinerja TPP",
  ikp_results: "instruksi khusus pimpinan",
  ikp_monthly: "pegawai × bulan",
  awards: "kandidat × periode penghargaan",
  page_award_breakdown: "kandidat × periode × unsur skor",
  quiet_performers: "pegawai × tahun",
  unit_summary: "OPD × bulan",
  talent_nine_box: "pegawai × tahun",
  talent_box_summary: "tahun × OPD × jenis jabatan × eselon × kotak (kotak kosong: belum dipetakan)",
  talent_succession: "jabatan sasaran × kandidat",
  talent_career: "pegawai",
  competency_jpm: "asesmen × kelas jabatan sasaran",
  competency_gaps: "asesmen × jabatan sasaran × kompetensi",
  merit_scores: "pegawai × tahun",
  merit_unit_summary: "OPD × tahun",
  merit_year_summary: "tahun (seluruh kabupaten)",
  apel_monthly: "pegawai × bulan",
  attendance_corrections: "permohonan koreksi presensi",
  gps_flag_days: "hari hadir dengan tanda GPS",
  attendance_evidence_monthly: "OPD × bulan",
  award_ranking: "kandidat × periode penghargaan (peringkat dan urutan seri)",
  award_score_parts: "kandidat × periode × unsur skor penghargaan",
  units: "unit kerja (dimensi)",
  opds: "OPD (dimensi)",
  opd_figures: "periode × OPD × angka profil (nilai, n, arah lebih baik, peringkat)",
  report_periods: "periode laporan (triwulan, semester, tahun)",
  report_period_windows: "periode laporan × jendela (periode itu, sebelumnya)",
  report_period_summary: "periode laporan × angka ringkasan",
  report_period_rungs: "periode laporan × jenis pegawai × tingkat disiplin",
};

export interface MartColumns {
  name: string;
  columns: string[];
}

/**
 * The marts and their columns as a run builds them: the pipeline over the smallest fixture that
 * feeds every model (test/fixtures/cli/minimal), into a throwaway file. Columns do not depend on
 * the rows, so a few rows are enough.
 */
export async function martColumns(): Promise<MartColumns[]> {
  const dir = mkdtempSync(join(tmpdir(), "asn-docs-"));
  try {
    const db = join(dir, "marts.duckdb");
    await runPipeline({ input: join(ROOT, "test", "fixtures", "cli", "minimal"), db });
    const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
    try {
      const conn = await instance.connect();
      const rows = (await conn.runAndReadAll(`
        select table_name as name, list(column_name order by ordinal_position) as columns
        from information_schema.columns where table_schema = 'marts' group by all order by name`)).getRowObjectsJson() as unknown as MartColumns[];
      conn.closeSync();
      return rows;
    } finally {
      instance.closeSync();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's own help text of each command, as `--help` prints it. */
function commandHelp(): string {
  return ["run", "check", "sample"].map((command) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), command, "--help"], { cwd: ROOT, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pipeline/cli.ts ${command} --help gagal: ${result.stderr}`);
    return ["```", result.stdout.trimEnd(), "```"].join("\n");
  }).join("\n\n");
}

function kontrakSections(marts: MartColumns[]): Record<string, string> {
  return {
    perintah: commandHelp(),
    sumber: table(
      ["sumber", "berkas", "isi", "kolom wajib", "kolom opsional"],
      SOURCES.map((s) => [
        code(s.name),
        fileMatch(s),
        s.about,
        s.columns.filter((c) => c.required).map((c) => c.name).join(", ") || "–",
        s.columns.filter((c) => !c.required).map((c) => c.name).join(", ") || "–",
      ]),
    ),
    "sumber-kolom": SOURCES.map(sourceSection).join("\n\n"),
    marts: table(
      ["mart", "satu baris per", "kolom"],
      marts.map((m) => [code(`marts.${m.name}`), MART_GRAINS[m.name] ?? "(belum ada keterangan)", m.columns.map(code).join(", ")]),
    ),
  };
}

// ---- markers ----------------------------------------------------------------------------------

const MARKER = /<!-- dibuat:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/dibuat:\1 -->/g;

/** `text` with every marked section replaced by its generated content; an unknown marker throws. */
export function fillSections(text: string, sections: Record<string, string>): string {
  return text.replace(MARKER, (_, name: string) => {
    if (!(name in sections)) throw new Error(`bagian dibuat:${name} tidak dikenal scripts/docs.ts`);
    return `<!-- dibuat:${name} -->\n${sections[name]}\n<!-- /dibuat:${name} -->`;
  });
}

export function markedSections(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1]);
}

/** The docs as this script would write them: file -> text. */
export async function generatedDocs(): Promise<Record<string, { current: string; expected: string; sections: string[] }>> {
  const config = configSchema.parse({});
  const wanted = { [DOCS.aturan]: aturanSections(config), [DOCS.kontrak]: kontrakSections(await martColumns()) };
  const out: Record<string, { current: string; expected: string; sections: string[] }> = {};
  for (const [file, sections] of Object.entries(wanted)) {
    const current = readFileSync(file, "utf8");
    out[file] = { current, expected: fillSections(current, sections), sections: Object.keys(sections) };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [file, { current, expected, sections }] of Object.entries(await generatedDocs())) {
    const missing = sections.filter((s) => !markedSections(current).includes(s));
    if (missing.length) process.stderr.write(`${file}: penanda belum ada untuk ${missing.join(", ")}\n`);
    if (current === expected) continue;
    stale++;
    if (check) process.stderr.write(`${file} tidak sesuai dengan tabel aturan/konfigurasi/sumber: jalankan npx tsx scripts/docs.ts\n`);
    else writeFileSync(file, expected);
  }
  if (check && stale) process.exitCode = 1;
  else if (!check) process.stderr.write(`[docs] ${stale} berkas diperbarui\n`);
}
