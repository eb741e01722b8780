// The CLI on a small talent fixture (test/fixtures/cli/talent): eight people of one OPD, two years
// of SKP, competency assessments against four standards, training, one sedang sanction and a
// clean week of attendance. Every talent and merit mart is checked row by row.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, query, runCli, tempDir } from "./helpers.ts";

const db = join(tempDir(), "asn.duckdb");
// the people of the fixture, by the last four digits of their NIP
const who: Record<string, string> = {
  "1001": "H1 pengawas", "1002": "P1 pelaksana", "2003": "P2 fungsional", "1004": "P3 pelaksana",
  "2005": "P4 pelaksana", "1006": "P5 pelaksana", "2007": "P6 pelaksana", "1008": "A1 administrator",
};
const line = (r: Record<string, unknown>) => Object.values(r).map((v) => (v === null ? "-" : String(v))).join(" ");

beforeAll(() => {
  const run = runCli("run", "--input", join(FIXTURES, "talent"), "--db", db);
  expect(run.code, run.stderr).toBe(0);
});

describe("talent marts on test/fixtures/cli/talent", () => {
  it("places everyone assessed in a box, and keeps the sanctioned one out of the pool with the reason", async () => {
    const rows = await query(db, `select nip[-4:] as nip, year, performance_score, performance_level, assessment_score,
        track_record_score, potential_score, potential_level, box, in_talent_pool
      from marts.talent_nine_box order by nip`);
    expect(rows.map((r) => `${who[r.nip as string]}: ${line(r)}`)).toEqual([
      // two years baik = 80; skor 75, 40 JP of 40 -> 0,8 x 75 + 0,2 x 100 = 80
      "H1 pengawas: 1001 2025 80 sesuai 75 100 80 tinggi 8 true",
      "P1 pelaksana: 1002 2025 100 di_atas 90 100 92 tinggi 9 true",
      "P3 pelaksana: 1004 2025 100 di_atas 90 100 92 tinggi 9 false",
      "P5 pelaksana: 1006 2025 20 di_bawah 50 0 40 rendah 1 false",
      "A1 administrator: 1008 2025 100 di_atas 80 100 84 tinggi 9 true",
      // 20 JP in 2024 of 40 -> track record 50: 0,8 x 85 + 0,2 x 50 = 78
      "P2 fungsional: 2003 2025 80 sesuai 85 50 78 tinggi 8 true",
      "P4 pelaksana: 2005 2025 100 di_atas 70 75 71 menengah 7 true",
      // P6 (2007) has no assessment: no box
    ]);
    const [p3] = await query(db, "select excluded_reason from marts.talent_nine_box where nip like '%1004'");
    expect(p3.excluded_reason).toBe(
      "Hukuman disiplin tingkat sedang (Pemotongan tunjangan kinerja 25% selama 6 bulan, SK 12 Maret 2024) dalam 2 tahun terakhir: tidak masuk kelompok rencana suksesi",
    );
  });

  it("measures every latest assessment against the own and the next position's standard", async () => {
    const rows = await query(db, `select nip[-4:] as nip, target_role, target_position_type, coalesce(target_echelon, '-') as echelon,
        required_sum, achieved_sum, jpm_pct, mapping_category, selection_category
      from marts.competency_jpm where target_role <> 'lainnya' order by nip, target_role desc`);
    expect(rows.map(line)).toEqual([
      "1001 jabatan_saat_ini pengawas IV.a 30 30 100 optimal memenuhi_syarat",
      // 4,4,4 + six 3s + teknis 3 against 4s (teknis 3): 33 of 39
      "1001 jabatan_berikutnya administrator III.b 39 33 84.62 cukup_optimal memenuhi_syarat",
      "1002 jabatan_saat_ini pelaksana - 20 20 100 optimal memenuhi_syarat",
      "1002 jabatan_berikutnya pengawas IV.a 30 30 100 optimal memenuhi_syarat",
      "1004 jabatan_saat_ini pelaksana - 20 20 100 optimal memenuhi_syarat",
      "1004 jabatan_berikutnya pengawas IV.a 30 30 100 optimal memenuhi_syarat",
      "1006 jabatan_saat_ini pelaksana - 20 20 100 optimal memenuhi_syarat",
      "1006 jabatan_berikutnya pengawas IV.a 30 20 66.67 kurang_optimal kurang_memenuhi_syarat",
      // no jpt standard in the fixture: no next-step row for the administrator
      "1008 jabatan_saat_ini administrator III.b 39 39 100 optimal memenuhi_syarat",
      "2003 jabatan_saat_ini fungsional - 30 22 73.33 kurang_optimal masih_memenuhi_syarat",
      "2003 jabatan_berikutnya pengawas IV.a 30 22 73.33 kurang_optimal masih_memenuhi_syarat",
      "2005 jabatan_saat_ini pelaksana - 20 20 100 optimal memenuhi_syarat",
      "2005 jabatan_berikutnya pengawas IV.a 30 20 66.67 kurang_optimal kurang_memenuhi_syarat",
    ]);
    const gaps = await query(db, `select competency, required_level, achieved_level, gap from marts.competency_gaps
      where nip like '%1001' and target_role = 'jabatan_berikutnya' and gap < 0 order by competency`);
    expect(gaps.map(line)).toEqual([
      "mengelola_perubahan 4 3 -1", "orientasi_pada_hasil 4 3 -1", "pelayanan_publik 4 3 -1",
      "pengambilan_keputusan 4 3 -1", "pengembangan_diri_dan_orang_lain 4 3 -1", "perekat_bangsa 4 3 -1",
    ]);
  });

  it("ranks the pool's candidates for each echelon position and class, with readiness", async () => {
    const rows = await query(db, `select scope, position_key, incumbent_nip[-4:] as incumbent, rank, nip[-4:] as nip, box, jpm_pct, readiness
      from marts.talent_succession order by scope, position_key, rank`);
    expect(rows.map(line)).toEqual([
      "jabatan 2.01.01 | Kepala Bidang Data 1008 1 1001 8 84.62 siap",
      // P3 (box 9, JPM 100) is left out by the sanction; P4 trails on JPM
      "jabatan 2.01.01 | Kepala Seksi Data 1001 1 1002 9 100 siap",
      "jabatan 2.01.01 | Kepala Seksi Data 1001 2 2003 8 73.33 siap_dengan_pengembangan",
      "jabatan 2.01.01 | Kepala Seksi Data 1001 3 2005 7 66.67 belum_siap",
      "kelas_jabatan administrator III.b - 1 1001 8 84.62 siap",
      "kelas_jabatan pengawas IV.a - 1 1002 9 100 siap",
      "kelas_jabatan pengawas IV.a - 2 2003 8 73.33 siap_dengan_pengembangan",
      "kelas_jabatan pengawas IV.a - 3 2005 7 66.67 belum_siap",
    ]);
  });

  it("gives every serving employee a career view with the next step", async () => {
    const rows = await query(db, "select nip[-4:] as nip, box, next_step from marts.talent_career order by nip");
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.nip === "2007")!.next_step).toMatch(/^Belum ada asesmen kompetensi/);
    expect(rows.find((r) => r.nip === "1004")!.next_step).toContain("Hukuman disiplin tingkat sedang");
    expect(rows.find((r) => r.nip === "1001")!.next_step).toContain(
      "Untuk Jabatan Administrator (eselon III.b): JPM 84,62% (memenuhi syarat); kompetensi yang perlu ditingkatkan: Mengelola perubahan (3 → 4)",
    );
  });
});

describe("merit marts on test/fixtures/cli/talent", () => {
  it("scores every employee of 2025 with the breakdown, re-weighting what is missing", async () => {
    const rows = await query(db, `select nip[-4:] as nip, score, performance, discipline, competency, development, ikp,
        weight_available_pct, coalesce(missing_components, '-') as missing
      from marts.merit_scores order by nip`);
    expect(rows.map(line)).toEqual([
      // (40 x 80 + 20 x 100 + 20 x 100 + 10 x 100) / 90
      "1001 91.11 80 100 100 100 - 90 IKP",
      // IKP: one of two on time = 50; all five components
      "1002 95 100 100 100 100 50 100 -",
      "1004 100 100 100 100 100 - 90 IKP",
      // 45 minutes late: 100 - 5 x 45/450 = 99,5
      "1006 53.22 20 99.5 100 0 - 90 IKP",
      "1008 100 100 100 100 100 - 90 IKP",
      // no training in 2025: development 0
      "2003 74.07 80 100 73.33 0 - 90 IKP",
      "2005 100 100 100 100 100 - 90 IKP",
      "2007 74.29 80 100 - 0 - 70 kompetensi, IKP",
    ]);
  });

  it("sums the OPD's merit and its talent pool", async () => {
    const [opd] = await query(db, "select opd_code, year, employees, scored, median_score, talent_pool from marts.merit_unit_summary");
    expect(opd).toEqual({ opd_code: "2.01", year: 2025, employees: 8, scored: 8, median_score: 93.06, talent_pool: 5 });
  });
});
