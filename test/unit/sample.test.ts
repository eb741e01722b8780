// The sample generator: deterministic, contract-shaped, and every planted case really is in the
// files. TK is recounted here from the exports alone (presensi, attlog and GLog, ketidakhadiran and
// the recap workbook, holidays, the RSUD roster, instansi.json's work patterns, approved
// corrections), independently of the generator's plan. The workbooks (SIASN,
// e-Kinerja SKP, the recap) are read with SheetJS, not with the exceljs that wrote them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../pipeline/config/schema.ts";
import { runPipeline } from "../../pipeline/run.ts";
import { generateSample, type SampleCase, type SampleResult } from "../../pipeline/sample/index.ts";
import {
  GLOG_FILE, RECAP_FILE, SIASN_FILE, SKP_FILE, cellText, importMaps, readGlog, readMapped, readSiasn, readSkp, readTable,
  readWorkbook, type SiasnEmployee, type SkpRow,
} from "./helpers/sample-files.ts";

const EMPLOYEES = 250;
const dirs: string[] = [];
const sample = async (seed: number, year = 2025) => {
  const out = mkdtempSync(join(tmpdir(), "sample-"));
  dirs.push(out);
  return { out, result: await generateSample({ out, employees: EMPLOYEES, seed, year }) };
};

let a: { out: string; result: SampleResult };
let b: { out: string; result: SampleResult };
let files: SampleFiles;

beforeAll(async () => {
  a = await sample(1);
  b = await sample(1);
  files = new SampleFiles(a.out);
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const casesNamed = (cases: SampleCase[], pattern: RegExp) => cases.filter((c) => pattern.test(c.case));
const datesIn = (detail: string) => detail.slice(detail.lastIndexOf(": ") + 2).split(" ").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));

describe("determinism", () => {
  it("writes byte-identical files and the same cases for the same seed", () => {
    expect(b.result.files).toEqual(a.result.files);
    for (const { file } of a.result.files) {
      expect(readFileSync(join(b.out, file)).equals(readFileSync(join(a.out, file))), file).toBe(true);
    }
    expect(b.result.cases).toEqual(a.result.cases);
  });

  it("writes different data for another seed", async () => {
    const c = await sample(2);
    expect(readSiasn(c.out).map((e) => e.nip)).not.toEqual(readSiasn(a.out).map((e) => e.nip));
    expect(readFileSync(join(c.out, "presensi_2025-05.csv"), "utf8")).not.toEqual(readFileSync(join(a.out, "presensi_2025-05.csv"), "utf8"));
  }, 60_000);
});

const REQUIRED: [RegExp, string[]][] = [
  [/^unit/, ["kode_unit", "nama_unit", "kode_induk", "lat", "lon", "radius_m"]],
  [/^presensi/, ["nip", "tanggal", "jam_masuk", "jam_pulang", "lat_masuk", "lon_masuk", "lat_pulang", "lon_pulang", "metode", "akurasi_m", "lokasi_palsu"]],
  [/^mesin_pegawai/, ["device_id", "pin", "nip"]],
  [/^ketidakhadiran/, ["nip", "jenis", "tanggal_mulai", "tanggal_selesai", "nomor_surat"]],
  [/^hari_libur/, ["tanggal", "keterangan", "jenis"]],
  [/^aktivitas/, ["nip", "tanggal", "jam_mulai", "jam_selesai", "uraian", "volume", "satuan", "menit", "status"]],
  [/^penilaian360/, ["tahun", "periode", "nip_dinilai", "nip_penilai", "hubungan", "berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]],
  [/^kompetensi/, ["nip", "tanggal_asesmen", "jenis_asesmen", "integritas", "kerjasama", "komunikasi", "orientasi_pada_hasil", "pelayanan_publik", "pengembangan_diri_dan_orang_lain", "mengelola_perubahan", "pengambilan_keputusan", "perekat_bangsa", "teknis", "skor_potensi"]],
  [/^standar_kompetensi/, ["jenis_jabatan", "eselon", "integritas", "perekat_bangsa", "teknis"]],
  [/^hukuman_disiplin/, ["nip", "nomor_sk", "tanggal_sk", "jenis_hukuman", "tmt_mulai", "tmt_selesai", "alasan"]],
  [/^ikp/, ["id", "nip", "judul", "tanggal_instruksi", "tenggat", "tanggal_selesai"]],
  [/^pelatihan/, ["nip", "nama_pelatihan", "tanggal_selesai", "jam_pelajaran"]],
  [/^predikat_unit/, ["kode_unit", "tahun", "predikat_organisasi"]],
  [/^shift/, ["kode_shift", "jam_masuk", "jam_pulang", "istirahat_menit"]],
  [/^jadwal/, ["nip", "tanggal", "kode_shift"]],
  [/^koreksi_presensi/, ["nip", "tanggal", "jenis", "jam_masuk", "jam_pulang", "nomor_surat", "status"]],
  [/^apel/, ["tanggal", "jenis", "nip", "hadir"]],
];

/** The exports in real layouts: SIASN, e-Kinerja SKP, an OPD's recap, a GLog machine. */
const REAL_LAYOUTS = [SIASN_FILE, SKP_FILE, RECAP_FILE, GLOG_FILE];
/** The sample's config (the import map), in the input folder beside the exports: not an export. */
const CONFIG_FILE = "instansi.json";

const SIASN_HEADER = ["NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TGL LAHIR", "JENIS KELAMIN", "JENIS PEGAWAI", "GOL AKHIR NAMA",
  "JENIS JABATAN NAMA", "JABATAN NAMA", "ESELON", "UNOR ID", "UNOR NAMA", "TMT CPNS", "TMT PENSIUN"];
const SKP_HEADER = ["no", "nip", "nama", "tahun_skp", "periode_awal_skp", "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
  "is_skp_plt_plh_pjb", "nip_atasan"];
const RECAP_HEADER = ["NO", "NIP", "NAMA", "JENIS IZIN", "DARI TANGGAL", "SAMPAI TANGGAL", "KETERANGAN"];

describe("contract files", () => {
  it("writes every input of the contract, and nothing else", () => {
    const names = readdirSync(a.out).sort();
    expect(names).toEqual(a.result.files.map((f) => f.file).sort());
    for (const [pattern] of REQUIRED) expect(names.some((n) => pattern.test(n)), String(pattern)).toBe(true);
    expect(names.filter((n) => n.endsWith("_attlog.dat")).length).toBeGreaterThan(20);
    for (const n of ["hari_libur_2025.csv", "DATA_PNS_KAB_SUKAMAJU_2025.xlsx", "LAPORAN SKP TAHUN 2025.xlsx", "LAPORAN SKP TAHUN 2024.xlsx",
      "penilaian360_2025.csv", "presensi_2025-12.csv", "aktivitas_2025-01.csv", CONFIG_FILE]) {
      expect(names).toContain(n);
    }
    for (const pattern of [RECAP_FILE, GLOG_FILE]) expect(names.filter((n) => pattern.test(n)), String(pattern)).toHaveLength(1);
    for (const n of names) {
      expect(n.endsWith("_attlog.dat") || n === CONFIG_FILE || REAL_LAYOUTS.some((p) => p.test(n)) || REQUIRED.some(([p]) => p.test(n)), n).toBe(true);
    }
    expect(names.some((n) => /^pegawai|^skp_/.test(n))).toBe(false);
  });

  it("gives every export its required header (aliases resolved) and the row counts it reports", () => {
    for (const { file, rows } of a.result.files) {
      if (file === CONFIG_FILE) {
        expect(rows).toBe(0);
        continue;
      }
      if (file.endsWith(".dat")) {
        expect(readFileSync(join(a.out, file), "utf8").split("\r\n").length - 1, file).toBe(rows);
        continue;
      }
      if (GLOG_FILE.test(file)) {
        expect(readGlog(a.out)[0].punches.length, file).toBe(rows);
        continue;
      }
      if (file.endsWith(".xlsx")) {
        const [sheet, header] = SIASN_FILE.test(file) ? ["Data Pegawai", SIASN_HEADER] : SKP_FILE.test(file) ? ["SKP", SKP_HEADER] : ["Rekap", RECAP_HEADER];
        const table = readTable(join(a.out, file), sheet, header[0]);
        expect(table.headerRow, file).toBe(4);
        expect(table.header, file).toEqual(header);
        expect(table.rows.length, file).toBe(rows);
        expect(table.rows[0].row, file).toBe(5);
        continue;
      }
      const required = REQUIRED.find(([p]) => p.test(file))![1];
      const csv = readExport(a.out, file);
      for (const column of required) expect(csv.header, `${file}: ${column}`).toContain(column);
      expect(csv.rows.length, file).toBe(rows);
    }
  });

  it("copies the shipped 2025 holidays, and stops for a year not shipped, naming the file to add", async () => {
    expect(readFileSync(join(a.out, "hari_libur_2025.csv"), "utf8")).toBe(
      readFileSync(new URL("../../pipeline/rules/hari_libur/2025.csv", import.meta.url), "utf8"));
    await expect(sample(1, 2027)).rejects.toThrow("tambahkan pipeline/rules/hari_libur/2027.csv");
  });
});

describe("NIP", () => {
  it("follows the NIP rule and agrees with birth date and gender; unique", () => {
    const pegawai = files.pegawai;
    expect(pegawai.length).toBe(EMPLOYEES);
    expect(new Set(pegawai.map((p) => p.nip)).size).toBe(pegawai.length);
    for (const p of pegawai) {
      expect(p.nip, p.nip).toMatch(/^\d{18}$/);
      expect(p.nip.slice(0, 8)).toBe(p.tanggal_lahir.replaceAll("-", ""));
      expect(p.nip[14]).toBe(p.jenis_kelamin === "L" ? "1" : "2");
      expect(Number(p.nip.slice(15))).toBeGreaterThan(0);
      if (p.jenis_pegawai === "PNS") {
        expect(p.nip.slice(8, 14), p.nip).toBe(p.tmt_mulai.slice(0, 7).replace("-", ""));
      } else {
        expect(Number(p.nip.slice(8, 12))).toBeGreaterThanOrEqual(Number(p.tanggal_lahir.slice(0, 4)) + 18);
      }
    }
  });
});

describe("the SIASN employee workbook", () => {
  const siasn = () => readSiasn(a.out);

  it("has two title rows and an empty row above the header, NIPs as text cells and dates as date cells", () => {
    const sheets = readWorkbook(join(a.out, "DATA_PNS_KAB_SUKAMAJU_2025.xlsx"));
    expect(sheets.map((x) => x.name)).toEqual(["Data Pegawai"]);
    expect(sheets[0].rows.slice(0, 3).map((r) => [r.row, r.cells.map(cellText).filter(Boolean)])).toEqual([
      [1, ["DATA PEGAWAI ASN"]], [2, ["Pemerintah Kabupaten Sukamaju"]], [4, SIASN_HEADER],
    ]);
    for (const e of files.pegawai) {
      expect(e.nipCell, e.nip).toMatchObject({ t: "s", z: "@" });
      expect(e.dateCells, e.nip).toEqual({ tanggal_lahir: true, tmt_mulai: true, tmt_selesai: true });
    }
    expect(files.pegawai.filter((e) => e.tmt_selesai !== "").length).toBeGreaterThan(0);
  });

  it("spells kelamin, jenis pegawai, pangkat/golongan and jenis jabatan as SIASN does, with a consistent eselon", () => {
    const raw = readTable(join(a.out, "DATA_PNS_KAB_SUKAMAJU_2025.xlsx"), "Data Pegawai", "NIP BARU").rows;
    expect(new Set(raw.map((r) => r.text("JENIS KELAMIN")))).toEqual(new Set(["Laki-laki", "Perempuan"]));
    expect(new Set(raw.map((r) => r.text("JENIS JABATAN NAMA")))).toEqual(new Set(["Jabatan Struktural", "Jabatan Fungsional", "Jabatan Pelaksana"]));
    for (const e of files.pegawai) {
      const gol = raw.find((r) => r.row === e.row)!.text("GOL AKHIR NAMA");
      if (e.jenis_pegawai === "PNS") expect(gol, e.nip).toMatch(/^(Juru|Pengatur|Penata|Pembina)( [A-Za-z ]+)? \((I|II|III|IV)\/[a-e]\)$/);
      else expect(gol, e.nip).toMatch(/^[IVX]+$/);
      const structural = ["jpt", "administrator", "pengawas"].includes(e.jenis_jabatan);
      expect(e.eselon === "", e.nip).toBe(!structural);
      if (structural) expect(e.eselon, e.nip).toMatch(/^(I|II|III|IV)\.[ab]$/);
    }
    expect(raw.some((r) => r.text("GOL AKHIR NAMA") === "Penata Muda (III/a)")).toBe(true);
    expect(new Set(files.pegawai.map((e) => e.jenis_jabatan))).toEqual(new Set(["jpt", "administrator", "pengawas", "fungsional", "pelaksana"]));
    const units = new Map(readExport(a.out, "unit.csv").objects().map((u) => [u.kode_unit, u.nama_unit]));
    for (const e of files.pegawai) expect(raw.find((r) => r.row === e.row)!.text("UNOR NAMA"), e.nip).toBe(units.get(e.kode_unit));
  });

  it("keeps titles apart from the bare name: dr. and Ir. before it, S.Kom. or M.Si. and the like after it", () => {
    const pegawai = files.pegawai;
    const front = new Set(pegawai.map((e) => e.gelar_depan).filter(Boolean));
    expect([...front].every((g) => ["dr.", "drh.", "Ir."].includes(g)), [...front].join(" ")).toBe(true);
    expect(front.has("dr.")).toBe(true);
    expect(front.has("Ir.")).toBe(true);
    expect(pegawai.some((e) => /\b(S\.Kom|M\.Si)\./.test(e.gelar_belakang))).toBe(true);
    for (const e of pegawai) {
      expect(e.nama, e.nip).not.toMatch(/^(dr|drh|Ir)\. |, /);
      if (!e.nama.includes("<script>")) expect(e.nama, e.nip).toMatch(/^[A-Za-z' é]+$/);
    }
  });

  it("types exactly one NIP into a number cell, on the logged row, for a person in no other export", () => {
    const numeric = siasn().filter((e) => e.nip === "");
    expect(numeric).toHaveLength(1);
    const [row] = numeric;
    expect(row.nipCell?.t).toBe("n");
    const logged = casesNamed(a.result.cases, /^dirt_nip_numeric$/);
    expect(logged.map((c) => [c.file, c.line])).toEqual([[row.file, row.row]]);
    expect(Math.abs((row.nipCell!.v as number) - Number(logged[0].nip))).toBeLessThan(1000);
    expect(files.byNip.has(logged[0].nip)).toBe(false);
  });

  it("has no mode_presensi column: fingerprint people are those in mesin_pegawai.csv", () => {
    const header = readTable(join(a.out, "DATA_PNS_KAB_SUKAMAJU_2025.xlsx"), "Data Pegawai", "NIP BARU").header;
    expect(header.some((h) => /mode|presensi/i.test(h))).toBe(false);
    const kantor = new Set(files.pins.values());
    expect(kantor.size).toBeGreaterThan(50);
    expect(files.pegawai.length - kantor.size).toBeGreaterThan(20);
  });
});

describe("the GLog machine and the recap workbook", () => {
  it("writes one machine as GLog: Windows-1252, CRLF, the header that does not line up, fixed-width fields", () => {
    const [glog] = readGlog(a.out);
    const machine = String(Number(glog.file.slice(4, 8)));
    expect(glog.bytes.subarray(0, 48).toString("latin1")).toBe("No\tMchn\tEnNo\t\tName\t\tMode\tIOMd\tDateTime\t\r\n000001\t");
    const text = glog.bytes.toString("latin1");
    expect(text.split("\r\n").at(-1)).toBe("");
    expect(text.replaceAll("\r\n", "").includes("\n")).toBe(false);
    expect(glog.punches.length).toBeGreaterThan(1000);
    glog.punches.forEach((p, i) => {
      expect(p.no).toBe(String(i + 1).padStart(6, "0"));
      expect(p.machine).toBe(machine);
      expect(p.name).toHaveLength(24);
      expect(p.mode).toBe("1");
      expect(p.status).toMatch(/^[0-3]$/);
    });
    const lines = text.split("\r\n").slice(1, -1);
    for (const l of lines.slice(0, 500)) expect(l).toMatch(/^\d{6}\t\d+\t\d{9}\t[^\t]{24}\t1\t[0-3]\t\d{4}\/\d{2}\/\d{2}  \d{2}:\d{2}:\d{2}$/);
  });

  it("maps the GLog PINs 9001... through mesin_pegawai rows without device_id, names as in SIASN (one with é, one byte)", () => {
    const [glog] = readGlog(a.out);
    const rows = readExport(a.out, "mesin_pegawai.csv").rows;
    const anyDevice = rows.filter(([device]) => device === "");
    expect(anyDevice.length).toBeGreaterThan(5);
    expect(anyDevice.map(([, pin]) => Number(pin)).sort((x, y) => x - y)[0]).toBe(9001);
    const others = new Set(rows.filter(([device]) => device !== "").map(([, pin]) => pin));
    for (const [, pin] of anyDevice) expect(others.has(pin), pin).toBe(false);
    // The machine's OPD has no attlog of its own.
    const opd = files.byNip.get(anyDevice[0][2])!.kode_unit.split(".").slice(0, 3).join(".");
    for (const [, , nip] of anyDevice) expect(files.byNip.get(nip)!.kode_unit.startsWith(opd), nip).toBe(true);
    const opds = readExport(a.out, "unit.csv").objects().filter((u) => u.kode_induk === "").length;
    expect(readdirSync(a.out).filter((n) => n.endsWith("_attlog.dat")).length).toBe(opds - 1);
    for (const p of glog.punches.slice(0, 2000)) {
      const nip = files.pins.get(`|${p.pin}`);
      expect(nip, String(p.pin)).toBeDefined();
      expect(p.name, nip).toBe(files.byNip.get(nip!)!.nama.slice(0, 24).padEnd(24, " "));
    }
    const [accent] = casesNamed(a.result.cases, /^name_windows_1252$/);
    const name = files.byNip.get(accent.nip)!.nama;
    expect(name).toContain("é");
    expect(glog.bytes.includes(Buffer.from(name.slice(0, 24).padEnd(24, " "), "latin1"))).toBe(true);
    expect(glog.bytes.includes(Buffer.from("é", "utf8"))).toBe(false);
    expect(glog.bytes.some((b) => b >= 0x80 && b <= 0x9f), "no byte where Windows-1252 and Latin-1 differ").toBe(false);
  });

  it("moves one OPD's absences into its recap workbook, read through the sample's instansi.json", () => {
    const [file] = readdirSync(a.out).filter((n) => RECAP_FILE.test(n));
    const sheets = readWorkbook(join(a.out, file));
    expect(sheets.map((x) => x.name)).toEqual(["Petunjuk", "Rekap"]);
    expect(sheets[0].rows.map((r) => r.row)).toEqual([1, 2]);
    const opdName = file.slice("Rekap Izin ".length, -".xlsx".length);
    expect(sheets[1].rows.slice(0, 3).map((r) => [r.row, r.cells.map(cellText).filter(Boolean)])).toEqual([
      [1, ["REKAP IZIN/CUTI PEGAWAI"]], [2, [opdName]], [4, RECAP_HEADER],
    ]);
    expect(importMaps(a.out)).toEqual([{
      source: "ketidakhadiran", file: "Rekap Izin*.xlsx", sheet: "Rekap",
      columns: { nip: "NIP", jenis: "JENIS IZIN", tanggal_mulai: "DARI TANGGAL", tanggal_selesai: "SAMPAI TANGGAL" },
      values: { jenis: { "Cuti Tahunan": "cuti", "Dinas Luar Kota": "dinas_luar", Sakit: "sakit", Izin: "izin", "Tugas Belajar": "tugas_belajar" } },
      defaults: { nomor_surat: "-" },
    }]);
    const recap = readMapped(a.out, "ketidakhadiran");
    expect(recap.length).toBeGreaterThan(10);
    const table = readTable(join(a.out, file), "Rekap", "NO");
    for (const r of table.rows) {
      expect(r.get("NIP")).toMatchObject({ t: "s", z: "@" });
      expect(r.get("DARI TANGGAL")?.t).toBe("n");
      expect(r.text("DARI TANGGAL")).toMatch(/^2025-\d{2}-\d{2}$/);
    }
    for (const r of recap) {
      expect(["cuti", "sakit", "izin", "dinas_luar", "tugas_belajar"], r.jenis).toContain(r.jenis);
      expect(r.tanggal_selesai >= r.tanggal_mulai).toBe(true);
    }
    // The recap OPD's people: in the recap only; everyone else: in ketidakhadiran.csv only.
    const unitOf = (nip: string) => files.byNip.get(nip)!.kode_unit.split(".").slice(0, 3).join(".");
    const opd = new Set(recap.map((r) => unitOf(r.nip)));
    expect(opd.size).toBe(1);
    const csv = readExport(a.out, "ketidakhadiran.csv").objects();
    expect(csv.some((r) => opd.has(unitOf(r.nip)))).toBe(false);
    expect(readExport(a.out, "unit.csv").objects().find((u) => opd.has(u.kode_unit))!.nama_unit).toBe(opdName);
  });
});

describe("planted attendance cases, recounted from the files", () => {
  let tk: ReturnType<typeof recountTk>;
  beforeAll(() => {
    tk = recountTk(files, 2025);
  });

  it("puts people on every rung and both sides of every boundary, with exactly the planted TK days", () => {
    const ladder = casesNamed(a.result.cases, /^tk_days_\d+$/);
    const counts = ladder.map((c) => Number(c.case.slice(8)));
    for (const rung of [3, 5, 8, 12, 15, 18, 22, 26, 30]) expect(counts.filter((d) => d === rung).length).toBeGreaterThanOrEqual(3);
    for (const d of [2, 3, 6, 7, 10, 11, 13, 14, 16, 17, 20, 21, 24, 25, 27, 28]) expect(counts).toContain(d);
    for (const c of ladder) {
      const found = tk.get(c.nip)!;
      expect(found.days.length, c.case).toBe(Number(c.case.slice(8)));
      expect(found.days, c.case).toEqual(datesIn(c.detail));
      expect(found.longestRun, c.case).toBe(1);
    }
    // Both attendance sources carry ladder cases.
    expect(new Set(ladder.map((c) => files.mode(c.nip)))).toEqual(new Set(["kantor", "mobile"]));
  });

  it("has runs of exactly 10 (twice) and 9 consecutive working days across a weekend and a holiday", () => {
    const runs = casesNamed(a.result.cases, /^tk_consecutive_/);
    expect(runs.map((c) => c.case).sort()).toEqual(["tk_consecutive_10", "tk_consecutive_10", "tk_consecutive_9"]);
    const holidays = files.holidays;
    for (const c of runs) {
      const found = tk.get(c.nip)!;
      const length = Number(c.case.slice("tk_consecutive_".length));
      expect(found.longestRun, c.case).toBe(length);
      expect(found.days.length).toBe(length);
      const [first, last] = [found.days[0], found.days.at(-1)!];
      expect([...holidays].some((h) => h > first && h < last), `${c.case} spans a holiday`).toBe(true);
      const saturday = new Date(Date.parse(first) + ((6 - new Date(first).getUTCDay()) * 86_400_000)).toISOString().slice(0, 10);
      expect(saturday < last, `${c.case} spans a weekend`).toBe(true);
    }
  });

  it("puts PPPK on every range of the PNS ladder and on both sides of 10/11; the PNS ladder and runs are PNS", () => {
    const pppk = casesNamed(a.result.cases, /^pppk_tk_days_\d+$/);
    const counts = pppk.map((c) => Number(c.case.slice("pppk_tk_days_".length)));
    const ranges: [number, number][] = [[1, 2], [3, 3], [4, 6], [7, 10], [11, 13], [14, 16], [17, 20], [21, 24], [25, 27], [28, 366]];
    for (const [lo, hi] of ranges) expect(counts.some((d) => d >= lo && d <= hi), `${lo}-${hi}`).toBe(true);
    expect(counts).toContain(10);
    expect(counts).toContain(11);
    for (const c of pppk) {
      expect(files.byNip.get(c.nip)!.jenis_pegawai, c.nip).toBe("PPPK");
      const found = tk.get(c.nip)!;
      expect(found.days, c.case).toEqual(datesIn(c.detail));
      expect(found.longestRun, c.case).toBe(1);
    }
    for (const c of casesNamed(a.result.cases, /^tk_(days|consecutive)_/)) expect(files.byNip.get(c.nip)!.jenis_pegawai, c.case).toBe("PNS");
  });

  it("records PP 94/2021 sanction decisions for PNS only (a PPPK's discipline is the PPK's, PP 49/2018)", () => {
    const decisions = readExport(a.out, "hukuman_disiplin.csv").objects();
    expect(decisions.length).toBeGreaterThan(0);
    for (const r of decisions) expect(files.byNip.get(r.nip)!.jenis_pegawai, r.jenis_hukuman).toBe("PNS");
  });

  it("leaves everyone else with at most 2 TK days, and about a fifth with any", () => {
    const planted = new Set(casesNamed(a.result.cases, /^(pppk_)?tk_(days|consecutive)_/).map((c) => c.nip));
    const others = [...tk].filter(([nip]) => !planted.has(nip));
    expect(Math.max(...others.map(([, t]) => t.days.length))).toBeLessThanOrEqual(2);
    const share = others.filter(([, t]) => t.days.length > 0).length / others.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.3);
  });

  it("has chronic late arrivals whose minutes match the punches", () => {
    const late = casesNamed(a.result.cases, /^chronic_late$/);
    expect(late.length).toBeGreaterThanOrEqual(6);
    for (const c of late) {
      const [, days, minutes, early] = /late on (\d+) days, (\d+) late minutes, (\d+) early-leave/.exec(c.detail)!.map(Number);
      const found = files.lateness(c.nip);
      expect(found, c.nip).toEqual({ days, minutes, early });
      expect(minutes / 450).toBeGreaterThanOrEqual(2);
    }
  });

  it("has check-ins 1-5 km outside the unit's geofence only for the planted people", () => {
    const planted = casesNamed(a.result.cases, /^outside_geofence$/);
    expect(planted.length).toBeGreaterThanOrEqual(3);
    const distances = files.checkinDistances();
    const far = [...distances].filter(([, ds]) => ds.some((d) => d > 1000));
    expect(far.map(([nip]) => nip).sort()).toEqual(planted.map((c) => c.nip).sort());
    for (const c of planted) {
      const ds = distances.get(c.nip)!;
      expect(ds.filter((d) => d > 1000).length, c.nip).toBe(Number(c.detail.split(" ")[0]));
      expect(Math.max(...ds)).toBeLessThan(5100);
    }
  });

  it("has days present without activity, check-in only with late activity, and missing punches", () => {
    for (const name of ["present_no_activity", "forgot_checkout_activity", "missing_checkout", "missing_checkin"]) {
      const planted = casesNamed(a.result.cases, new RegExp(`^${name}$`));
      expect(planted.length, name).toBeGreaterThanOrEqual(3);
      for (const c of planted) {
        const days = files.dayKinds(c.nip);
        const count = Number(c.detail.split(" ")[0]);
        const kind = { present_no_activity: "noActivity", forgot_checkout_activity: "lateActivityNoCheckout", missing_checkout: "noCheckout", missing_checkin: "noCheckin" }[name]!;
        expect(days[kind], `${name} ${c.nip}`).toBeGreaterThanOrEqual(count);
        expect(count).toBeGreaterThan(0);
      }
    }
  });
});

describe("work patterns, corrections, apel and GPS quality, read from the files", () => {
  const hoursOf = (week: WorkPattern["week"]) =>
    Object.values(week).reduce((sum, h) => sum + (minutesOf(h.end) - minutesOf(h.start) - h.break_minutes) / 60, 0);
  const absentSet = () => {
    const out = new Set<string>();
    for (const r of files.absences()) {
      for (let t = Date.parse(r.tanggal_mulai); t <= Date.parse(r.tanggal_selesai); t += 86_400_000) out.add(`${r.nip}|${new Date(t).toISOString().slice(0, 10)}`);
    }
    return out;
  };

  it("rosters RSUD's care units on P,P,S,S,M,M,libur,libur every day of the year, weekends and holidays included", () => {
    expect(readExport(a.out, "shift_rsud.csv").rows).toEqual([["P", "07:00", "14:00", "30"], ["S", "14:00", "21:00", "30"], ["M", "21:00", "07:00", "60"]]);
    expect(readdirSync(a.out).filter((n) => n.startsWith("jadwal"))).toEqual(Array.from({ length: 12 }, (_, i) => `jadwal_rsud_2025-${String(i + 1).padStart(2, "0")}.csv`));
    const roster = files.roster();
    expect(roster.size).toBeGreaterThanOrEqual(4);
    const rsud = readExport(a.out, "unit.csv").objects().find((u) => u.nama_unit === "Rumah Sakit Umum Daerah Sukamaju")!.kode_unit;
    const glogNips = new Set(readExport(a.out, "mesin_pegawai.csv").rows.filter(([device]) => device === "").map(([, , nip]) => nip));
    const cycle = "P,P,S,S,M,M,libur,libur";
    for (const [nip, days] of roster) {
      const p = files.byNip.get(nip)!;
      expect(p.kode_unit.startsWith(`${rsud}.`), nip).toBe(true);
      expect(glogNips.has(nip), `${nip} punches on the GLog machine`).toBe(true);
      const codes = [...days].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, code]) => code);
      expect(days.size, nip).toBe(datesOfYear(2025).filter((d) => d >= p.tmt_mulai && (!p.tmt_selesai || d <= p.tmt_selesai)).length);
      expect(`${codes.join(",")},${codes.join(",")}`.includes(`${codes.slice(0, 8).join(",")}`), nip).toBe(true);
      for (let i = 8; i < codes.length; i++) expect(codes[i], `${nip} day ${i}`).toBe(codes[i - 8]);
      expect(`${cycle},${cycle}`.includes(codes.slice(0, 8).join(",")), nip).toBe(true);
    }
    const shiftDays = [...roster.values()].flatMap((m) => [...m].filter(([, c]) => c !== "libur").map(([d]) => d));
    expect(shiftDays.some((d) => new Date(d).getUTCDay() === 0), "a Sunday on shift").toBe(true);
    expect(shiftDays.some((d) => files.holidays.has(d)), "a holiday on shift").toBe(true);
  });

  it("punches each shift on the GLog machine around its times, the night's check-out the next morning, nothing on days off", () => {
    const roster = files.roster(), shifts = files.shifts(), glog = files.glogByNip(), absent = absentSet();
    const faults = new Map(casesNamed(a.result.cases, /^roster_(tk|night_late|missing_checkout)$/).map((c) => [`${c.nip}|${/\d{4}-\d{2}-\d{2}/.exec(c.detail)![0]}`, c.case]));
    expect([...faults.values()].sort()).toEqual(["roster_missing_checkout", "roster_night_late", "roster_tk"]);
    let checked = 0;
    for (const [nip, days] of roster) {
      const punches = glog.get(nip) ?? new Map<string, { t: number; status: string }[]>();
      for (const [date, code] of days) {
        const today = punches.get(date) ?? [];
        const fault = faults.get(`${nip}|${date}`);
        if (code === "libur") {
          // Only the previous night's check-out, before 08:00.
          for (const x of today) expect(x.status === "1" && x.t < 8 * 60 && days.get(new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10)) === "M", `${nip} ${date} libur ${x.t}`).toBe(true);
          continue;
        }
        if (absent.has(`${nip}|${date}`)) continue;
        const [start, end] = shifts.get(code)!;
        const ins = today.filter((x) => x.status === "0" && x.t >= 12 * 60 === start >= 12 * 60);
        const outs = (end > 1440 ? (punches.get(nextDate(date)) ?? []).map((x) => ({ ...x, t: x.t + 1440 })) : today).filter((x) => x.status === "1" && Math.abs(x.t - end) < 120);
        if (fault === "roster_tk") {
          expect([ins, outs], `${nip} ${date}`).toEqual([[], []]);
          continue;
        }
        expect(ins.length, `${nip} ${date} ${code} check-in`).toBe(1);
        if (fault === "roster_night_late") expect(ins[0].t, `${nip} ${date}`).toBe(start + 20);
        else expect(ins[0].t >= start - 26 && ins[0].t < start, `${nip} ${date} ${code} in at ${ins[0].t}`).toBe(true);
        if (fault === "roster_missing_checkout") {
          expect(outs, `${nip} ${date}`).toEqual([]);
          continue;
        }
        expect(outs.length, `${nip} ${date} ${code} check-out`).toBe(1);
        expect(outs[0].t >= end + 1 && outs[0].t < end + 17, `${nip} ${date} ${code} out at ${outs[0].t}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
    // The night of 31 December: its check-out is written on 1 January, after the roster ends.
    const [yearEnd] = casesNamed(a.result.cases, /^roster_night_year_end$/);
    expect(roster.get(yearEnd.nip)!.get("2025-12-31")).toBe("M");
    const morning = glog.get(yearEnd.nip)!.get("2026-01-01")!;
    expect(morning.map((x) => x.status)).toEqual(["1"]);
    expect(morning[0].t >= 7 * 60 + 1 && morning[0].t < 7 * 60 + 17).toBe(true);
    for (const name of ["roster_off_weekday", "roster_holiday_shift"]) expect(casesNamed(a.result.cases, new RegExp(`^${name}$`)), name).toHaveLength(1);
  });

  it("has the rostered TK day as the only TK of the roster people, and none on their weekdays off", () => {
    const tk = recountTk(files, 2025);
    const [planted] = casesNamed(a.result.cases, /^roster_tk$/);
    const date = /\d{4}-\d{2}-\d{2}/.exec(planted.detail)![0];
    expect(new Date(date).getUTCDay()).toBe(6);
    expect(tk.get(planted.nip)!.days).toEqual([date]);
    for (const nip of files.roster().keys()) if (nip !== planted.nip) expect(tk.get(nip)!.days, nip).toEqual([]);
  });

  it("gives one puskesmas a six-day week of 37,5 hours (32,5 in Ramadan) in instansi.json, and its staff punch Monday-Saturday on it", () => {
    const patterns = files.patterns();
    expect(patterns.map((x) => x.name)).toEqual(["enam_hari", "pppk_paruh_waktu"]);
    for (const x of patterns) expect(Object.keys(x).every((k) => ["name", "units", "employee_types", "nips", "week", "ramadan_week"].includes(k)), x.name).toBe(true);
    const [six, part] = patterns;
    expect(Object.keys(six.week)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat"]);
    expect(hoursOf(six.week)).toBe(37.5);
    expect(hoursOf(six.ramadan_week!)).toBe(32.5);
    const unit = readExport(a.out, "unit.csv").objects().find((u) => u.kode_unit === six.units![0])!;
    expect(unit.nama_unit).toMatch(/^UPT Puskesmas /);
    const staff = files.pegawai.filter((p) => p.kode_unit === unit.kode_unit);
    expect(staff.length).toBeGreaterThanOrEqual(2);
    const days = files.days();
    const saturdays = datesOfYear(2025).filter((d) => new Date(d).getUTCDay() === 6 && !files.holidays.has(d));
    const outs: number[] = [];
    for (const p of staff) {
      const own = days.get(p.nip) ?? new Map<string, Day>();
      expect(saturdays.filter((d) => own.get(d)?.checkIn !== undefined).length, p.nip).toBeGreaterThan(20);
      for (const [date, d] of own) if (new Date(date).getUTCDay() === 2 && date > "2025-04-15" && d.checkOut !== undefined) outs.push(d.checkOut);
    }
    // Tuesdays end at 14:30, not 16:00.
    outs.sort((x, y) => x - y);
    expect(outs[Math.floor(outs.length / 2)]).toBeGreaterThan(14 * 60 + 30);
    expect(outs[Math.floor(outs.length / 2)]).toBeLessThan(15 * 60 + 30);
    // Nobody else works a Saturday (but the rostered, and one impossible-time dirt row).
    const rostered = files.roster();
    const dirt = new Set(casesNamed(a.result.cases, /^dirt_/).map((c) => c.nip));
    for (const [nip, own] of days) {
      if (rostered.has(nip) || dirt.has(nip) || files.patternOf(files.byNip.get(nip) ?? ({} as SiasnEmployee))?.name === "enam_hari") continue;
      for (const [date, d] of own) expect(new Date(date).getUTCDay() === 6 && (d.checkIn ?? d.checkOut) !== undefined, `${nip} ${date}`).toBe(false);
    }
    // PPPK paruh waktu: PPPK, mornings 08:00-12:00.
    expect(hoursOf(part.week)).toBe(20);
    expect(part.employee_types).toEqual(["PPPK"]);
    expect(part.nips!.length).toBeGreaterThanOrEqual(3);
    for (const nip of part.nips!) {
      expect(files.byNip.get(nip)!.jenis_pegawai, nip).toBe("PPPK");
      const own = [...(days.get(nip) ?? new Map<string, Day>()).values()].filter((d) => d.checkOut !== undefined).map((d) => d.checkOut!).sort((x, y) => x - y);
      expect(own.length, nip).toBeGreaterThan(100);
      expect(own[Math.floor(own.length / 2)], nip).toBeGreaterThan(12 * 60);
      expect(own[Math.floor(own.length / 2)], nip).toBeLessThan(13 * 60);
    }
  });

  it("writes a few corrections per 100 employees a month, each on a day the machine really has that way", () => {
    const rows = files.corrections();
    const perHundredMonth = (100 * rows.length) / EMPLOYEES / 12;
    expect(perHundredMonth).toBeGreaterThan(1);
    expect(perHundredMonth).toBeLessThan(8);
    const kinds = new Set(rows.map((r) => `${r.jenis}|${r.status}`));
    for (const k of ["lupa_absen_pulang|disetujui", "lupa_absen_masuk|disetujui", "kendala_mesin|disetujui", "tugas_kedinasan|disetujui"]) expect(kinds, k).toContain(k);
    expect(rows.some((r) => r.status === "ditolak")).toBe(true);
    const pending = rows.filter((r) => r.status === "menunggu");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.filter((r) => r.tanggal.startsWith("2025-12")).length / pending.length).toBeGreaterThanOrEqual(0.5);
    const days = files.days(), absent = absentSet();
    for (const r of rows) {
      expect(r.nomor_surat, r.nip).toMatch(/^800\/\d{3}\/[A-Z0-9-]+\/2025$/);
      for (const t of [r.jam_masuk, r.jam_pulang]) expect(t, r.nip).toMatch(/^(\d{2}:\d{2})?$/);
      const d = days.get(r.nip)?.get(r.tanggal);
      const hasIn = d?.checkIn !== undefined, hasOut = d?.checkOut !== undefined;
      const where = `${r.nip} ${r.tanggal} ${r.jenis} ${r.status}`;
      expect(absent.has(`${r.nip}|${r.tanggal}`), where).toBe(false);
      if (r.jenis === "lupa_absen_pulang") {
        expect([hasIn, hasOut, r.jam_masuk, r.jam_pulang !== ""], where).toEqual([true, false, "", true]);
        expect(minutesOf(r.jam_pulang)).toBeGreaterThan(11 * 60);
      } else if (r.jenis === "lupa_absen_masuk") {
        expect([hasIn, hasOut, r.jam_masuk !== "", r.jam_pulang], where).toEqual([false, true, true, ""]);
      } else {
        expect([hasIn, hasOut, r.jam_masuk !== "", r.jam_pulang !== ""], where).toEqual([false, false, true, true]);
      }
    }
    // A rejected machine-fault claim leaves the day TK.
    const tk = recountTk(files, 2025);
    for (const r of rows.filter((x) => x.jenis === "kendala_mesin" && x.status === "ditolak")) expect(tk.get(r.nip)!.days, r.nip).toContain(r.tanggal);
    for (const r of rows.filter((x) => x.status === "disetujui")) expect(tk.get(r.nip)?.days ?? [], r.nip).not.toContain(r.tanggal);
  });

  it("writes apel pagi on working Mondays and upacara on the 17th, with misses on leave, on TK and on present days", () => {
    const rows = readExport(a.out, "apel_2025.csv").objects();
    expect(rows.length).toBeGreaterThan(500);
    expect(new Set(rows.map((r) => r.jenis))).toEqual(new Set(["apel_pagi", "upacara"]));
    expect(new Set(rows.map((r) => r.hadir))).toEqual(new Set(["ya", "tidak"]));
    expect(new Set(rows.map((r) => `${r.nip}|${r.tanggal}|${r.jenis}`)).size).toBe(rows.length);
    for (const r of rows) {
      expect(files.holidays.has(r.tanggal), r.tanggal).toBe(false);
      if (r.jenis === "apel_pagi") expect(new Date(r.tanggal).getUTCDay(), r.tanggal).toBe(1);
      else expect(r.tanggal.slice(8), r.tanggal).toBe("17");
    }
    expect(new Set(rows.filter((r) => r.jenis === "upacara").map((r) => r.tanggal.slice(5, 7))).size).toBeGreaterThanOrEqual(6);
    const days = files.days(), absent = absentSet();
    const corrected = new Set(files.corrections().filter((c) => c.status === "disetujui").map((c) => `${c.nip}|${c.tanggal}`));
    const there = (nip: string, date: string) => { const d = days.get(nip)?.get(date); return d?.checkIn !== undefined || d?.checkOut !== undefined || corrected.has(`${nip}|${date}`); };
    for (const r of rows.filter((x) => x.hadir === "ya")) expect(there(r.nip, r.tanggal), `${r.nip} ${r.tanggal}`).toBe(true);
    const onLeave = casesNamed(a.result.cases, /^apel_missed_on_leave$/);
    expect(onLeave.length).toBeGreaterThanOrEqual(1);
    for (const c of onLeave) {
      const date = /\d{4}-\d{2}-\d{2}/.exec(c.detail)![0];
      expect(absent.has(`${c.nip}|${date}`), c.detail).toBe(true);
      expect(rows.find((r) => r.nip === c.nip && r.tanggal === date)!.hadir).toBe("tidak");
    }
    for (const c of casesNamed(a.result.cases, /^apel_missed_present$/)) {
      const date = /\d{4}-\d{2}-\d{2}/.exec(c.detail)![0];
      expect(there(c.nip, date) && !absent.has(`${c.nip}|${date}`), c.detail).toBe(true);
      expect(rows.find((r) => r.nip === c.nip && r.tanggal === date)!.hadir).toBe("tidak");
    }
    expect(casesNamed(a.result.cases, /^apel_missed_present$/).length).toBeGreaterThanOrEqual(1);
  });

  it("writes GPS quality for mobile check-ins: a handful of mock locations and poor fixes, each logged at its line", () => {
    const mock = casesNamed(a.result.cases, /^mock_location$/), poor = casesNamed(a.result.cases, /^low_gps_accuracy$/);
    expect(mock.length).toBeGreaterThanOrEqual(3);
    expect(poor.length).toBeGreaterThanOrEqual(1);
    const logged = new Set([...mock, ...poor].map((c) => `${c.file}:${c.line}`));
    let withGps = 0;
    for (const f of readdirSync(a.out).filter((n) => /^presensi_2025-\d{2}\.csv$/.test(n))) {
      readExport(a.out, f).rows.forEach((r, i) => {
        const [akurasi, palsu] = [r[9], r[10]];
        if (r[8] !== "mobile") return expect([akurasi, palsu], `${f}:${i + 2}`).toEqual(["", ""]);
        withGps++;
        const flagged = palsu === "ya" || Number(akurasi) > 100;
        expect(flagged, `${f}:${i + 2}`).toBe(logged.has(`${f}:${i + 2}`));
      });
    }
    expect(withGps).toBeGreaterThan(1000);
    for (const c of mock) expect(lineOf(c.file!, c.line!).endsWith(",ya")).toBe(true);
    for (const c of poor) expect(Number(lineOf(c.file!, c.line!).split(",")[9])).toBeGreaterThan(100);
  });

  it("leaves about 13% of December's activity minutes menunggu (approvals still open), about 5% in the other months", () => {
    for (let m = 1; m <= 12; m++) {
      const file = `aktivitas_2025-${String(m).padStart(2, "0")}.csv`;
      let total = 0, pending = 0;
      for (const r of readExport(a.out, file).objects()) {
        total += Number(r.menit);
        if (r.status === "menunggu") pending += Number(r.menit);
      }
      const share = pending / total;
      if (m === 12) {
        expect(share, file).toBeGreaterThan(0.11);
        expect(share, file).toBeLessThan(0.16);
      } else expect(share, file).toBeLessThan(0.08);
    }
  });
});

const lineOf = (file: string, line: number) => readFileSync(join(a.out, file), "utf8").split(/\r?\n/)[line - 1];

describe("planted performance cases", () => {
  it("spreads nine-box targets over all nine boxes, with quiet performers and few-peer 360s", () => {
    const boxes = new Set(casesNamed(a.result.cases, /^nine_box_\d$/).map((c) => c.case));
    expect(boxes.size).toBe(9);
    expect(casesNamed(a.result.cases, /^quiet_performer$/).length).toBeGreaterThanOrEqual(3);
    const rows = readExport(a.out, "penilaian360_2025.csv").objects();
    for (const c of casesNamed(a.result.cases, /^peer_360_too_few$/)) {
      const peers = rows.filter((r) => r.nip_dinilai === c.nip && r.periode === "TW4" && r.hubungan === "rekan");
      expect(peers.length).toBeGreaterThanOrEqual(1);
      expect(peers.length).toBeLessThanOrEqual(2);
    }
  });

  it("writes about 1% SKP rows whose predikat disagrees with the matrix, and only those", () => {
    const mismatches = casesNamed(a.result.cases, /^skp_predikat_mismatch$/);
    expect(new Set(mismatches.map((c) => c.file))).toEqual(new Set(["LAPORAN SKP TAHUN 2025.xlsx"]));
    const lines = new Set(mismatches.map((c) => c.line));
    const skp = readSkp(a.out, "LAPORAN SKP TAHUN 2025.xlsx");
    // About 1% of the rows of people without another planted case.
    expect(mismatches.length).toBeGreaterThanOrEqual(3);
    expect(mismatches.length).toBeLessThanOrEqual(0.015 * skp.length);
    for (const row of skp) expect(predikat(row.rating_hasil_kerja, row.rating_perilaku_kerja) !== row.predikat_kinerja, `row ${row.row}`).toBe(lines.has(row.row));
    for (const row of readSkp(a.out, "LAPORAN SKP TAHUN 2024.xlsx")) expect(predikat(row.rating_hasil_kerja, row.rating_perilaku_kerja), `row ${row.row}`).toBe(row.predikat_kinerja);
  });

  it("writes e-Kinerja's layout: title rows, periods as two date cells, ratings and predikats spelled out, NIPs as text", () => {
    for (const year of [2024, 2025]) {
      const file = `LAPORAN SKP TAHUN ${year}.xlsx`;
      const sheets = readWorkbook(join(a.out, file));
      expect(sheets.map((x) => x.name)).toEqual(["SKP"]);
      expect(sheets[0].rows.slice(0, 3).map((r) => [r.row, r.cells.map(cellText).filter(Boolean)])).toEqual([
        [1, [`LAPORAN SKP TAHUN ${year}`]], [2, ["Instansi : Pemerintah Kabupaten Sukamaju"]], [4, SKP_HEADER],
      ]);
      const rows = readSkp(a.out, file);
      rows.forEach((r, i) => {
        expect(cellText(r.cells[0])).toBe(String(i + 1));
        expect(r.cells[1], `${file} ${r.row}`).toMatchObject({ t: "s", z: "@" });
        expect([r.cells[4]?.t, r.cells[5]?.t, r.cells[4]?.z], `${file} ${r.row}`).toEqual(["n", "n", "dd-mm-yyyy"]);
        expect(r.tahun).toBe(year);
        if (r.nip_penilai) expect(r.cells[10], `${file} ${r.row}`).toMatchObject({ t: "s", z: "@" });
        expect(r.nama).toBe(files.byNip.get(r.nip)!.nama_lengkap);
      });
      const raw = readTable(join(a.out, file), "SKP", "no").rows;
      expect(new Set(raw.flatMap((r) => [r.text("hasil_kerja"), r.text("perilaku_kerja")]))).toEqual(new Set(["DIATAS EKSPEKTASI", "SESUAI EKSPEKTASI", "DIBAWAH EKSPEKTASI"]));
      expect(new Set(raw.map((r) => r.text("is_skp_plt_plh_pjb")))).toEqual(new Set(["false", "true"]));
      for (const r of raw) expect(["SANGAT BAIK", "BAIK", "BUTUH PERBAIKAN", "KURANG/MISCONDUCT", "SANGAT KURANG"]).toContain(r.text("hasil_akhir"));
      expect(new Set(rows.map((r) => r.periode))).toEqual(new Set(year === 2025 ? ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] : ["TAHUNAN"]));
    }
  });

  it("adds exactly 3 Plt rows a year for administrators/pengawas, beside their own row for the period, each logged", () => {
    const logged = casesNamed(a.result.cases, /^skp_plt_row$/);
    for (const year of [2024, 2025]) {
      const rows = readSkp(a.out, `LAPORAN SKP TAHUN ${year}.xlsx`);
      const plt = rows.filter((r) => r.plt);
      expect(plt, String(year)).toHaveLength(3);
      for (const r of plt) {
        expect(logged.some((c) => c.nip === r.nip && c.file === r.file && c.line === r.row), `${r.file} ${r.row}`).toBe(true);
        expect(["administrator", "pengawas"]).toContain(files.byNip.get(r.nip)!.jenis_jabatan);
        const own = rows.filter((o) => !o.plt && o.nip === r.nip && o.periode === r.periode);
        expect(own, `${r.file} ${r.row}`).toHaveLength(1);
        expect([own[0].rating_hasil_kerja, own[0].rating_perilaku_kerja]).not.toEqual([r.rating_hasil_kerja, r.rating_perilaku_kerja]);
        // No planted case rests on a Plt row's person.
        const roleCase = /^(tk_|nine_box_|talent_pool_|quiet_performer|chronic_late|present_no_activity|forgot_checkout|missing_check|outside_geofence|peer_360|tugas_belajar|cuti_melahirkan)/;
        expect(a.result.cases.filter((c) => c.nip === r.nip && roleCase.test(c.case)), r.nip).toEqual([]);
      }
    }
    expect(logged).toHaveLength(6);
  });

  describe("nine-box targets, recounted from the files under the default talent config", () => {
    let talent: Map<string, TalentRecount>;
    beforeAll(() => {
      talent = recountNineBox(a.out, 2025);
    });

    it("gives each nine_box_<b> person box b from SKP, skor_potensi and training, with no sanction", () => {
      const planted = casesNamed(a.result.cases, /^nine_box_\d$/);
      expect(planted.length).toBeGreaterThanOrEqual(18);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t, c.nip).toBeDefined();
        expect(t.box, `${c.case} ${c.nip}`).toBe(Number(c.case.slice("nine_box_".length)));
        expect(t.assessed.startsWith("2025-"), `${c.nip} assessed ${t.assessed}`).toBe(true);
        expect(t.track, c.nip).toBe(100);
        expect(c.detail).toContain(`combined potential ${t.potential.toFixed(2)}`);
        expect(t.sanctions, c.nip).toEqual([]);
        expect(t.excluded).toBe(false);
      }
    });

    it("keeps box-9 people with a sedang sanction last year out of the talent pool", () => {
      const planted = casesNamed(a.result.cases, /^talent_pool_excluded$/);
      expect(planted.length).toBeGreaterThanOrEqual(2);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t.box, c.nip).toBe(9);
        expect(t.sanctions.some((s) => s.level === "sedang" && s.year === 2024), c.nip).toBe(true);
        expect(t.excluded, c.nip).toBe(true);
      }
    });

    it("keeps box-9 people with only a ringan sanction this year in the talent pool", () => {
      const planted = casesNamed(a.result.cases, /^talent_pool_ringan_kept$/);
      expect(planted.length).toBeGreaterThanOrEqual(1);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t.box, c.nip).toBe(9);
        expect(t.sanctions.length, c.nip).toBeGreaterThan(0);
        expect(t.sanctions.every((s) => s.level === "ringan"), c.nip).toBe(true);
        expect(t.sanctions.some((s) => s.year === 2025), c.nip).toBe(true);
        expect(t.excluded, c.nip).toBe(false);
      }
    });

    it("writes training in both years of the track record", () => {
      const years = readExport(a.out, "pelatihan.csv").objects().map((r) => r.tanggal_selesai.slice(6));
      expect(years.filter((y) => y === "2024").length).toBeGreaterThan(0.3 * years.length);
      expect(years.filter((y) => y === "2025").length).toBeGreaterThan(0.3 * years.length);
      expect(new Set(years)).toEqual(new Set(["2024", "2025"]));
    });
  });

  it("represents all five organisation predikats", () => {
    const values = readExport(a.out, "predikat_unit.csv").objects().map((r) => r.predikat_organisasi);
    expect(new Set(values)).toEqual(new Set(["istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"]));
  });
});

describe("planted quiet performers, through the real pipeline (300 employees)", () => {
  let quiet: string[];
  let listed: Record<string, unknown>[];
  let selected: Record<string, unknown>[];
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "sample-quiet-"));
    dirs.push(out);
    const result = await generateSample({ out: join(out, "raw"), employees: 300, seed: 1 });
    await runPipeline({ input: join(out, "raw"), db: join(out, "asn.duckdb") });
    quiet = casesNamed(result.cases, /^quiet_performer$/).map((c) => c.nip);
    const instance = await DuckDBInstance.create(join(out, "asn.duckdb"), { access_mode: "READ_ONLY" });
    const conn = await instance.connect();
    const nips = quiet.map((nip) => `'${nip}'`).join(", ");
    const read = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    listed = await read(`select nip, annual_predikat from marts.quiet_performers where nip in (${nips}) order by nip`);
    selected = await read(`select nip, period from marts.awards where selected and nip in (${nips})`);
    conn.closeSync();
    instance.closeSync();
  }, 180_000);

  it("rates them only baik, so the default award config never nominates them, and lists every one", () => {
    expect(quiet.length).toBeGreaterThanOrEqual(3);
    expect(selected).toEqual([]);
    expect(listed).toEqual([...quiet].sort().map((nip) => ({ nip, annual_predikat: "baik" })));
  });
});

/** The PermenPANRB 6/2022 matrix, read like the regulation's table. */
function predikat(hasil: string, perilaku: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/ekspektasi/, "").replace(/[^a-z]/g, "");
  const table: Record<string, Record<string, string>> = {
    diatas: { dibawah: "kurang_misconduct", sesuai: "baik", diatas: "sangat_baik" },
    sesuai: { dibawah: "kurang_misconduct", sesuai: "baik", diatas: "baik" },
    dibawah: { dibawah: "sangat_kurang", sesuai: "butuh_perbaikan", diatas: "butuh_perbaikan" },
  };
  return table[norm(hasil)][norm(perilaku)];
}

interface TalentRecount {
  box: number;
  performance: number;
  potential: number;
  track: number;
  assessed: string;
  sanctions: { code: string; level: string; year: number }[];
  excluded: boolean;
}

const rulesTable = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`../../pipeline/rules/${file}`, import.meta.url), "utf8"), { header: true, skipEmptyLines: true }).data;

/**
 * The nine-box of everyone with an assessment, for `year`, from the exports alone: the default
 * talent config (points, cut-offs, weights, development target, exclusion) and the rules tables
 * (nine-box grid, PP 94/2021 levels), as the pipeline's rules describe them.
 */
function recountNineBox(dir: string, year: number): Map<string, TalentRecount> {
  const cfg = configSchema.parse({}).talent;
  const grid = new Map(rulesTable("permenpanrb_3_2020_nine_box.csv").map((r) => [`${r.performance_level}|${r.potential_level}`, Number(r.box)]));
  const sanctionLevel = new Map(rulesTable("pp94_2021_ladder.csv").map((r) => [r.sanction, r.level]));
  const inWindow = (y: number, years: number) => y > year - years && y <= year;
  const points = (p: string) => cfg.performance_points[p as keyof typeof cfg.performance_points];

  // Performance: per year the TAHUNAN predikat, else the mean of the periods; then the mean over the window.
  const skp = new Map<string, Map<number, { annual?: number; periods: number[] }>>();
  for (const f of readdirSync(dir).filter((n) => SKP_FILE.test(n))) {
    for (const r of readSkp(dir, f).filter((x) => !x.plt)) {
      const y = r.tahun;
      if (!inWindow(y, cfg.performance_years)) continue;
      const person = skp.get(r.nip) ?? skp.set(r.nip, new Map()).get(r.nip)!;
      const entry = person.get(y) ?? person.set(y, { periods: [] }).get(y)!;
      if (r.periode === "TAHUNAN") entry.annual = points(r.predikat_kinerja);
      else entry.periods.push(points(r.predikat_kinerja));
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const jp = new Map<string, number>();
  for (const r of readExport(dir, "pelatihan.csv").objects()) {
    if (inWindow(Number(r.tanggal_selesai.slice(6, 10)), cfg.performance_years)) jp.set(r.nip, (jp.get(r.nip) ?? 0) + Number(r.jam_pelajaran));
  }
  const sanctions = new Map<string, TalentRecount["sanctions"]>();
  for (const r of readExport(dir, "hukuman_disiplin.csv").objects()) {
    const list = sanctions.get(r.nip) ?? sanctions.set(r.nip, []).get(r.nip)!;
    list.push({ code: r.jenis_hukuman, level: sanctionLevel.get(r.jenis_hukuman)!, year: Number(r.tanggal_sk.slice(6, 10)) });
  }
  // The latest assessment dated on or before the year's end, and still valid then.
  const latest = new Map<string, Record<string, string>>();
  for (const r of readExport(dir, "kompetensi.csv").objects()) {
    if (r.tanggal_asesmen > `${year}-12-31` || r.tanggal_asesmen <= `${year - cfg.assessment_valid_years}-12-31`) continue;
    const seen = latest.get(r.nip);
    if (!seen || r.tanggal_asesmen > seen.tanggal_asesmen) latest.set(r.nip, r);
  }

  const result = new Map<string, TalentRecount>();
  for (const [nip, assessment] of latest) {
    const years = [...(skp.get(nip) ?? new Map()).values()].map((e) => e.annual ?? mean(e.periods));
    if (years.length === 0) continue;
    const performance = mean(years);
    const track = Math.min(100, (100 * (jp.get(nip) ?? 0)) / (cfg.development_target_jp * cfg.performance_years));
    const potential = (cfg.potential_weights.assessment * Number(assessment.skor_potensi) + cfg.potential_weights.track_record * track) / 100;
    const perfLevel = performance >= cfg.performance_cutoffs.di_atas ? "di_atas" : performance >= cfg.performance_cutoffs.sesuai ? "sesuai" : "di_bawah";
    const potLevel = potential >= cfg.potential_cutoffs.tinggi ? "tinggi" : potential >= cfg.potential_cutoffs.menengah ? "menengah" : "rendah";
    const own = sanctions.get(nip) ?? [];
    const excluded = cfg.exclusion.enabled && own.some((s) => (cfg.exclusion.levels as string[]).includes(s.level) && inWindow(s.year, cfg.exclusion.years));
    result.set(nip, { box: grid.get(`${perfLevel}|${potLevel}`)!, performance, potential, track, assessed: assessment.tanggal_asesmen, sanctions: own, excluded });
  }
  return result;
}

describe("dirt", () => {
  const lineOf = (file: string, line: number) => readFileSync(join(a.out, file), "utf8").split(/\r?\n/)[line - 1];
  const dirt = () => a.result.cases.filter((c) => c.case.startsWith("dirt_"));

  it("logs each kind of dirt", () => {
    const kinds = new Set(dirt().map((c) => c.case));
    for (const k of ["dirt_header_alias", "dirt_semicolon_bom", "dirt_date_format", "dirt_crlf", "dirt_nip_scientific", "dirt_nip_truncated",
      "dirt_nip_numeric", "dirt_duplicate_month", "dirt_overlapping_export", "dirt_unknown_nip", "dirt_unknown_pin", "dirt_impossible_time",
      "dirt_impossible_date", "dirt_html_name", "dirt_html_text"]) {
      expect(kinds, k).toContain(k);
    }
  });

  it("puts each logged dirty row of a workbook at its file and Excel row", () => {
    const inBooks = dirt().filter((d) => d.file?.endsWith(".xlsx"));
    expect(inBooks.map((c) => c.case).sort()).toEqual(["dirt_header_alias", "dirt_html_name", "dirt_nip_numeric"]);
    for (const c of inBooks) {
      const row = readWorkbook(join(a.out, c.file!))[0].rows.find((r) => r.row === c.line)!;
      const cells = row.cells.map(cellText);
      const check: Record<string, () => boolean> = {
        dirt_header_alias: () => cells.join("|") === SIASN_HEADER.join("|"),
        dirt_html_name: () => row.cells[0]?.t === "s" && cells[0] === c.nip && cells[1].includes("<script>window.__xss=1</script>")
          && cells[1].includes('onerror="window.__xss=2"'),
        dirt_nip_numeric: () => row.cells[0]?.t === "n" && Math.abs((row.cells[0].v as number) - Number(c.nip)) < 1000,
      };
      expect(check[c.case]?.() ?? false, `${c.case} at ${c.file}:${c.line}: ${cells.join("|")}`).toBe(true);
    }
  });

  it("puts each logged dirty row at its file and line", () => {
    const known = new Set(files.pegawai.map((p) => p.nip));
    for (const c of dirt().filter((d) => d.line !== undefined && d.line > 1 && !d.file!.endsWith(".xlsx"))) {
      const text = lineOf(c.file!, c.line!);
      const first = text.split(/[,;\t]/)[0].trim();
      const check: Record<string, () => boolean> = {
        dirt_nip_scientific: () => /^\d\.\d+E\+17$/.test(first),
        dirt_nip_truncated: () => /^\d{17}$/.test(text.split(",")[1]),
        dirt_impossible_date: () => text.includes("-02-30"),
        dirt_impossible_time: () => /,(25:61|24:30),/.test(text),
        dirt_unknown_nip: () => /^\d{18}$/.test(first) && !known.has(first),
        dirt_unknown_pin: () => !files.pins.has(`${c.file!.split("_")[0]}|${first}`),
        dirt_360_self_rating: () => text.split(",")[2] === text.split(",")[3],
        dirt_360_duplicate_rater: () => true,
        dirt_html_text: () => text.split(",")[1] === c.nip && text.includes("<script>window.__xss=4</script>"),
      };
      expect(check[c.case]?.() ?? false, `${c.case} at ${c.file}:${c.line}: ${text}`).toBe(true);
    }
  });

  it("writes the file-level dirt: BOM and ';', CRLF, DD/MM/YYYY and DD-MM-YYYY dates, SIASN's header below title rows", () => {
    const absences = readFileSync(join(a.out, "ketidakhadiran.csv"), "utf8");
    expect(absences.startsWith("\uFEFFNIP;Jenis;Tanggal Mulai;")).toBe(true);
    const ikp = readFileSync(join(a.out, "ikp.csv"), "utf8");
    expect(ikp.split("\n").slice(0, -1).every((l) => l.endsWith("\r"))).toBe(true);
    expect(readExport(a.out, "pelatihan.csv").rows.every((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r[2]))).toBe(true);
    expect(readExport(a.out, "hukuman_disiplin.csv").rows.every((r) => /^\d{2}-\d{2}-\d{4}$/.test(r[2]))).toBe(true);
    const [alias] = casesNamed(a.result.cases, /^dirt_header_alias$/);
    expect([alias.file, alias.line]).toEqual(["DATA_PNS_KAB_SUKAMAJU_2025.xlsx", 4]);
  });

  it("exports March twice and an overlapping activity range with identical rows", () => {
    const march = readFileSync(join(a.out, "presensi_2025-03.csv"), "utf8");
    expect(readFileSync(join(a.out, "presensi_2025-03_ulang.csv"), "utf8")).toBe(march);
    const overlap = readExport(a.out, "aktivitas_2025-06-16_sd_2025-07-15.csv").rows.map((r) => r.join(","));
    const monthly = new Set([...readExport(a.out, "aktivitas_2025-06.csv").rows, ...readExport(a.out, "aktivitas_2025-07.csv").rows].map((r) => r.join(",")));
    expect(overlap.length).toBeGreaterThan(100);
    expect(overlap.every((r) => monthly.has(r))).toBe(true);
  });
});

describe("small samples", () => {
  it("refuses fewer employees than the planted cases need", async () => {
    await expect(generateSample({ out: join(tmpdir(), "sample-never"), employees: 199 })).rejects.toThrow(/employees/);
  });
});

// ---- reading the exports back ------------------------------------------------------------------

interface Csv {
  header: string[];
  rows: string[][];
  objects(): Record<string, string>[];
}

/** A CSV as the contract describes it: BOM or not, ',' ';' or tab, headers matched loosely. */
function readExport(dir: string, file: string): Csv {
  const text = readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, "");
  const first = text.slice(0, text.indexOf("\n"));
  const delimiter = [";", "\t", ","].find((d) => first.includes(d)) ?? ",";
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
  const aliases: Record<string, string> = { tmt_cpns: "tmt_mulai" };
  const header = parsed[0].map((h) => h.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_")).map((h) => aliases[h] ?? h);
  const rows = parsed.slice(1);
  return { header, rows, objects: () => rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

const minutesOf = (hhmmss: string) => Number(hhmmss.slice(0, 2)) * 60 + Number(hhmmss.slice(3, 5)) + Number(hhmmss.slice(6, 8) || 0) / 60;

interface WorkPattern {
  name: string;
  units?: string[];
  employee_types?: string[];
  nips?: string[];
  week: Record<string, { start: string; end: string; break_minutes: number }>;
  ramadan_week?: Record<string, { start: string; end: string; break_minutes: number }>;
}

const WEEKDAY = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const nextDate = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
const datesOfYear = (year: number) => {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

interface Day {
  checkIn?: number;
  checkOut?: number;
  lastActivityEnd?: number;
  activities: number;
}

class SampleFiles {
  /** The employees: SIASN's rows with a text NIP. */
  readonly pegawai: SiasnEmployee[];
  readonly byNip: Map<string, SiasnEmployee>;
  readonly holidays: Set<string>;
  /** `${device}|${pin}` -> nip; device "" for a PIN that holds on every machine (the GLog machine's). */
  readonly pins: Map<string, string>;
  private daysCache?: Map<string, Map<string, Day>>;

  constructor(readonly dir: string) {
    this.pegawai = readSiasn(dir).filter((e) => e.nip !== "");
    this.byNip = new Map(this.pegawai.map((p) => [p.nip, p]));
    const names = readdirSync(dir);
    this.holidays = new Set(names.filter((n) => n.startsWith("hari_libur")).flatMap((n) => readExport(dir, n).rows.map((r) => r[0])));
    this.pins = new Map(readExport(dir, "mesin_pegawai.csv").rows.map(([device, pin, nip]) => [`${device}|${pin}`, nip]));
  }

  private files(prefix: string): string[] {
    return readdirSync(this.dir).filter((n) => n.startsWith(prefix)).sort();
  }

  presensi(): Record<string, string>[] {
    return this.files("presensi").flatMap((f) => readExport(this.dir, f).objects());
  }

  /** Fingerprint ("kantor") people are in mesin_pegawai.csv; the rest check in with the app. */
  mode(nip: string): "kantor" | "mobile" {
    if (!this.kantor) this.kantor = new Set(this.pins.values());
    return this.kantor.has(nip) ? "kantor" : "mobile";
  }
  private kantor?: Set<string>;

  /** ketidakhadiran.csv and the recap workbook read through instansi.json's import map. */
  absences(): Record<string, string>[] {
    return [...readExport(this.dir, "ketidakhadiran.csv").objects(), ...readMapped(this.dir, "ketidakhadiran")];
  }

  /** Every person's days from presensi, attlog, GLog and aktivitas (repeated exports collapse on the key). */
  days(): Map<string, Map<string, Day>> {
    if (this.daysCache) return this.daysCache;
    const all = new Map<string, Map<string, Day>>();
    const day = (nip: string, date: string) => {
      const person = all.get(nip) ?? all.set(nip, new Map()).get(nip)!;
      return person.get(date) ?? person.set(date, { activities: 0 }).get(date)!;
    };
    for (const r of this.presensi()) {
      const d = day(r.nip, r.tanggal);
      if (r.jam_masuk) d.checkIn = minutesOf(r.jam_masuk);
      if (r.jam_pulang) d.checkOut = minutesOf(r.jam_pulang);
    }
    for (const f of this.files("FP")) {
      const device = f.split("_")[0];
      for (const line of readFileSync(join(this.dir, f), "utf8").split("\r\n")) {
        if (!line) continue;
        const [pin, stamp, , status] = line.split("\t");
        const nip = this.pins.get(`${device}|${pin.trim()}`);
        if (!nip) continue;
        const [date, clock] = stamp.split(" ");
        const d = day(nip, date);
        const t = minutesOf(clock);
        if (status === "0" && (d.checkIn === undefined || t < d.checkIn)) d.checkIn = t;
        if (status === "1" && (d.checkOut === undefined || t > d.checkOut)) d.checkOut = t;
      }
    }
    for (const glog of readGlog(this.dir)) {
      for (const p of glog.punches) {
        const nip = this.pins.get(`|${p.pin}`);
        if (!nip) continue;
        const d = day(nip, p.date);
        const t = minutesOf(p.time);
        if (p.status === "0" && (d.checkIn === undefined || t < d.checkIn)) d.checkIn = t;
        if (p.status === "1" && (d.checkOut === undefined || t > d.checkOut)) d.checkOut = t;
      }
    }
    for (const f of this.files("aktivitas").filter((n) => /^aktivitas_\d{4}-\d{2}\.csv$/.test(n))) {
      for (const r of readExport(this.dir, f).objects()) {
        const d = day(r.nip, r.tanggal);
        d.activities++;
        d.lastActivityEnd = Math.max(d.lastActivityEnd ?? 0, minutesOf(r.jam_selesai));
      }
    }
    return (this.daysCache = all);
  }

  /** Late days, late minutes and early-leave minutes against the default schedule (Ramadan 2025 08:00-15:00/15:30). */
  lateness(nip: string): { days: number; minutes: number; early: number } {
    let days = 0, minutes = 0, early = 0;
    for (const [date, d] of this.days().get(nip) ?? []) {
      const ramadan = date >= "2025-03-01" && date <= "2025-03-30";
      const friday = new Date(`${date}T00:00:00Z`).getUTCDay() === 5;
      const start = ramadan ? 8 * 60 : 7 * 60 + 30;
      const end = (ramadan ? 15 * 60 : 16 * 60) + (friday ? 30 : 0);
      if (d.checkIn !== undefined && d.checkIn > start) {
        days++;
        minutes += d.checkIn - start;
      }
      if (d.checkOut !== undefined && d.checkOut < end) early += end - d.checkOut;
    }
    return { days, minutes: Math.round(minutes), early: Math.round(early) };
  }

  /** Metres from each mobile check-in to the person's unit. */
  checkinDistances(): Map<string, number[]> {
    const units = new Map(readExport(this.dir, "unit.csv").objects().map((u) => [u.kode_unit, u]));
    const seen = new Set<string>();
    const out = new Map<string, number[]>();
    for (const r of this.presensi()) {
      const person = this.byNip.get(r.nip);
      if (!person || !r.lat_masuk || seen.has(`${r.nip}|${r.tanggal}`)) continue;
      seen.add(`${r.nip}|${r.tanggal}`);
      const u = units.get(person.kode_unit)!;
      const metres = Math.hypot((Number(r.lat_masuk) - Number(u.lat)) * 110_574, (Number(r.lon_masuk) - Number(u.lon)) * 110_350);
      (out.get(r.nip) ?? out.set(r.nip, []).get(r.nip)!).push(metres);
    }
    return out;
  }

  /** nip -> date -> kode_shift, from the jadwal exports. */
  roster(): Map<string, Map<string, string>> {
    if (this.rosterCache) return this.rosterCache;
    const out = new Map<string, Map<string, string>>();
    for (const f of this.files("jadwal")) {
      for (const r of readExport(this.dir, f).objects()) (out.get(r.nip) ?? out.set(r.nip, new Map()).get(r.nip)!).set(r.tanggal, r.kode_shift);
    }
    return (this.rosterCache = out);
  }
  private rosterCache?: Map<string, Map<string, string>>;

  /** Shift code -> [start, end] in minutes; a night shift ends past 1440. */
  shifts(): Map<string, [number, number]> {
    return new Map(this.files("shift").flatMap((f) => readExport(this.dir, f).objects()).map((r) => {
      const start = minutesOf(r.jam_masuk), end = minutesOf(r.jam_pulang);
      return [r.kode_shift, [start, end <= start ? end + 1440 : end]];
    }));
  }

  corrections(): Record<string, string>[] {
    return this.files("koreksi_presensi").flatMap((f) => readExport(this.dir, f).objects());
  }

  /** instansi.json's schedule.patterns. */
  patterns(): WorkPattern[] {
    return (JSON.parse(readFileSync(join(this.dir, "instansi.json"), "utf8")) as { schedule?: { patterns?: WorkPattern[] } }).schedule?.patterns ?? [];
  }

  /** The first pattern that matches a person (every selector given must match; a unit matches its sub-units too). */
  patternOf(p: SiasnEmployee): WorkPattern | undefined {
    return this.patterns().find((x) => (!x.units || x.units.some((u) => p.kode_unit === u || p.kode_unit.startsWith(`${u}.`)))
      && (!x.employee_types || x.employee_types.includes(p.jenis_pegawai)) && (!x.nips || x.nips.includes(p.nip)));
  }

  /** GLog punches per nip and date: minutes after midnight and IOMd status. */
  glogByNip(): Map<string, Map<string, { t: number; status: string }[]>> {
    const out = new Map<string, Map<string, { t: number; status: string }[]>>();
    for (const glog of readGlog(this.dir)) {
      for (const p of glog.punches) {
        const nip = this.pins.get(`|${p.pin}`);
        if (!nip) continue;
        const person = out.get(nip) ?? out.set(nip, new Map()).get(nip)!;
        (person.get(p.date) ?? person.set(p.date, []).get(p.date)!).push({ t: minutesOf(p.time), status: p.status });
      }
    }
    return out;
  }

  dayKinds(nip: string): Record<string, number> {
    const kinds = { noActivity: 0, lateActivityNoCheckout: 0, noCheckout: 0, noCheckin: 0 };
    for (const [, d] of this.days().get(nip) ?? []) {
      const hasIn = d.checkIn !== undefined, hasOut = d.checkOut !== undefined;
      if (hasIn && hasOut && d.activities === 0) kinds.noActivity++;
      if (hasIn && !hasOut) kinds.noCheckout++;
      if (!hasIn && hasOut) kinds.noCheckin++;
      if (hasIn && !hasOut && (d.lastActivityEnd ?? 0) >= 18 * 60) kinds.lateActivityNoCheckout++;
    }
    return kinds;
  }
}

/**
 * TK per person: working days within the person's TMT range with no presensi row, no punch, no
 * approved correction and no approved absence; and the longest run of consecutive working days TK.
 * A working day is a rostered shift day (jadwal), else a day of the person's work pattern
 * (instansi.json), else a weekday; never a holiday unless rostered. A night shift's punches are its
 * check-in that evening or its check-out the next morning.
 */
function recountTk(files: SampleFiles, year: number): Map<string, { days: string[]; longestRun: number }> {
  const all = datesOfYear(year);
  const workingFor = (week: Record<string, unknown>) => all.filter((d) => week[WEEKDAY[new Date(d).getUTCDay()]] !== undefined && !files.holidays.has(d));
  const weekdays = workingFor({ mon: 1, tue: 1, wed: 1, thu: 1, fri: 1 });
  const roster = files.roster();
  const corrected = new Set(files.corrections().filter((c) => c.status === "disetujui" && (c.jam_masuk || c.jam_pulang)).map((c) => `${c.nip}|${c.tanggal}`));
  const absent = new Set<string>();
  for (const r of files.absences()) {
    for (let t = Date.parse(r.tanggal_mulai); t <= Date.parse(r.tanggal_selesai); t += 86_400_000) {
      absent.add(`${r.nip}|${new Date(t).toISOString().slice(0, 10)}`);
    }
  }
  const days = files.days();
  const result = new Map<string, { days: string[]; longestRun: number }>();
  for (const p of files.pegawai) {
    const from = p.tmt_mulai > `${year}-01-01` ? p.tmt_mulai : `${year}-01-01`;
    const to = p.tmt_selesai || `${year}-12-31`;
    const present = days.get(p.nip) ?? new Map<string, Day>();
    const shifts = roster.get(p.nip);
    const pattern = files.patternOf(p);
    const working = shifts ? all.filter((d) => (shifts.get(d) ?? "libur") !== "libur") : pattern ? workingFor(pattern.week) : weekdays;
    const punched = (date: string) => {
      const d = present.get(date);
      if (!shifts) return d !== undefined && (d.checkIn !== undefined || d.checkOut !== undefined);
      if (shifts.get(date) !== "M") return d !== undefined && (d.checkIn !== undefined || d.checkOut !== undefined);
      const morning = present.get(nextDate(date));
      return d?.checkIn !== undefined || (morning?.checkOut !== undefined && morning.checkOut < 12 * 60);
    };
    const tk: string[] = [];
    let run = 0, longestRun = 0;
    for (const date of working) {
      if (date < from || date > to) continue;
      const isTk = !punched(date) && !corrected.has(`${p.nip}|${date}`) && !absent.has(`${p.nip}|${date}`);
      if (isTk) tk.push(date);
      run = isTk ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    result.set(p.nip, { days: tk, longestRun });
  }
  return result;
}
