// The CLI on a folder of exports as agencies hold them (test/fixtures/real-exports/good, written by
// openpyxl, xlwt and by hand): a SIASN employee workbook with title rows and one NIP in a number
// cell, an e-Kinerja SKP workbook with a Plt row, a SIASN discipline history as .xls, a GLog file
// with Windows-1252 names, a mobile attendance CSV, an absence recap read through the import map,
// and an unrelated workbook. Expected facts come from the fixtures' own expected.json.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { query, runCli, tempDir } from "./helpers.ts";

const ROOT = resolve("test/fixtures/real-exports");
const GOOD = join(ROOT, "good");
const BROKEN = join(ROOT, "broken");
const expected = JSON.parse(readFileSync(join(ROOT, "expected.json"), "utf8")).good;
const SIASN = "DATA_PNS_KAB_CONTOH_2025.xlsx";
const SKP = "LAPORAN SKP TAHUN 2025.xlsx";
const HUKDIS = "riwayat_hukdis_siasn.xls";
const GLOG = "GLG_0001.TXT";
const RECAP = "Rekap Izin Dinas Kesehatan.xlsx";

let db: string;
let run: ReturnType<typeof runCli>;
const rows = (sql: string) => query(db, sql);

beforeAll(() => {
  db = join(tempDir(), "asn.duckdb");
  run = runCli("run", "--input", GOOD, "--db", db);
});

describe("run on real exports", () => {
  it("succeeds, finds instansi.json beside the exports, and names the unrecognised workbook on stderr without personal data", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/konfigurasi: .*instansi\.json \(ditemukan di folder masukan\)/);
    expect(run.stderr).toMatch(/tidak dikenali: Daftar Inventaris Barang\.xlsx lembar Inventaris/);
    for (const e of expected[SIASN].rows) expect(run.stderr).not.toContain(e.nip);
  });

  it("every file and sheet reconciles: read = loaded + rejected; the unrelated workbook is tidak_dikenali", async () => {
    const report = await rows("SELECT file, sheet, source, status, matched_by, header_row, rows_read, rows_loaded, rows_rejected, reconciled FROM marts.load_report ORDER BY file, sheet");
    expect(report.every((r) => r.reconciled)).toBe(true);
    const files = readdirSync(GOOD).filter((f) => f !== "instansi.json");
    expect([...new Set(report.map((r) => r.file))].sort()).toEqual(files.sort());
    const at = (file: string, sheet: string | null = null) => report.find((r) => r.file === file && r.sheet === sheet);
    expect(at("Daftar Inventaris Barang.xlsx", "Inventaris")).toMatchObject({ source: null, status: "tidak_dikenali", rows_read: 0 });
    expect(at(RECAP, "Petunjuk")).toMatchObject({ status: "tidak_dikenali" });
    expect(at(SIASN, "Sheet1")).toMatchObject({ source: "pegawai", matched_by: "judul_kolom", header_row: 4, rows_read: 10, rows_loaded: 9, rows_rejected: 1 });
    expect(at(SKP, "SKP")).toMatchObject({ source: "skp", matched_by: "judul_kolom", header_row: 4, rows_rejected: 1 });
    expect(at(HUKDIS, "Hukdis")).toMatchObject({ source: "hukuman_disiplin", matched_by: "judul_kolom", rows_loaded: 3 });
    expect(at(GLOG)).toMatchObject({ source: "glog", matched_by: "nama_berkas", rows_loaded: expected[GLOG].punches.length });
    expect(at(RECAP, "Rekap")).toMatchObject({ source: "ketidakhadiran", matched_by: "peta_impor", rows_loaded: expected[RECAP].rows.length });
    expect(await rows(`SELECT encoding FROM marts.load_report WHERE file = '${GLOG}'`)).toEqual([{ encoding: "windows-1252" }]);
  });

  it("the NIP in a number cell is rejected at its Excel row with the reason and the remedy; the Plt row is set aside with its reason", async () => {
    expect(await rows(`SELECT source, file, sheet, line, "column", reason FROM marts.rejects ORDER BY source`)).toEqual([
      {
        source: "pegawai", file: SIASN, sheet: "Sheet1", line: expected[SIASN].numeric_nip_row, column: "nip",
        reason: "NIP tersimpan sebagai angka di Excel sehingga angka terakhirnya hilang; format kolom NIP sebagai Teks lalu ekspor ulang",
      },
      { source: "skp", file: SKP, sheet: "SKP", line: expected[SKP].plt_row, column: "plt_plh", reason: "SKP sebagai Plt/Plh (bukan SKP pegawai sendiri): disisihkan, tidak dinilai" },
    ]);
  });

  it("every employee is right: gender, golongan, position type from Jabatan Struktural + eselon, unit", async () => {
    const employees = await rows("SELECT nip, name, gender, grade, position_type, echelon, unit_code FROM marts.employees ORDER BY nip");
    const want = expected[SIASN].rows
      .filter((e: { nip_cell: string }) => e.nip_cell === "text")
      .map((e: Record<string, string>) => ({ nip: e.nip, name: e.nama, gender: e.jenis_kelamin, grade: e.golongan, position_type: e.jenis_jabatan, echelon: e.eselon ?? null, unit_code: e.kode_unit }))
      .sort((a: { nip: string }, b: { nip: string }) => a.nip.localeCompare(b.nip));
    expect(employees).toEqual(want);
  });

  it("every SKP predikat is right, its period taken from the e-Kinerja dates", async () => {
    const performance = await rows("SELECT nip, year, period, rating_results, rating_behaviour, source_predikat FROM marts.performance ORDER BY nip, period");
    const want = expected[SKP].rows
      .filter((r: { plt: boolean }) => !r.plt)
      .map((r: Record<string, unknown>) => ({ nip: r.nip, year: r.tahun, period: r.periode, rating_results: r.rating_hasil_kerja, rating_behaviour: r.rating_perilaku_kerja, source_predikat: r.predikat_kinerja }))
      .sort((a: Record<string, string>, b: Record<string, string>) => a.nip.localeCompare(b.nip) || a.period.localeCompare(b.period));
    expect(performance).toEqual(want);
    // The predikat the matrix gives agrees with the one e-Kinerja exported.
    expect(await rows("SELECT count(*)::INTEGER AS n FROM marts.performance WHERE predikat_mismatch")).toEqual([{ n: 0 }]);
  });

  it("every recorded sanction is right: the written-out jenis_hukdis as its code, with its dates", async () => {
    const sanctions = await rows("SELECT nip, decree_number AS nomor_sk, sanction, start_date::VARCHAR AS start, end_date::VARCHAR AS finish FROM staging.stg_sanctions ORDER BY decree_number");
    expect(sanctions).toEqual(expected[HUKDIS].rows.map((r: Record<string, string>) => ({ nip: r.nip, nomor_sk: r.nomor_sk, sanction: r.jenis_hukuman, start: r.tmt_mulai, finish: r.tmt_selesai })));
  });

  it("every GLog punch is right: the PIN without its zeros, machine 1, YYYY/MM/DD read, mapped through a machine-less mesin_pegawai row", async () => {
    const punches = await rows("SELECT device_id, pin, punched_at::VARCHAR AS at, nip FROM staging.stg_attendance_punches ORDER BY punched_at, pin");
    const want = expected[GLOG].punches
      .map((p: Record<string, string>) => ({ device_id: p.device_id, pin: p.pin, at: p.timestamp, nip: p.nip }))
      .sort((a: Record<string, string>, b: Record<string, string>) => a.at.localeCompare(b.at) || a.pin.localeCompare(b.pin));
    expect(punches).toEqual(want);
    const day = await rows(`SELECT status, check_in::VARCHAR AS masuk FROM marts.daily_attendance WHERE nip = '${want[0].nip}' AND date = '${want[0].at.slice(0, 10)}'`);
    expect(day).toEqual([{ status: "hadir", masuk: want[0].at.slice(11) }]);
  });

  it("every mapped absence is right: the recap's values through the map, nomor_surat from its default", async () => {
    const absences = await rows("SELECT nip, jenis, tanggal_mulai::VARCHAR AS mulai, tanggal_selesai::VARCHAR AS selesai, nomor_surat FROM raw.ketidakhadiran ORDER BY source_line");
    expect(absences).toEqual(expected[RECAP].rows.map((r: Record<string, string>) => ({ nip: r.nip, jenis: r.jenis, mulai: r.tanggal_mulai, selesai: r.tanggal_selesai, nomor_surat: "-" })));
    expect(await rows(`SELECT defaulted_columns FROM marts.load_report WHERE sheet = 'Rekap'`)).toEqual([{ defaulted_columns: "nomor_surat" }]);
    expect(await rows(`SELECT "column", export_column, origin FROM marts.load_columns WHERE sheet = 'Rekap' AND origin <> 'kolom'`)).toEqual([
      { column: "nomor_surat", export_column: null, origin: "bawaan" },
    ]);
  });
});

describe("check", () => {
  it("on the good folder: exit 0, every file named with its source and how it was matched, nothing built", () => {
    const out = tempDir();
    const check = runCli("check", "--input", GOOD);
    expect(check.code, check.stderr).toBe(0);
    for (const file of readdirSync(GOOD).filter((f) => f !== "instansi.json")) expect(check.stdout).toContain(file);
    expect(check.stdout).toContain(`${SIASN}, lembar "Sheet1"\n  dikenali sebagai: pegawai (dari judul kolom); judul kolom di baris 4`);
    expect(check.stdout).toContain("dikenali sebagai: ketidakhadiran (dari peta impor imports[0])");
    expect(check.stdout).toMatch(/nomor_surat +=\s+"-" \(bawaan peta impor\)/);
    expect(check.stdout).toMatch(/1 x nip: NIP tersimpan sebagai angka .* \(baris Excel 11\)/);
    expect(check.stdout).toContain("TIDAK DIKENALI");
    expect(check.stdout).toMatch(/Hasil: SIAP/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("--json gives the same facts to a script", () => {
    const check = runCli("check", "--input", GOOD, "--json");
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.ok).toBe(true);
    const siasn = report.files.find((f: { file: string }) => f.file === SIASN);
    expect(siasn).toMatchObject({ source: "pegawai", matched_by: "judul_kolom", header_row: 4, rows_read: 10, rows_rejected: 1 });
    expect(siasn.columns.find((c: { column: string }) => c.column === "golongan")).toEqual({ column: "golongan", required: true, export_column: "GOL AKHIR NAMA", origin: "kolom", default_value: null });
    expect(siasn.rejects).toEqual([{ column: "nip", reason: expect.stringMatching(/sebagai angka/), rows: 1, lines: [11] }]);
  });

  it("on the broken folder: exit 2 with the run's own one-line reason, naming the setting and the file", () => {
    const check = runCli("check", "--input", BROKEN);
    const reason = 'Peta impor imports[0].columns.tanggal_mulai: judul kolom "TGL AWAL" tidak ada di berkas Rekap Cuti.xlsx lembar Rekap';
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`TIDAK SIAP: ${reason}`);
    expect(check.stderr.trim()).toBe(`Galat: ${reason}`);
    const runBroken = runCli("run", "--input", BROKEN, "--db", join(tempDir(), "x.duckdb"));
    expect(runBroken.code).toBe(1);
    expect(runBroken.stderr.trim().split("\n").at(-1)).toBe(`Galat: ${reason}`);
  });

  it("every command has a real --help (exit 0)", () => {
    for (const command of ["run", "check", "sample"]) {
      const help = runCli(command, "--help");
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain(`pipeline/cli.ts ${command}`);
    }
    expect(runCli("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("check --input FOLDER") });
    expect(runCli("check", "--bogus")).toMatchObject({ code: 1, stderr: expect.stringContaining("pilihan --bogus tidak dikenal untuk check") });
  });
});
