// The sample over a span of months across a year end (sample --from 2025-07 --to 2026-06): monthly
// files for both years, per-year files for both, and the planted run of 10 working days TK from
// 22 December into January, read back from the exports and through the pipeline. A year without a
// shipped holiday list stops the sample before anything is written.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../pipeline/run.ts";
import { generateSample, type SampleResult } from "../../pipeline/sample/index.ts";
import { readGlog } from "./helpers/sample-files.ts";

const EMPLOYEES = 250;
const SPAN = { from: "2025-07", to: "2026-06" };
const dirs: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name));
  dirs.push(dir);
  return dir;
};

let out: string;
let result: SampleResult;
beforeAll(async () => {
  out = temp("sample-span-");
  result = await generateSample({ out, employees: EMPLOYEES, seed: 1, ...SPAN });
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const months = (from: string, count: number) => Array.from({ length: count }, (_, i) => {
  const k = Number(from.slice(5, 7)) - 1 + i;
  return `${Number(from.slice(0, 4)) + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
});
const SPAN_MONTHS = months(SPAN.from, 12);
const lines = (file: string) => readFileSync(join(out, file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
const shipped = (year: number) => readFileSync(new URL(`../../pipeline/rules/hari_libur/${year}.csv`, import.meta.url), "utf8");

/** Every date with an attendance record of a person: presensi rows, attlog and GLog punches. */
function attendanceDates(dir: string, nip: string): Set<string> {
  const names = readdirSync(dir);
  const dates = new Set<string>();
  for (const f of names.filter((n) => /^presensi_\d{4}-\d{2}\.csv$/.test(n))) {
    for (const l of lines(f).slice(1)) if (l.startsWith(`${nip},`)) dates.add(l.split(",")[1]);
  }
  const pins = lines("mesin_pegawai.csv").slice(1).map((l) => l.split(",")).filter(([, , n]) => n === nip);
  for (const [device, pin] of pins) {
    if (device === "") {
      for (const p of readGlog(dir)[0].punches) if (p.pin === Number(pin)) dates.add(p.date);
      continue;
    }
    for (const l of lines(`${device}_attlog.dat`)) {
      const [p, stamp] = l.split("\t");
      if (p.trim() === pin) dates.add(stamp.slice(0, 10));
    }
  }
  return dates;
}

describe("a span across a year end (2025-07 to 2026-06)", () => {
  it("writes monthly presensi, aktivitas and jadwal for every month of both years, and nothing outside the span", () => {
    const names = readdirSync(out);
    for (const prefix of ["presensi", "aktivitas", "jadwal_rsud"]) {
      const monthly = names.filter((n) => new RegExp(`^${prefix}_\\d{4}-\\d{2}\\.csv$`).test(n)).map((n) => n.slice(prefix.length + 1, prefix.length + 8));
      expect(monthly.sort(), prefix).toEqual(SPAN_MONTHS);
    }
    for (const m of SPAN_MONTHS) {
      const dates = lines(`presensi_${m}.csv`).slice(1).map((l) => l.split(",")[1]);
      expect(dates.length, m).toBeGreaterThan(1000);
      // Every row is dated in its own month (the planted impossible 2026-02-30 too).
      expect(dates.every((d) => d.startsWith(m)), m).toBe(true);
    }
    expect(names).toEqual(expect.arrayContaining(["presensi_2026-03_ulang.csv", "aktivitas_2025-12-16_sd_2026-01-15.csv"]));
  });

  it("writes the per-year files for both years: holidays as shipped, corrections, apel, 360, SKP, one SIASN snapshot", () => {
    const names = readdirSync(out);
    for (const year of [2025, 2026]) {
      expect(readFileSync(join(out, `hari_libur_${year}.csv`), "utf8")).toBe(shipped(year));
      for (const f of [`koreksi_presensi_${year}.csv`, `apel_${year}.csv`, `penilaian360_${year}.csv`]) {
        // koreksi_presensi: tanggal is the 2nd column; apel: tanggal, penilaian360: tahun, the 1st.
        const dates = lines(f).slice(1).map((l) => l.split(",")[f.startsWith("koreksi") ? 1 : 0]);
        expect(dates.length, f).toBeGreaterThan(0);
        expect(dates.every((d) => d.startsWith(String(year))), f).toBe(true);
      }
    }
    // 360: the semesters ended in the span (2025 both, 2026 the first).
    expect(new Set(lines("penilaian360_2026.csv").slice(1).map((l) => l.split(",")[1]))).toEqual(new Set(["TW2"]));
    expect(names.filter((n) => n.startsWith("LAPORAN SKP")).sort()).toEqual(["LAPORAN SKP TAHUN 2024.xlsx", "LAPORAN SKP TAHUN 2025.xlsx", "LAPORAN SKP TAHUN 2026.xlsx"]);
    expect(names.filter((n) => n.startsWith("DATA_PNS"))).toEqual(["DATA_PNS_KAB_SUKAMAJU_2026.xlsx"]);
    expect(names.some((n) => /_2027|2025-06|2026-07/.test(n))).toBe(false);
  });

  it("plants one PNS with 10 working days TK from 22 December 2025 into January, no record on them, records before and after", () => {
    const planted = result.cases.filter((c) => c.case === "tk_consecutive_10_year_end");
    expect(planted).toHaveLength(1);
    const [c] = planted;
    const days = c.detail.slice(c.detail.lastIndexOf(": ") + 2).split(" ");
    const holidays = new Set([...lines("hari_libur_2025.csv"), ...lines("hari_libur_2026.csv")].map((l) => l.split(",")[0]));
    // Every working day from 22 December to the 10th: weekends, 25/26 December and 1 January skipped.
    const working: string[] = [];
    for (let t = Date.parse("2025-12-22"); working.length < 10; t += 86_400_000) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso)) working.push(iso);
    }
    expect(days).toEqual(working);
    expect(days.filter((d) => d.startsWith("2025-"))).toHaveLength(6);
    expect(days.at(-1)).toBe("2026-01-07");
    for (const off of ["2025-12-25", "2025-12-26", "2026-01-01"]) expect(holidays.has(off), off).toBe(true);

    const records = attendanceDates(out, c.nip);
    for (const d of days) expect(records.has(d), d).toBe(false);
    expect(records.has("2025-12-19"), "the working day before").toBe(true);
    expect(records.has("2026-01-08"), "the working day after").toBe(true);
    // No approved absence or correction on the run either.
    expect(lines("ketidakhadiran.csv").some((l) => l.startsWith(`${c.nip};`))).toBe(false);
    expect([...lines("koreksi_presensi_2025.csv"), ...lines("koreksi_presensi_2026.csv")].some((l) => l.startsWith(`${c.nip},`))).toBe(false);
  });

  it("is deterministic: the same seed writes the same bytes", async () => {
    const again = temp("sample-span-again-");
    const second = await generateSample({ out: again, employees: EMPLOYEES, seed: 1, ...SPAN });
    expect(second.files).toEqual(result.files);
    for (const { file } of result.files) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  }, 60_000);

  it("gives the run's pemberhentian in 2026, reached on its 10th day, through the pipeline", async () => {
    const [c] = result.cases.filter((x) => x.case === "tk_consecutive_10_year_end");
    const db = join(temp("sample-span-db-"), "asn.duckdb");
    await runPipeline({ input: out, db });
    const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
    const conn = await instance.connect();
    const rows = (await conn.runAndReadAll(`select year, days_tk, max_consecutive_tk, level, sanction, reached_on::varchar as reached_on
      from marts.discipline_recommendations where nip = '${c.nip}' order by year`)).getRowObjectsJson();
    conn.closeSync();
    instance.closeSync();
    expect(rows.find((r) => r.year === 2026)).toMatchObject({ days_tk: 4, max_consecutive_tk: 10, level: "berat", sanction: "pemberhentian", reached_on: "2026-01-07" });
    expect(rows.find((r) => r.year === 2025)).toMatchObject({ days_tk: 6 });
  }, 180_000);
});

describe("span options", () => {
  it("stops before writing anything when a year of the span has no shipped holiday list, naming the file to add", async () => {
    for (const opts of [{ from: "2026-01", to: "2027-01" }, { year: 2027 }]) {
      const never = join(tmpdir(), `sample-never-${Object.values(opts).join("-")}`);
      await expect(generateSample({ out: never, employees: EMPLOYEES, ...opts })).rejects.toThrow(
        "sampel: tidak ada daftar hari libur 2027; tambahkan pipeline/rules/hari_libur/2027.csv");
      expect(existsSync(never)).toBe(false);
    }
  });

  it("refuses a span longer than 24 months, one that ends before it starts, one too short for the cases, and --year with --from", async () => {
    const never = join(tmpdir(), "sample-never");
    const refuse = (opts: Parameters<typeof generateSample>[0], message: RegExp) => expect(generateSample(opts)).rejects.toThrow(message);
    await refuse({ out: never, from: "2025-01", to: "2027-01" }, /25 bulan; paling banyak 24 bulan/);
    await refuse({ out: never, from: "2026-02", to: "2025-02" }, /--from 2026-02 harus tidak lebih dari --to 2025-02/);
    await refuse({ out: never, from: "2025-02", to: "2025-06" }, /paling sedikit 12 bulan/);
    await refuse({ out: never, from: "2025-1", to: "2025-12" }, /--from harus bulan YYYY-MM/);
    await refuse({ out: never, from: "2025-01" }, /--from dan --to harus diisi bersama/);
    await refuse({ out: never, year: 2025, from: "2025-01", to: "2025-12" }, /--year tidak dapat digabung/);
    expect(existsSync(never)).toBe(false);
  });
});
