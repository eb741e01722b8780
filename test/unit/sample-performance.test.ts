// The sample's planted performance and talent cases: nine-box targets, quiet performers, SKP
// dirt and Plt rows, read from the files and through the real pipeline's marts (never a second
// implementation of the rules).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../pipeline/run.ts";
import { generateSample } from "../../pipeline/sample/index.ts";
import { cellText, readSkp, readTable, readWorkbook } from "./helpers/sample-files.ts";
import { Generated, useSamples, SampleFiles, SKP_HEADER, casesNamed, predikat, Placed, placeNineBox, readExport } from "./helpers/sample-cases.ts";

const { dirs, sample } = useSamples();
let a: Generated;
let files: SampleFiles;

beforeAll(async () => {
  a = await sample(1);
  files = new SampleFiles(a.out);
}, 120_000);

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

  describe("nine-box targets, through the real pipeline under the default talent config", () => {
    let talent: Map<string, Placed>;
    beforeAll(async () => {
      talent = await placeNineBox(a.out, 2025, dirs);
    }, 120_000);

    it("gives each nine_box_<b> person box b from SKP, skor_potensi and training, with no sanction", () => {
      const planted = casesNamed(a.result.cases, /^nine_box_\d$/);
      expect(planted.length).toBeGreaterThanOrEqual(18);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t, c.nip).toBeDefined();
        expect(t.box, `${c.case} ${c.nip}`).toBe(Number(c.case.slice("nine_box_".length)));
        expect(t.assessed_on.startsWith("2025-"), `${c.nip} assessed ${t.assessed_on}`).toBe(true);
        expect(t.track_record_score, c.nip).toBe(100);
        expect(c.detail).toContain(`combined potential ${t.potential_score.toFixed(2)}`);
        expect(t.sanction_levels, c.nip).toEqual([]);
        expect(t.in_talent_pool).toBe([7, 8, 9].includes(t.box));
      }
    });

    it("keeps box-9 people with a sedang sanction last year out of the talent pool", () => {
      const planted = casesNamed(a.result.cases, /^talent_pool_excluded$/);
      expect(planted.length).toBeGreaterThanOrEqual(2);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t.box, c.nip).toBe(9);
        expect(t.sanction_levels, c.nip).toContain("sedang 2024");
        expect(t.in_talent_pool, c.nip).toBe(false);
        expect(t.excluded_reason, c.nip).toMatch(/sedang/);
      }
    });

    it("keeps box-9 people with only a ringan sanction this year in the talent pool", () => {
      const planted = casesNamed(a.result.cases, /^talent_pool_ringan_kept$/);
      expect(planted.length).toBeGreaterThanOrEqual(1);
      for (const c of planted) {
        const t = talent.get(c.nip)!;
        expect(t.box, c.nip).toBe(9);
        expect(t.sanction_levels.length, c.nip).toBeGreaterThan(0);
        expect(t.sanction_levels.every((l) => l.startsWith("ringan ")), c.nip).toBe(true);
        expect(t.sanction_levels, c.nip).toContain("ringan 2025");
        expect(t.in_talent_pool, c.nip).toBe(true);
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
