// Daily attendance scenarios with literal clock times, through the real ingest and SQL models.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../pipeline/run.ts";

const NIP = "198503172010011001";

interface Exports {
  /** mobile check-ins: [date, in, out] ("" for a missing punch) */
  checkins?: [string, string, string][];
  /** fingerprint punches: "YYYY-MM-DD HH:MM:SS" */
  punches?: string[];
  start?: string;
  end?: string;
  config?: unknown;
  period?: [string, string];
  /** a hari_libur*.csv in the input */
  holidays?: string;
  /** presensi GPS columns per date: [akurasi_m, lokasi_palsu] */
  gps?: Record<string, [string, string]>;
}

/** Writes the smallest export folder for one employee and returns daily_attendance. */
async function attendance(x: Exports) {
  const dir = mkdtempSync(join(tmpdir(), "asn-att-"));
  writeFileSync(
    join(dir, "pegawai.csv"),
    "nip,nama,jenis_kelamin,tanggal_lahir,jenis_pegawai,golongan,jenis_jabatan,nama_jabatan,eselon,kode_unit,tmt_mulai,tmt_selesai,mode_presensi\n" +
      `${NIP},Ahmad,L,1985-03-17,PNS,III/c,pelaksana,Staf,,1.01,${x.start ?? "2010-01-01"},${x.end ?? ""},kantor\n`,
  );
  writeFileSync(join(dir, "unit.csv"), "kode_unit,nama_unit,kode_induk,lat,lon,radius_m\n1.01,Dinas,,-7.0,110.0,100\n");
  if (x.checkins) {
    const gps = x.gps ? ",akurasi_m,lokasi_palsu" : "";
    writeFileSync(
      join(dir, "presensi.csv"),
      `nip,tanggal,jam_masuk,jam_pulang,lat_masuk,lon_masuk,lat_pulang,lon_pulang,metode${gps}\n` +
        x.checkins.map(([d, i, o]) => `${NIP},${d},${i},${o},-7.0,110.0,-7.0,110.0,mobile${x.gps ? `,${(x.gps[d] ?? ["", ""]).join(",")}` : ""}`).join("\n") + "\n",
    );
  }
  if (x.punches) {
    writeFileSync(join(dir, "mesin_pegawai.csv"), `device_id,pin,nip\nFP01,7,${NIP}\n`);
    writeFileSync(join(dir, "FP01_attlog.dat"), x.punches.map((t) => `        7\t${t}\tFP01\t0\t1\t0\r\n`).join(""));
  }
  if (x.holidays) writeFileSync(join(dir, "hari_libur_daerah.csv"), x.holidays);
  const config = join(dir, "instansi.json");
  const period = x.period ? { period: { start: x.period[0], end: x.period[1] } } : {};
  writeFileSync(config, JSON.stringify({ ...period, ...(x.config as object) }));
  const db = join(dir, "asn.duckdb");
  await runPipeline({ input: dir, db, config });
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  const rows = (await conn.runAndReadAll(
    `select date::varchar as date, status, check_in::varchar as check_in, check_out::varchar as check_out,
            late_minutes as late, early_minutes as early, missing_check_in, missing_check_out,
            scheduled_start::varchar as scheduled_start, mock_location, low_gps_accuracy
     from marts.daily_attendance order by date`,
  )).getRowObjectsJson();
  conn.closeSync();
  instance.closeSync();
  return rows;
}

describe("lateness and the grace period (docs/aturan.md#kehadiran)", () => {
  it("with no grace, 07:30:59 is on time and 07:31 is 1 minute late", async () => {
    const rows = await attendance({ checkins: [["2025-01-06", "07:30:59", "16:00"], ["2025-01-07", "07:31", "16:00"]] });
    expect(rows.map((r) => r.late)).toEqual([0, 1]);
  });

  it("grace 5: check-in 07:35 is on time, 07:36 is 6 minutes late (counted from the start)", async () => {
    const rows = await attendance({
      checkins: [["2025-01-06", "07:35", "16:00"], ["2025-01-07", "07:36", "16:00"]],
      config: { schedule: { grace_minutes: 5 } },
    });
    expect(rows.map((r) => r.late)).toEqual([0, 6]);
  });

  it("Friday ends at 16:30: leaving at 16:00 is 30 minutes early; Monday at 16:00 is not", async () => {
    const rows = await attendance({ checkins: [["2025-01-06", "07:30", "16:00"], ["2025-01-10", "07:30", "16:00"]], period: ["2025-01-06", "2025-01-10"] });
    expect(rows.map((r) => `${r.date} ${r.status} ${r.early}`)).toEqual([
      "2025-01-06 hadir 0",
      "2025-01-07 tanpa_keterangan 0",
      "2025-01-08 tanpa_keterangan 0",
      "2025-01-09 tanpa_keterangan 0",
      "2025-01-10 hadir 30",
    ]);
  });

  it("in Ramadan the day starts at 08:00: 07:55 is on time, 08:10 is 10 minutes late", async () => {
    const rows = await attendance({ checkins: [["2025-03-10", "07:55", "15:00"], ["2025-03-11", "08:10", "15:00"]] });
    expect(rows.map((r) => `${r.scheduled_start} ${r.late}`)).toEqual(["08:00:00 0", "08:00:00 10"]);
  });

  it("Ramadan's dates are data per year: 1447 H from 19 February 2026, and an instansi's own dates replace that year only", async () => {
    const checkins: [string, string, string][] = [["2026-02-18", "08:10", "16:00"], ["2026-02-19", "08:10", "15:00"], ["2026-03-20", "08:00", "15:30"]];
    const shipped = await attendance({ checkins });
    expect(shipped.filter((r) => r.status === "hadir").map((r) => `${r.date} ${r.scheduled_start} ${r.late}`)).toEqual([
      "2026-02-18 07:30:00 40", "2026-02-19 08:00:00 10",
    ]); // 20 March 2026 is cuti bersama Idul Fitri: no working day
    const own = await attendance({ checkins, config: { schedule: { ramadan: [{ start: "2026-02-18", end: "2026-03-19" }] } } });
    expect(own.filter((r) => r.status === "hadir").map((r) => `${r.date} ${r.scheduled_start}`)).toEqual(["2026-02-18 08:00:00", "2026-02-19 08:00:00"]);
    const y2025 = await attendance({ checkins: [["2025-03-11", "08:10", "15:00"]], config: { schedule: { ramadan: [{ start: "2026-02-18", end: "2026-03-19" }] } } });
    expect(y2025[0]).toMatchObject({ scheduled_start: "08:00:00", late: 10 });
  });
});

describe("GPS quality of mobile check-ins (docs/aturan.md#pola-kerja): flagged beside the geofence, never a TK", () => {
  it("a mock location and an accuracy worse than the configured radius are flagged; no GPS data is null, not false", async () => {
    const rows = await attendance({
      checkins: [["2025-01-06", "07:30", "16:00"], ["2025-01-07", "07:30", "16:00"], ["2025-01-08", "07:30", "16:00"], ["2025-01-09", "07:30", "16:00"]],
      gps: { "2025-01-06": ["12", "tidak"], "2025-01-07": ["350", "tidak"], "2025-01-08": ["8", "ya"], "2025-01-09": ["", ""] },
    });
    expect(rows.map((r) => [r.date, r.status, r.mock_location, r.low_gps_accuracy])).toEqual([
      ["2025-01-06", "hadir", false, false],
      ["2025-01-07", "hadir", false, true],
      ["2025-01-08", "hadir", true, false],
      ["2025-01-09", "hadir", null, null],
    ]);
    const strict = await attendance({ checkins: [["2025-01-06", "07:30", "16:00"]], gps: { "2025-01-06": ["12", "false"] }, config: { mobile: { max_gps_accuracy_m: 10 } } });
    expect(strict[0]).toMatchObject({ status: "hadir", mock_location: false, low_gps_accuracy: true });
  });
});

describe("missing punches are flagged, not zero minutes", () => {
  it("a check-in without a check-out", async () => {
    const [row] = await attendance({ checkins: [["2025-01-06", "07:20", ""]] });
    expect(row).toMatchObject({ status: "hadir", check_out: null, early: 0, missing_check_out: true, missing_check_in: false });
  });

  it("a single fingerprint punch after midday is a check-out without a check-in", async () => {
    const [row] = await attendance({ punches: ["2025-01-06 16:10:00"] });
    expect(row).toMatchObject({ status: "hadir", check_in: null, check_out: "16:10:00", late: 0, missing_check_in: true });
  });
});

describe("the calendar", () => {
  it("a national holiday and a weekend are not working days (1 May 2025, Hari Buruh)", async () => {
    const rows = await attendance({ checkins: [["2025-04-30", "07:30", "16:00"], ["2025-05-05", "07:30", "16:00"]] });
    expect(rows.map((r) => `${r.date} ${r.status}`)).toEqual(["2025-04-30 hadir", "2025-05-02 tanpa_keterangan", "2025-05-05 hadir"]);
  });

  it("2026 is shipped (SKB 3 Menteri, 19 September 2025): 1 and 16 January 2026 are no working days, across the year end", async () => {
    const rows = await attendance({ checkins: [["2025-12-31", "07:30", "16:00"], ["2026-01-19", "07:30", "16:00"]] });
    const dates = rows.map((r) => r.date);
    expect(dates.slice(0, 3)).toEqual(["2025-12-31", "2026-01-02", "2026-01-05"]);
    expect(dates).not.toContain("2026-01-16");
    expect(dates).toContain("2026-01-15");
    expect(dates.at(-1)).toBe("2026-01-19");
  });

  it("a year with no holiday list stops the run with the file to add, instead of counting its holidays as working days", async () => {
    const failed = await attendance({ checkins: [["2026-12-30", "07:30", "16:00"], ["2027-01-04", "07:30", "16:00"]] }).then(() => "", (e: Error) => e.message);
    expect(failed).toBe(
      "Tidak ada daftar hari libur untuk tahun 2027: tambahkan pipeline/rules/hari_libur/2027.csv (SKB 3 Menteri tentang hari libur nasional dan cuti bersama) " +
        "atau hari_libur_2027.csv di folder masukan (kolom tanggal, keterangan, jenis)",
    );
    const given = await attendance({ checkins: [["2026-12-30", "07:30", "16:00"], ["2027-01-04", "07:30", "16:00"]], holidays: "tanggal,keterangan,jenis\n2027-01-01,Tahun Baru 2027 Masehi,libur_nasional\n" });
    expect(given.map((r) => `${r.date} ${r.status}`)).toEqual(["2026-12-30 hadir", "2026-12-31 tanpa_keterangan", "2027-01-04 hadir"]);
  });

  it("someone who joined mid-year is counted from their TMT only", async () => {
    const rows = await attendance({ checkins: [["2025-06-30", "07:30", "16:00"], ["2025-07-04", "07:30", "16:30"]], start: "2025-07-02" });
    expect(rows.map((r) => `${r.date} ${r.status}`)).toEqual(["2025-07-02 tanpa_keterangan", "2025-07-03 tanpa_keterangan", "2025-07-04 hadir"]);
  });

  it("someone who left is counted until the day before their tmt_selesai", async () => {
    const rows = await attendance({ checkins: [["2025-01-06", "07:30", "16:00"], ["2025-01-10", "07:30", "16:30"]], end: "2025-01-09" });
    expect(rows.map((r) => r.date)).toEqual(["2025-01-06", "2025-01-07", "2025-01-08"]);
  });
});

describe("time zones: exports are local wall-clock times (docs/aturan.md#jam-kerja)", () => {
  it("a WITA instansi reads 07:45 as 07:45 local, 15 minutes late, exactly as WIB does", async () => {
    const punches = ["2025-01-06 07:45:00", "2025-01-06 16:00:00"];
    const wita = await attendance({ punches, config: { instansi: { timezone: "Asia/Makassar" } } });
    const wib = await attendance({ punches });
    expect(wita).toEqual(wib);
    expect(wita[0]).toMatchObject({ check_in: "07:45:00", check_out: "16:00:00", late: 15 });
  });
});
