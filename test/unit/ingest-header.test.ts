// Header lines (delimiter, names and aliases) and the record -> line mapping.
import { describe, expect, it } from "vitest";
import { normalizeName, readHeader, splitLine } from "../../pipeline/ingest/header.ts";
import { lineShifts } from "../../pipeline/ingest/lines.ts";
import { ketidakhadiran } from "../../pipeline/sources/ketidakhadiran.ts";
import { pegawai } from "../../pipeline/sources/pegawai.ts";
import { presensi } from "../../pipeline/sources/presensi.ts";

describe("header", () => {
  it("names match case-, space- and punctuation-insensitively", () => {
    expect(normalizeName("Tanggal Mulai")).toBe(normalizeName("tanggal_mulai"));
    expect(normalizeName("\uFEFFNIP")).toBe("nip");
    expect(normalizeName("Tgl. Lahir")).toBe(normalizeName("tgl_lahir"));
  });

  it("splits a quoted header", () => {
    expect(splitLine('"NIP";"Nama, gelar";"a ""b"""', ";")).toEqual(["NIP", "Nama, gelar", 'a "b"']);
  });

  it("detects `;` (as written after a BOM by Excel in Indonesian locale)", () => {
    const h = readHeader("NIP;Jenis;Tanggal Mulai;Tanggal Selesai;Nomor Surat", ketidakhadiran);
    expect(h.delimiter).toBe(";");
    expect(h.missing).toEqual([]);
    expect([...h.positions]).toEqual([["nip", 0], ["jenis", 1], ["tanggal_mulai", 2], ["tanggal_selesai", 3], ["nomor_surat", 4]]);
  });

  it("detects tab and `,`", () => {
    expect(readHeader("nip\ttanggal\tmetode", presensi).delimiter).toBe("\t");
    expect(readHeader("nip,tanggal,metode", presensi).delimiter).toBe(",");
    // a comma inside a quoted name does not fool it
    expect(readHeader('nip;tanggal;"metode, sumber";jam_masuk', presensi).delimiter).toBe(";");
  });

  it("aliases: NIP, Tanggal Mulai, tmt_cpns", () => {
    const h = readHeader("NIP,Nama,Jenis Kelamin,Tanggal Lahir,Jenis Pegawai,Golongan,Jenis Jabatan,Nama Jabatan,Eselon,Kode Unit,TMT CPNS,TMT Selesai,Mode Presensi", pegawai);
    expect(h.missing).toEqual([]);
    expect(h.positions.get("tmt_mulai")).toBe(10);
    expect(h.positions.get("nip")).toBe(0);
  });

  it("names the required columns a header lacks, and the optional ones it does without", () => {
    const h = readHeader("nip,tanggal,jam_masuk", presensi);
    expect(h.missing).toEqual(["metode"]);
    expect(h.absent).toEqual(["jam_pulang", "lat_masuk", "lon_masuk", "lat_pulang", "lon_pulang", "akurasi_m", "lokasi_palsu"]);
  });

  it("the first of two columns with the same meaning wins", () => {
    const h = readHeader("nip,tanggal,metode,NIP", presensi);
    expect(h.positions.get("nip")).toBe(0);
  });
});

describe("record order to physical lines", () => {
  it("one line per record: nothing to shift", () => {
    expect(lineShifts(2, [], [])).toEqual([]);
  });
  it("an empty line pushes the records after it down", () => {
    // 1 header, 2 record, 3 empty, 4 record: the second record was numbered 3
    expect(lineShifts(2, [3], [])).toEqual([{ from: 3, to: Number.MAX_SAFE_INTEGER, add: 1 }]);
    expect(lineShifts(2, [3, 4], [])).toEqual([{ from: 3, to: Number.MAX_SAFE_INTEGER, add: 2 }]);
  });
  it("empty lines before the header or after the last record change nothing that matters", () => {
    expect(lineShifts(3, [1], [])).toEqual([]);
  });
  it("a record spanning lines pushes the next ones down, empty lines add up", () => {
    // 2 record, 3 empty, 4-5 record spanning two lines, 6 record
    expect(lineShifts(2, [3], [{ line: 3, extra: 1 }])).toEqual([
      { from: 3, to: 4, add: 1 },
      { from: 4, to: Number.MAX_SAFE_INTEGER, add: 2 },
    ]);
  });
});
