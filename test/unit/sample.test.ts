// The sample generator: deterministic and contract-shaped. This file: determinism, the contract
// files and their real layouts (SIASN, GLog, the recap workbook), NIPs and the planted dirt. The
// planted cases are in sample-attendance.test.ts and sample-performance.test.ts. The workbooks
// are read with SheetJS, not with the exceljs that wrote them.
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSample } from "../../pipeline/sample/index.ts";
import { GLOG_FILE, RECAP_FILE, SIASN_FILE, SKP_FILE, cellText, importMaps, readGlog, readMapped, readSiasn, readTable, readWorkbook } from "./helpers/sample-files.ts";
import { EMPLOYEES, Generated, useSamples, SampleFiles, SKP_HEADER, casesNamed, readExport } from "./helpers/sample-cases.ts";

const { sample } = useSamples();
let a: Generated;
let b: Generated;
let files: SampleFiles;

beforeAll(async () => {
  a = await sample(1);
  b = await sample(1);
  files = new SampleFiles(a.out);
}, 120_000);

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
