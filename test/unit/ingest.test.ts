// ingest(): files in, raw.* / raw.rejects / raw.load_report out. Each test writes the few rows it needs.
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ingest, UnusableInputError } from "../../pipeline/ingest/index.ts";
import { decodeWindows1252, encodeWindows1252 } from "../../pipeline/windows-1252.ts";
import { SOURCES } from "../../pipeline/sources/index.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/ingest");
const PEGAWAI = readFileSync(join(FIXTURES, "pegawai.csv"), "utf8");
// The three employees of fixtures/ingest/pegawai.csv
const ANI = "198508172010012001"; // PNS, P
const BUDI = "197001011995031002"; // PNS, L
const CITRA = "199203152023212001"; // PPPK, P
const MESIN = "device_id,pin,nip\nFP0101,7,198508172010012001\nFP0101,12,197001011995031002\n";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), "ingest-test-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  const log: string[] = [];
  const result = await ingest(conn, dir, (m) => log.push(m));
  const rows = async <T = Record<string, unknown>>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as T[];
  return { result, log, rows, dir };
}

async function unusable(files: Record<string, string | Buffer>): Promise<string> {
  const error = await run(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnusableInputError);
  return (error as Error).message;
}

const rejectsOf = (rows: (sql: string) => Promise<unknown[]>, source: string) =>
  rows(`SELECT file, line, "column", value, reason FROM raw.rejects WHERE source = '${source}' ORDER BY file, line`);

describe("ingest: master data", () => {
  it("loads pegawai typed and normalised (aliases, spellings, dates)", async () => {
    const { rows } = await run({ "pegawai.csv": PEGAWAI });
    expect(await rows("SELECT nip, jenis_kelamin, tanggal_lahir::VARCHAR AS lahir, golongan, jenis_jabatan, eselon, tmt_mulai::VARCHAR AS tmt, tmt_selesai, source_file, source_line FROM raw.pegawai ORDER BY source_line")).toEqual([
      { nip: ANI, jenis_kelamin: "P", lahir: "1985-08-17", golongan: "III/c", jenis_jabatan: "administrator", eselon: "III.b", tmt: "2010-01-01", tmt_selesai: null, source_file: "pegawai.csv", source_line: 2 },
      { nip: BUDI, jenis_kelamin: "L", lahir: "1970-01-01", golongan: "IV/a", jenis_jabatan: "jpt", eselon: "II.a", tmt: "1995-03-01", tmt_selesai: null, source_file: "pegawai.csv", source_line: 3 },
      { nip: CITRA, jenis_kelamin: "P", lahir: "1992-03-15", golongan: "IX", jenis_jabatan: "fungsional", eselon: null, tmt: "2023-02-01", tmt_selesai: null, source_file: "pegawai.csv", source_line: 4 },
    ]);
  });

  it("rejects a NIP that contradicts the row (birth date, gender, PNS TMT) and a golongan of the wrong kind", async () => {
    const header = PEGAWAI.split("\n")[0];
    const { rows } = await run({
      "pegawai.csv": [
        header,
        `${ANI},Ani,Perempuan,18/08/1985,PNS,III/c,administrator,Kepala Subbagian,III.b,1.01,01/01/2010,,kantor`,
        `${BUDI},Budi,P,01/01/1970,PNS,IV/a,jpt,Sekretaris,II.a,1.01,01/03/1995,,kantor`,
        `198508172010132001,Dewi,P,17/08/1985,PNS,III/a,pelaksana,Staf,,1.01,01/01/2010,,kantor`,
        `${CITRA},Citra,P,15/03/1992,PPPK,III/a,fungsional,Guru,,1.01,01/02/2023,,mobile`,
        `1.97001011995031E+17,Eko,L,01/01/1970,PNS,IV/a,pelaksana,Staf,,1.01,01/03/1995,,kantor`,
      ].join("\n"),
    });
    expect(await rejectsOf(rows, "pegawai")).toEqual([
      { file: "pegawai.csv", line: 2, column: "nip", value: ANI, reason: "tanggal lahir di NIP tidak cocok dengan tanggal_lahir" },
      { file: "pegawai.csv", line: 3, column: "nip", value: BUDI, reason: "digit jenis kelamin di NIP tidak cocok dengan jenis_kelamin" },
      { file: "pegawai.csv", line: 4, column: "nip", value: "198508172010132001", reason: "TMT CPNS di NIP tidak valid" },
      { file: "pegawai.csv", line: 5, column: "golongan", value: "III/a", reason: "golongan III/a tidak berlaku untuk PPPK" },
      {
        file: "pegawai.csv", line: 6, column: "nip", value: "1.97001011995031E+17",
        reason: 'NIP ditulis dalam notasi ilmiah (rusak oleh Excel)',
      },
    ]);
    expect(await rows("SELECT count(*)::INTEGER AS n FROM raw.pegawai")).toEqual([{ n: 0 }]);
  });

  it("reads `;`-separated files with a BOM and Indonesian header names", async () => {
    const { rows } = await run({
      "pegawai.csv": PEGAWAI,
      "Ketidakhadiran_2025.CSV": `\uFEFFNIP;Jenis;Tanggal Mulai;Tanggal Selesai;Nomor Surat\r\n${ANI};Cuti Tahunan;16/01/2025;20/01/2025;800/1/2025\r\n${BUDI};DL;2025-02-06;2025-02-05;\r\n`,
    });
    expect(await rows("SELECT nip, jenis, tanggal_mulai::VARCHAR AS mulai, tanggal_selesai::VARCHAR AS selesai, nomor_surat FROM raw.ketidakhadiran")).toEqual([
      { nip: ANI, jenis: "cuti", mulai: "2025-01-16", selesai: "2025-01-20", nomor_surat: "800/1/2025" },
    ]);
    expect(await rejectsOf(rows, "ketidakhadiran")).toEqual([
      { file: "Ketidakhadiran_2025.CSV", line: 3, column: "tanggal_selesai", value: "2025-02-05", reason: "tanggal_selesai 2025-02-05 sebelum tanggal_mulai 2025-02-06" },
    ]);
  });

  it("reads tab-separated files, and a header below a title line", async () => {
    const { rows } = await run({
      "pegawai.csv": PEGAWAI,
      "hari_libur_2025.csv": "tanggal\tketerangan\tjenis\n2025-01-01\tTahun Baru 2025 Masehi\tlibur_nasional\n2025-01-28\tCuti bersama Imlek\tCuti Bersama\n",
      "unit.csv": "Daftar Unit Kerja Pemerintah Kabupaten\n\nKode Unit;Nama Unit;Kode Induk;Lat;Lon;Radius (m)\n1.01;Sekretariat Daerah;;-7,5916;110,9560;150\n1.01.02;Bagian Umum;1.01;;;\n",
    });
    expect(await rows("SELECT tanggal::VARCHAR AS tanggal, jenis FROM raw.hari_libur ORDER BY 1")).toEqual([
      { tanggal: "2025-01-01", jenis: "libur_nasional" },
      { tanggal: "2025-01-28", jenis: "cuti_bersama" },
    ]);
    expect(await rows("SELECT kode_unit, kode_induk, lat, lon, radius_m, source_line FROM raw.unit ORDER BY source_line")).toEqual([
      { kode_unit: "1.01", kode_induk: null, lat: -7.5916, lon: 110.956, radius_m: 150, source_line: 4 },
      { kode_unit: "1.01.02", kode_induk: "1.01", lat: null, lon: null, radius_m: null, source_line: 5 },
    ]);
  });
});

describe("ingest: rows", () => {
  it("rejects bad cells with the first failing column and a specific reason", async () => {
    const { rows } = await run({
      "pegawai.csv": PEGAWAI,
      "presensi_2025-02.csv": [
        "nip,tanggal,jam_masuk,jam_pulang,lat_masuk,lon_masuk,lat_pulang,lon_pulang,metode",
        `${ANI},2025-02-03,07:12,16:05:40,"-7,5916","110,9560",,,mobile`,
        `${ANI},2025-02-30,25:61,16:05:40,,,,,manual`,
        `${BUDI},2025-02-04,25:61,16:05:40,,,,,manual`,
        `198006122005031999,2025-02-03,07:20:11,16:02:09,,,,,manual`,
        `98508172010012001,2025-02-03,07:20:11,16:02:09,,,,,manual`,
        `1.98508172010012E+17,2025-02-03,07:20:11,16:02:09,,,,,manual`,
        `${BUDI},,07:20:11,16:02:09,,,,,manual`,
        `${CITRA},2025-02-03,07:20:11,16:02:09,,,,,teleport`,
        `${CITRA},2025-02-04,07:20:11,16:02:09,,,,,web,surplus`,
      ].join("\n"),
    });
    expect(await rows("SELECT nip, tanggal::VARCHAR AS tanggal, jam_masuk::VARCHAR AS masuk, lat_masuk, lon_masuk, lat_pulang FROM raw.presensi")).toEqual([
      { nip: ANI, tanggal: "2025-02-03", masuk: "07:12:00", lat_masuk: -7.5916, lon_masuk: 110.956, lat_pulang: null },
    ]);
    const reasons = (await rejectsOf(rows, "presensi")).map((r) => {
      const { line, column, value, reason } = r as Record<string, unknown>;
      return [line, column, value, reason];
    });
    expect(reasons).toEqual([
      [3, "tanggal", "2025-02-30", "tanggal tidak ada di kalender"],
      [4, "jam_masuk", "25:61", "jam tidak mungkin"],
      [5, "nip", "198006122005031999", "NIP tidak terdaftar di data pegawai"],
      [6, "nip", "98508172010012001", 'NIP hanya 17 angka, angka hilang (mis. nol di depan atau ujung terpotong)'],
      [7, "nip", "1.98508172010012E+17", 'NIP ditulis dalam notasi ilmiah (rusak oleh Excel)'],
      [8, "tanggal", null, "kolom wajib kosong"],
      [9, "metode", "teleport", "nilai tidak dikenali (pilihan: mobile, web, fingerprint, manual)"],
      [10, null, null, "jumlah kolom melebihi baris judul (pemisah di dalam nilai tanpa tanda kutip?)"],
    ]);
  });

  it("keeps one row per natural key: the last file in name order wins, the others count as duplicates", async () => {
    const header = "nip,tanggal,jam_masuk,jam_pulang,lat_masuk,lon_masuk,lat_pulang,lon_pulang,metode";
    const { rows, result } = await run({
      "pegawai.csv": PEGAWAI,
      "presensi_2025-01.csv": `${header}\n${ANI},2025-01-02,07:30,16:00,,,,,mobile\n${ANI},2025-01-03,07:31,16:00,,,,,mobile\n${BUDI},2025-01-02,07:40,16:00,,,,,mobile\n`,
      "presensi_2025-01_ulang.csv": `${header}\n${ANI},2025-01-03,07:35,16:00,,,,,web\n${ANI},2025-01-03,07:36,16:00,,,,,web\n${BUDI},2025-01-03,07:45,16:00,,,,,mobile\n`,
    });
    expect(await rows("SELECT nip, tanggal::VARCHAR AS tanggal, jam_masuk::VARCHAR AS masuk, source_file, source_line FROM raw.presensi ORDER BY nip, tanggal")).toEqual([
      { nip: BUDI, tanggal: "2025-01-02", masuk: "07:40:00", source_file: "presensi_2025-01.csv", source_line: 4 },
      { nip: BUDI, tanggal: "2025-01-03", masuk: "07:45:00", source_file: "presensi_2025-01_ulang.csv", source_line: 4 },
      { nip: ANI, tanggal: "2025-01-02", masuk: "07:30:00", source_file: "presensi_2025-01.csv", source_line: 2 },
      { nip: ANI, tanggal: "2025-01-03", masuk: "07:36:00", source_file: "presensi_2025-01_ulang.csv", source_line: 3 },
    ]);
    expect(result.files.filter((f) => f.source === "presensi")).toMatchObject([
      { source: "presensi", file: "presensi_2025-01.csv", rowsRead: 3, rowsLoaded: 3, rowsRejected: 0, rowsDuplicate: 1 },
      { source: "presensi", file: "presensi_2025-01_ulang.csv", rowsRead: 3, rowsLoaded: 3, rowsRejected: 0, rowsDuplicate: 1 },
    ]);
  });

  it("decodes every Windows-1252 byte as the Encoding standard maps it (0x80-0x9F included)", () => {
    const bytes = Uint8Array.from([0x80, 0x8a, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0xe9, 0x41]);
    expect(decodeWindows1252(bytes)).toBe("\u20acŠŒ\u2018\u2019\u201c\u201d\u2013\u2014\u2122Ÿ\u00e9A");
    const every = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect([...encodeWindows1252(decodeWindows1252(every))]).toEqual([...every]); // one table, both ways
  });

  it("reads a Windows-1252 CSV (Excel's \"CSV (Comma delimited)\") as such, and says so in the load report", async () => {
    const cp1252 = Buffer.concat([Buffer.from(PEGAWAI.trimEnd() + "\n"), Buffer.from("kode_unit,nama_unit,kode_induk,lat,lon,radius_m\n", "latin1")]);
    const units = Buffer.from("kode_unit;nama_unit;kode_induk;lat;lon;radius_m\r\n1.01;Bagian Umum \x96 Sekretariat;;-6,9;107,6;100\r\n", "latin1");
    const { rows, result } = await run({ "pegawai.csv": cp1252.subarray(0, PEGAWAI.trimEnd().length + 1), "unit.csv": units });
    expect(await rows("SELECT nama_unit, source_line FROM raw.unit")).toEqual([{ nama_unit: "Bagian Umum \u2013 Sekretariat", source_line: 2 }]);
    expect(result.files.find((f) => f.source === "unit")).toMatchObject({ encoding: "windows-1252", rowsRead: 1, rowsLoaded: 1 });
    expect(result.files.find((f) => f.source === "pegawai")).toMatchObject({ encoding: "utf-8" });
  });

  it("counts physical lines across empty lines, multi-line quoted values and CRLF; skips lines of bare delimiters", async () => {
    const { rows } = await run({
      "pegawai.csv": PEGAWAI,
      "aktivitas.csv": [
        "nip;tanggal;jam_mulai;jam_selesai;uraian;volume;satuan;menit;status",
        `${ANI};2025-01-02;08:00;10:00;Rapat;1;kegiatan;120;disetujui`,
        "",
        `${ANI};2025-01-02;10:00;11:00;"Menyusun laporan;`,
        `bagian kedua";1;laporan;60;setuju`,
        ";;;;;;;;",
        `${ANI};2025-01-02;11:00;12:30;Koordinasi;1,5;jam;90;MENUNGGU`,
        `${ANI};2025-01-02;13:00;14:00;Koordinasi;x;jam;60;menunggu`,
      ].join("\r\n"),
    });
    expect(await rows("SELECT source_line, uraian, volume, status FROM raw.aktivitas ORDER BY source_line")).toEqual([
      { source_line: 2, uraian: "Rapat", volume: 1, status: "disetujui" },
      { source_line: 4, uraian: "Menyusun laporan;\r\nbagian kedua", volume: 1, status: "disetujui" },
      { source_line: 7, uraian: "Koordinasi", volume: 1.5, status: "menunggu" },
    ]);
    expect(await rejectsOf(rows, "aktivitas")).toEqual([{ file: "aktivitas.csv", line: 8, column: "volume", value: "x", reason: "bukan angka" }]);
    expect(await rows("SELECT rows_read, rows_loaded, rows_rejected FROM raw.load_report WHERE source = 'aktivitas'")).toEqual([
      { rows_read: 4, rows_loaded: 3, rows_rejected: 1 },
    ]);
  });
});

describe("ingest: fingerprint attlog", () => {
  it("reads a ZKTeco export (CRLF, padded PIN), resolves the NIP by device and PIN, rejects unmapped PINs", async () => {
    const punches = ["        7\t2025-03-03 07:31:05\t1\t0\t1\t0", "       12\t2025-03-03 07:45:00\t1\t0\t1\t0", "       99\t2025-03-03 07:50:00\t1\t0\t1\t0", "        7\t2025-03-03 16:02:10\t1\t1\t1\t0", "        7\t2025-03-03 25:02:10\t1\t1\t1\t0"];
    const { rows, result } = await run({ "pegawai.csv": PEGAWAI, "mesin_pegawai.csv": MESIN, "usb/FP0101_attlog.dat": punches.join("\r\n") + "\r\n" });
    expect(await rows("SELECT device_id, pin, waktu::VARCHAR AS waktu, status, verify_mode, workcode, nip, source_file, source_line FROM raw.attlog ORDER BY source_line")).toEqual([
      { device_id: "FP0101", pin: "7", waktu: "2025-03-03 07:31:05", status: 0, verify_mode: 1, workcode: "0", nip: ANI, source_file: "usb/FP0101_attlog.dat", source_line: 1 },
      { device_id: "FP0101", pin: "12", waktu: "2025-03-03 07:45:00", status: 0, verify_mode: 1, workcode: "0", nip: BUDI, source_file: "usb/FP0101_attlog.dat", source_line: 2 },
      { device_id: "FP0101", pin: "7", waktu: "2025-03-03 16:02:10", status: 1, verify_mode: 1, workcode: "0", nip: ANI, source_file: "usb/FP0101_attlog.dat", source_line: 4 },
    ]);
    expect(await rejectsOf(rows, "attlog")).toEqual([
      { file: "usb/FP0101_attlog.dat", line: 3, column: "pin", value: "99", reason: "PIN 99 pada mesin FP0101 tidak terdaftar di mesin_pegawai" },
      { file: "usb/FP0101_attlog.dat", line: 5, column: "waktu", value: "2025-03-03 25:02:10", reason: "jam tidak mungkin" },
    ]);
    expect(result.files.find((f) => f.source === "attlog")).toMatchObject({
      source: "attlog", file: "usb/FP0101_attlog.dat", rowsRead: 5, rowsLoaded: 3, rowsRejected: 2, rowsDuplicate: 0,
    });
    const types = await rows<{ column_name: string; column_type: string }>("DESCRIBE raw.attlog");
    expect(types.map((t) => `${t.column_name} ${t.column_type}`)).toEqual([
      "device_id VARCHAR", "pin VARCHAR", "waktu TIMESTAMP", "status INTEGER", "verify_mode INTEGER", "workcode VARCHAR", "nip VARCHAR", "source_file VARCHAR", "source_sheet VARCHAR", "source_line INTEGER",
    ]);
  });
});

describe("ingest: reconciliation and reports", () => {
  it("read = loaded + rejected for every file; raw holds loaded minus duplicates; one log line per source, no NIP", async () => {
    const header = "nip,tanggal,jam_masuk,jam_pulang,lat_masuk,lon_masuk,lat_pulang,lon_pulang,metode";
    const { rows, log } = await run({
      "pegawai.csv": PEGAWAI,
      "mesin_pegawai.csv": MESIN,
      "FP0101_attlog.dat": "        7\t2025-03-03 07:31:05\t1\t0\t1\t0\r\n       99\t2025-03-03 07:31:05\t1\t0\t1\t0\r\n        7\t2025-03-03 07:31:05\t1\t0\t1\t0\r\n",
      "presensi_a.csv": `${header}\n${ANI},2025-01-02,07:30,16:00,,,,,mobile\n${ANI},2025-01-32,07:30,16:00,,,,,mobile\n`,
      "presensi_b.csv": `${header}\n${ANI},2025-01-02,07:30,16:00,,,,,mobile\n`,
    });
    const report = await rows<Record<string, number | string>>("SELECT * FROM raw.load_report");
    for (const r of report) expect(r.rows_read, String(r.file)).toBe(Number(r.rows_loaded) + Number(r.rows_rejected));
    for (const source of ["attlog", "presensi"]) {
      const [{ loaded }] = await rows<{ loaded: number }>(`SELECT (sum(rows_loaded) - sum(rows_duplicate))::INTEGER AS loaded FROM raw.load_report WHERE source = '${source}'`);
      const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM raw.${source}`);
      expect(n, source).toBe(loaded);
      const [{ rejected }] = await rows<{ rejected: number }>(`SELECT sum(rows_rejected)::INTEGER AS rejected FROM raw.load_report WHERE source = '${source}'`);
      const [{ m }] = await rows<{ m: number }>(`SELECT count(*)::INTEGER AS m FROM raw.rejects WHERE source = '${source}'`);
      expect(m, source).toBe(rejected);
    }
    expect(log).toHaveLength(SOURCES.length + 1); // one line per source, and recognition first
    expect(log[0]).toMatch(/^pengenalan: 5 berkas \(\d+,\d dtk\)$/);
    expect(log).toContain("skp: tidak ada berkas");
    expect(log.find((l) => l.startsWith("presensi:"))).toMatch(/^presensi: 2 berkas, 3 baris dibaca, 2 dimuat, 1 ditolak, 1 duplikat \(\d+,\d dtk\); kolom tidak ada: akurasi_m, lokasi_palsu$/);
    for (const line of log) expect(line).not.toMatch(/\d{15,}|Ani|Budi/);
  });

  it("creates every raw table, with the contract's columns, even without its file", async () => {
    const { rows } = await run({ "pegawai.csv": PEGAWAI });
    for (const source of SOURCES) {
      const columns = await rows<{ column_name: string; column_type: string }>(`DESCRIBE raw.${source.name}`);
      expect(columns.map((c) => [c.column_name, c.column_type]), source.name).toEqual([
        ...source.tableColumns.map((c) => [c.name, c.sqlType]),
        ["source_file", "VARCHAR"],
        ["source_sheet", "VARCHAR"],
        ["source_line", "INTEGER"],
      ]);
    }
    expect(await rows("SELECT count(*)::INTEGER AS n FROM raw.presensi")).toEqual([{ n: 0 }]);
  });

  it("a file nothing recognises is listed as tidak_dikenali with what to do, never read and never fatal", async () => {
    const { result, log } = await run({
      "pegawai.csv": PEGAWAI,
      "catatan.txt": "Ekspor bulan Januari dikirim ulang minggu depan.\n",
      "cadangan.dat": Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]),
      "laporan.pdf": "%PDF-1.4\n",
    });
    const unknown = result.files.filter((f) => f.status === "tidak_dikenali");
    expect(unknown.map((f) => [f.file, f.format, f.rowsRead])).toEqual([["cadangan.dat", "dat", 0], ["catatan.txt", "txt", 0], ["laporan.pdf", "lain", 0]]);
    expect(unknown.find((f) => f.file === "cadangan.dat")!.note).toMatch(/bukan teks/);
    expect(unknown.find((f) => f.file === "catatan.txt")!.note).toMatch(/tambahkan entri peta impor/);
    expect(log.filter((l) => l.startsWith("tidak dikenali:"))).toHaveLength(3);
  });

  it("reports the thousands the Indonesian way", async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `${ANI},${new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)},07:30,16:00,,,,,mobile`);
    const { log } = await run({ "pegawai.csv": PEGAWAI, "presensi.csv": `nip,tanggal,jam_masuk,jam_pulang,lat_masuk,lon_masuk,lat_pulang,lon_pulang,metode\n${lines.join("\n")}\n` });
    expect(log.find((l) => l.startsWith("presensi:"))).toMatch(/^presensi: 1 berkas, 1\.200 baris dibaca, 1\.200 dimuat, 0 ditolak \(\d+,\d dtk\); kolom tidak ada: akurasi_m, lokasi_palsu$/);
  });
});

describe("ingest: unusable inputs stop the run with one line naming the file", () => {
  it("no pegawai file", async () => {
    expect(await unusable({ "presensi.csv": "nip,tanggal,metode\n" })).toMatch(/^Data pegawai tidak ditemukan di /);
  });
  it("a required column missing from the header", async () => {
    expect(await unusable({ "pegawai.csv": PEGAWAI, "presensi_01.csv": "nip,tgl,jam masuk\n1,2,3\n" })).toBe(
      "Berkas presensi_01.csv baris 1: kolom wajib tidak ditemukan: metode",
    );
    expect(await unusable({ "pegawai.csv": "Nomor,Nama\n1,a\n" })).toMatch(/^Berkas pegawai\.csv baris 1: kolom wajib tidak ditemukan: nip, jenis_kelamin, /);
  });
  it("a UTF-16 file (Excel's \"Unicode text\")", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("nip\tjenis\ttanggal_mulai\ttanggal_selesai\n", "utf16le")]);
    expect(await unusable({ "pegawai.csv": PEGAWAI, "ketidakhadiran.csv": utf16 })).toBe(
      "Berkas ketidakhadiran.csv tersimpan sebagai UTF-16, bukan UTF-8; simpan ulang sebagai CSV UTF-8",
    );
  });
  it("UTF-8 beside bytes that are not UTF-8 (a damaged file), with the line", async () => {
    const mixed = Buffer.concat([Buffer.from(PEGAWAI.trimEnd().replace("Ani", "Aní") + "\n"), Buffer.from(`${ANI},Ren\xe9,P,1985-08-17,PNS,III/c,administrator,Kasubbag,III.b,1.01,2010-01-01,,kantor\n`, "latin1")]);
    expect(await unusable({ "pegawai.csv": mixed })).toBe("Berkas pegawai.csv baris 5: campuran UTF-8 dan byte yang bukan UTF-8 (berkas rusak?); simpan ulang sebagai CSV UTF-8");
  });
  it("an empty file", async () => {
    expect(await unusable({ "pegawai.csv": PEGAWAI, "unit.csv": "" })).toBe("Berkas unit.csv kosong: tidak ada baris judul");
  });
});
