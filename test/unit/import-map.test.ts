// The import map (`imports` in the instansi config): every mistake stops the run with one line
// naming the setting and the file; a good map reads a layout no source knows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../pipeline/config/schema.ts";
import { ingest, UnusableInputError } from "../../pipeline/ingest/index.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "import-map-"));
  dirs.push(d);
  return d;
};

/** The message loadConfig stops with for this `imports` value. */
function configError(imports: unknown): string {
  const file = join(temp(), "instansi.json");
  writeFileSync(file, JSON.stringify({ imports }));
  try {
    loadConfig(file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("konfigurasi diterima");
}

const entry = { source: "ketidakhadiran", file: "Rekap Izin*.xlsx", columns: { jenis: "JENIS IZIN" } };

describe("import map: validated at start-up, each message naming the setting and the file", () => {
  it("an unknown source", () => {
    expect(configError([{ ...entry, source: "cuti" }])).toMatch(/^Konfigurasi .*instansi\.json tidak sah pada imports\[0\]\.source: sumber tidak dikenal \(pilihan: pegawai, /);
  });
  it("a column the source does not have, in columns, values or defaults", () => {
    expect(configError([{ ...entry, columns: { jenis_cuti: "JENIS" } }])).toMatch(/tidak sah pada imports\[0\]\.columns\.jenis_cuti: "jenis_cuti" bukan kolom ketidakhadiran \(kolom: nip, jenis, /);
    expect(configError([entry, { ...entry, values: { status: { a: "b" } } }])).toMatch(/pada imports\[1\]\.values\.status: "status" bukan kolom ketidakhadiran/);
    expect(configError([{ ...entry, defaults: { nomor: "-" } }])).toMatch(/pada imports\[0\]\.defaults\.nomor: "nomor" bukan kolom/);
  });
  it("a mapped value or a default that its column would reject", () => {
    expect(configError([{ ...entry, values: { jenis: { "Cuti Haji": "cuti_haji" } } }])).toMatch(
      /pada imports\[0\]\.values\.jenis\.Cuti Haji: nilai "cuti_haji" tidak sah untuk jenis: nilai tidak dikenali \(pilihan: izin, sakit, cuti, /,
    );
    expect(configError([{ ...entry, defaults: { tanggal_selesai: "31-02-2025" } }])).toMatch(/pada imports\[0\]\.defaults\.tanggal_selesai: nilai "31-02-2025" tidak sah untuk tanggal_selesai: tanggal tidak ada di kalender/);
  });
  it("a column both mapped and given a default, an unknown key, a source without a header", () => {
    expect(configError([{ ...entry, defaults: { jenis: "cuti" } }])).toMatch(/pada imports\[0\]\.defaults\.jenis: "jenis" sudah dipetakan di columns/);
    expect(configError([{ ...entry, kolom: {} }])).toMatch(/tidak sah pada imports\[0\]/);
    expect(configError([{ source: "attlog", file: "*.dat" }])).toMatch(/pada imports\[0\]\.source: attlog tidak memakai baris judul/);
    expect(configError([{ ...entry, file: "" }])).toMatch(/pada imports\[0\]\.file: tidak boleh kosong/);
  });
});

const PEGAWAI = "nip,nama,jenis_kelamin,tanggal_lahir,jenis_pegawai,golongan,jenis_jabatan,nama_jabatan,kode_unit,tmt_mulai\n" +
  "198502142010011003,Ahmad,L,1985-02-14,PNS,III/d,pelaksana,Staf,4.01,2010-01-01\n";

/** A folder with pegawai.csv and a recap workbook (title rows, header at row 3) under `name`. */
function folder(name: string, header: string[], rows: unknown[][]) {
  const dir = temp();
  writeFileSync(join(dir, "pegawai.csv"), PEGAWAI);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Petunjuk: isi satu baris per izin"]]), "Petunjuk");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["REKAP IZIN"], [], header, ...rows]), "Rekap");
  mkdirSync(join(dir, "opd"), { recursive: true });
  writeFileSync(join(dir, "opd", name), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  return dir;
}

async function load(dir: string, imports: unknown[]) {
  const file = join(temp(), "instansi.json");
  writeFileSync(file, JSON.stringify({ imports }));
  const config = loadConfig(file);
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  const result = await ingest(conn, dir, () => {}, { imports: config.imports });
  const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
  return { result, rows };
}

async function stops(dir: string, imports: unknown[]): Promise<string> {
  const error = await load(dir, imports).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnusableInputError);
  return (error as Error).message;
}

const header = ["No", "NIP", "Nama", "Jenis Izin", "Dari Tanggal", "Sampai Tanggal"];
const recap = [[1, "198502142010011003", "Ahmad", "Cuti Tahunan", "13/01/2025", "15/01/2025"], [2, "198502142010011003", "Ahmad", " dinas luar KOTA ", "20/01/2025", "20/01/2025"]];
const map = {
  source: "ketidakhadiran",
  file: "rekap izin*.xlsx",
  sheet: "rekap",
  columns: { jenis: "JENIS IZIN", tanggal_mulai: "DARI TANGGAL", tanggal_selesai: "SAMPAI TANGGAL" },
  values: { jenis: { "Cuti Tahunan": "cuti", "Dinas Luar Kota": "dinas_luar" } },
  defaults: { nomor_surat: "-" },
};

describe("import map: reading a layout no source knows", () => {
  it("matches the file by a case-insensitive glob in a subfolder, the sheet by name, maps columns and values, fills defaults", async () => {
    const { result, rows } = await load(folder("REKAP IZIN Dinkes.xlsx", header, recap), [map]);
    expect(await rows("SELECT jenis, tanggal_mulai::VARCHAR AS mulai, tanggal_selesai::VARCHAR AS selesai, nomor_surat, source_sheet, source_line FROM raw.ketidakhadiran ORDER BY source_line")).toEqual([
      { jenis: "cuti", mulai: "2025-01-13", selesai: "2025-01-15", nomor_surat: "-", source_sheet: "Rekap", source_line: 4 },
      { jenis: "dinas_luar", mulai: "2025-01-20", selesai: "2025-01-20", nomor_surat: "-", source_sheet: "Rekap", source_line: 5 },
    ]);
    const reports = result.files.filter((f) => f.file === "opd/REKAP IZIN Dinkes.xlsx");
    expect(reports.map((f) => [f.sheet, f.status, f.matchedBy, f.importIndex, f.headerRow, f.defaultedColumns, f.rowsRead])).toEqual([
      ["Petunjuk", "tidak_dikenali", null, null, null, null, 0],
      ["Rekap", "dimuat", "peta_impor", 0, 3, "nomor_surat", 2],
    ]);
    expect(await rows(`SELECT "column", export_column, origin, default_value FROM raw.load_columns WHERE source = 'ketidakhadiran' ORDER BY position`)).toEqual([
      { column: "nip", export_column: "NIP", origin: "kolom", default_value: null },
      { column: "jenis", export_column: "Jenis Izin", origin: "kolom", default_value: null },
      { column: "tanggal_mulai", export_column: "Dari Tanggal", origin: "kolom", default_value: null },
      { column: "tanggal_selesai", export_column: "Sampai Tanggal", origin: "kolom", default_value: null },
      { column: "nomor_surat", export_column: null, origin: "bawaan", default_value: "-" },
    ]);
  });

  it("without `sheet`, the map is tried on every sheet: the one with its columns is read, the others are not recognised", async () => {
    const { sheet: _sheet, ...anySheet } = map;
    void _sheet;
    const { result } = await load(folder("Rekap Izin.xlsx", header, recap), [anySheet]);
    expect(result.files.filter((f) => f.file === "opd/Rekap Izin.xlsx").map((f) => [f.sheet, f.status, f.rowsLoaded])).toEqual([
      ["Petunjuk", "tidak_dikenali", 0],
      ["Rekap", "dimuat", 2],
    ]);
    expect(await stops(folder("Rekap Izin.xlsx", header, recap), [{ ...anySheet, columns: { ...map.columns, jenis: "JENIS CUTI" } }])).toBe(
      'Peta impor imports[0].columns.jenis: judul kolom "JENIS CUTI" tidak ada di berkas opd/Rekap Izin.xlsx lembar Petunjuk',
    );
  });

  it("an export value the map does not know is rejected like any bad value, at its Excel row", async () => {
    const { rows } = await load(folder("Rekap Izin.xlsx", header, [...recap, [3, "198502142010011003", "Ahmad", "Cuti Haji", "03/02/2025", "04/02/2025"]]), [map]);
    expect(await rows(`SELECT sheet, line, "column", value, reason FROM raw.rejects`)).toEqual([
      { sheet: "Rekap", line: 6, column: "jenis", value: "Cuti Haji", reason: "nilai tidak dikenali (pilihan: izin, sakit, cuti, dinas_luar, tugas_belajar)" },
    ]);
  });

  it("a header text absent from the file, a sheet that is not there, a header_row without the header", async () => {
    const dir = folder("Rekap Izin.xlsx", header, recap);
    expect(await stops(dir, [{ ...map, columns: { ...map.columns, tanggal_mulai: "TGL AWAL" } }])).toBe(
      'Peta impor imports[0].columns.tanggal_mulai: judul kolom "TGL AWAL" tidak ada di berkas opd/Rekap Izin.xlsx lembar Rekap',
    );
    expect(await stops(dir, [{ ...map, sheet: "Data" }])).toBe('Peta impor imports[0].sheet: lembar "Data" tidak ada di berkas opd/Rekap Izin.xlsx');
    expect(await stops(dir, [{ ...map, header_row: 1 }])).toMatch(/^Peta impor imports\[0\]\.columns\.jenis: judul kolom "JENIS IZIN" tidak ada di berkas opd\/Rekap Izin\.xlsx lembar Rekap$/);
    const noNip = folder("Rekap Izin.xlsx", header.filter((h) => h !== "NIP"), recap.map((r) => r.filter((_, i) => i !== 1)));
    expect(await stops(noNip, [map])).toBe(
      "Peta impor imports[0]: kolom wajib nip tidak ditemukan di berkas opd/Rekap Izin.xlsx lembar Rekap; petakan di columns atau isi di defaults",
    );
  });

  it("header_row picks the header below the first 20 rows", async () => {
    const dir = temp();
    writeFileSync(join(dir, "pegawai.csv"), PEGAWAI);
    const wb = XLSX.utils.book_new();
    const titles = Array.from({ length: 24 }, (_, i) => [`catatan ${i + 1}`]);
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([...titles, header, ...recap]), "Rekap");
    writeFileSync(join(dir, "Rekap Izin.xlsx"), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
    const { result } = await load(dir, [{ ...map, header_row: 25 }]);
    expect(result.files.find((f) => f.source === "ketidakhadiran")).toMatchObject({ headerRow: 25, rowsRead: 2, rowsLoaded: 2 });
  });
});
