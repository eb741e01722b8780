// The sources as declared: names, file matching, raw table columns (the contract), load order, row schemas.
import { describe, expect, it } from "vitest";
import { SOURCES } from "../../pipeline/sources/index.ts";
import { pegawai } from "../../pipeline/sources/pegawai.ts";
import { penilaian360 } from "../../pipeline/sources/penilaian360.ts";
import { skp } from "../../pipeline/sources/skp.ts";

const byName = (name: string) => SOURCES.find((s) => s.name === name)!;

describe("sources", () => {
  it("one per input of the data contract, each loaded into raw.<name> with the contract's columns", () => {
    const columns = Object.fromEntries(SOURCES.map((s) => [s.name, s.tableColumns.map((c) => `${c.name} ${c.sqlType}`).join(", ")]));
    const competencies = "integritas INTEGER, kerjasama INTEGER, komunikasi INTEGER, orientasi_pada_hasil INTEGER, pelayanan_publik INTEGER, pengembangan_diri_dan_orang_lain INTEGER, mengelola_perubahan INTEGER, pengambilan_keputusan INTEGER, perekat_bangsa INTEGER, teknis INTEGER";
    expect(columns).toEqual({
      pegawai: "nip VARCHAR, nama VARCHAR, gelar_depan VARCHAR, gelar_belakang VARCHAR, jenis_kelamin VARCHAR, tanggal_lahir DATE, jenis_pegawai VARCHAR, golongan VARCHAR, jenis_jabatan VARCHAR, nama_jabatan VARCHAR, eselon VARCHAR, kode_unit VARCHAR, tmt_mulai DATE, tmt_selesai DATE, mode_presensi VARCHAR",
      unit: "kode_unit VARCHAR, nama_unit VARCHAR, kode_induk VARCHAR, lat DOUBLE, lon DOUBLE, radius_m INTEGER",
      mesin_pegawai: "device_id VARCHAR, pin VARCHAR, nip VARCHAR",
      attlog: "device_id VARCHAR, pin VARCHAR, waktu TIMESTAMP, status INTEGER, verify_mode INTEGER, workcode VARCHAR, nip VARCHAR",
      glog: "device_id VARCHAR, pin VARCHAR, verify_mode INTEGER, status INTEGER, waktu TIMESTAMP, nip VARCHAR",
      presensi: "nip VARCHAR, tanggal DATE, jam_masuk TIME, jam_pulang TIME, lat_masuk DOUBLE, lon_masuk DOUBLE, lat_pulang DOUBLE, lon_pulang DOUBLE, metode VARCHAR, akurasi_m DOUBLE, lokasi_palsu VARCHAR",
      ketidakhadiran: "nip VARCHAR, jenis VARCHAR, tanggal_mulai DATE, tanggal_selesai DATE, nomor_surat VARCHAR",
      hari_libur: "tanggal DATE, keterangan VARCHAR, jenis VARCHAR",
      aktivitas: "nip VARCHAR, tanggal DATE, jam_mulai TIME, jam_selesai TIME, uraian VARCHAR, volume DOUBLE, satuan VARCHAR, menit INTEGER, status VARCHAR",
      skp: "nip VARCHAR, tahun INTEGER, periode VARCHAR, periode_awal DATE, periode_akhir DATE, rating_hasil_kerja VARCHAR, rating_perilaku_kerja VARCHAR, predikat_kinerja VARCHAR, plt_plh VARCHAR, nip_penilai VARCHAR",
      penilaian360: "tahun INTEGER, periode VARCHAR, nip_dinilai VARCHAR, nip_penilai VARCHAR, hubungan VARCHAR, berorientasi_pelayanan INTEGER, akuntabel INTEGER, kompeten INTEGER, harmonis INTEGER, loyal INTEGER, adaptif INTEGER, kolaboratif INTEGER",
      kompetensi: `nip VARCHAR, tanggal_asesmen DATE, jenis_asesmen VARCHAR, ${competencies}, skor_potensi DOUBLE`,
      standar_kompetensi: `jenis_jabatan VARCHAR, eselon VARCHAR, ${competencies}`,
      hukuman_disiplin: "nip VARCHAR, nomor_sk VARCHAR, tanggal_sk DATE, jenis_hukuman VARCHAR, tingkat VARCHAR, tmt_mulai DATE, tmt_selesai DATE, alasan VARCHAR",
      ikp: "id VARCHAR, nip VARCHAR, judul VARCHAR, tanggal_instruksi DATE, tenggat DATE, tanggal_selesai DATE",
      pelatihan: "nip VARCHAR, nama_pelatihan VARCHAR, tanggal_selesai DATE, jam_pelajaran INTEGER",
      predikat_unit: "kode_unit VARCHAR, tahun INTEGER, predikat_organisasi VARCHAR",
      shift: "kode_shift VARCHAR, nama_shift VARCHAR, jam_masuk TIME, jam_pulang TIME, istirahat_menit INTEGER",
      jadwal: "nip VARCHAR, tanggal DATE, kode_shift VARCHAR",
      koreksi_presensi: "nip VARCHAR, tanggal DATE, jenis VARCHAR, jam_masuk TIME, jam_pulang TIME, nomor_surat VARCHAR, status VARCHAR",
      apel: "tanggal DATE, jenis VARCHAR, nip VARCHAR, hadir VARCHAR",
    });
  });

  it("matches file names case-insensitively by prefix (attlog by suffix, GLog by pattern), each name to one source at most", () => {
    const names = {
      "pegawai.csv": "pegawai", "PEGAWAI_2025.CSV": "pegawai", "pegawai.xlsx": "pegawai", "Pegawai Dinkes.xls": "pegawai", "pegawai.txt": "pegawai",
      "mesin_pegawai.csv": "mesin_pegawai", "FP0101_attlog.dat": "attlog", "fp0101_ATTLOG.DAT": "attlog", "GLG_0001.TXT": "glog",
      "3_GLog.txt": "glog", "presensi_2025-01.csv": "presensi", "skp_2025.xlsx": "skp", "Kompetensi.csv": "kompetensi",
      "standar_kompetensi.csv": "standar_kompetensi", "predikat_unit_2025.csv": "predikat_unit", "unit.csv": "unit",
      "shift_rsud.csv": "shift", "jadwal_rsud_2026-01.xlsx": "jadwal", "koreksi_presensi_2025.csv": "koreksi_presensi", "apel_pagi.csv": "apel",
    };
    const matched = Object.keys(names).map((n) => SOURCES.filter((s) => s.matches(n)).map((s) => s.name));
    expect(matched).toEqual(Object.values(names).map((s) => [s]));
    for (const other of ["catatan.csv", "presensi.csv.bak", "pegawai.pdf", "DATA_PNS_2025.xlsx", "GLG_0001.dat"]) {
      expect(SOURCES.filter((s) => s.matches(other)).map((s) => s.name), other).toEqual([]);
    }
  });

  it("loads what others depend on first: pegawai, then lookup tables before their users", () => {
    const order = SOURCES.map((s) => s.name);
    expect(order[0]).toBe("pegawai");
    for (const s of SOURCES) if (s.lookup) expect(order.indexOf(s.lookup.table), s.name).toBeLessThan(order.indexOf(s.name));
  });

  it("natural keys and master NIPs name real columns", () => {
    expect(byName("presensi").key).toEqual(["nip", "tanggal"]);
    expect(byName("attlog").key).toEqual(["device_id", "pin", "waktu"]);
    expect(penilaian360.masterNips).toEqual(["nip_dinilai", "nip_penilai"]);
    // the regent who appraises the Sekda has no NIP
    expect(skp.masterNips).toEqual(["nip"]);
  });

  it("a row schema validates and normalises a whole row", () => {
    const row = {
      nip: "198508172010012001", nama: " Ani ", jenis_kelamin: "Perempuan", tanggal_lahir: "17/08/1985", jenis_pegawai: "pns",
      golongan: "III/C", jenis_jabatan: "Administrator", nama_jabatan: "Kepala Bagian", eselon: "III.B", kode_unit: "1.01",
      tmt_mulai: "01-01-2010", tmt_selesai: "", mode_presensi: "Kantor",
    };
    expect(pegawai.rowSchema.parse(row)).toEqual({
      nip: "198508172010012001", nama: "Ani", gelar_depan: null, gelar_belakang: null, jenis_kelamin: "P", tanggal_lahir: "1985-08-17", jenis_pegawai: "PNS",
      golongan: "III/c", jenis_jabatan: "administrator", nama_jabatan: "Kepala Bagian", eselon: "III.b", kode_unit: "1.01",
      tmt_mulai: "2010-01-01", tmt_selesai: null, mode_presensi: "kantor",
    });
    const wrong = pegawai.rowSchema.safeParse({ ...row, jenis_kelamin: "L" });
    expect(wrong.error?.issues[0]).toMatchObject({ path: ["nip"], message: "digit jenis kelamin di NIP tidak cocok dengan jenis_kelamin" });
    expect(pegawai.rowSchema.safeParse({ ...row, nama: undefined }).error?.issues[0]).toMatchObject({ path: ["nama"], message: "kolom wajib kosong" });
  });

  it("skp periods and ratings in the spellings exports use", () => {
    const parsed = skp.rowSchema.parse({
      nip: "198508172010012001", tahun: "2025", periode: "Triwulan II", rating_hasil_kerja: "Di Atas Ekspektasi",
      rating_perilaku_kerja: "sesuai_ekspektasi", predikat_kinerja: "Kurang/Misconduct", nip_penilai: "",
    });
    expect(parsed).toMatchObject({ tahun: 2025, periode: "TW2", periode_awal: null, plt_plh: null, rating_hasil_kerja: "di_atas", rating_perilaku_kerja: "sesuai", predikat_kinerja: "kurang_misconduct", nip_penilai: null });
  });
});
