// Work patterns (docs/aturan.md#pola-kerja) with literal clock times, through the real ingest and SQL models:
// rosters and night shifts, six-day units and part-time patterns, corrections and apel.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../pipeline/run.ts";

const NURSE = "198702142012012002";
const CLERK = "198503172010011001";
const SHIFTS = "kode_shift,jam_masuk,jam_pulang,istirahat_menit\nP,07:00,14:00,0\nS,14:00,21:00,0\nN,21:00,07:00,0\n";

interface Exports {
  /** roster days of the nurse: [date, shift code] */
  roster?: [string, string][];
  /** fingerprint punches: [nip, "YYYY-MM-DD HH:MM:SS"] */
  punches?: [string, string][];
  /** koreksi_presensi rows without the header: nip,tanggal,jenis,jam_masuk,jam_pulang,nomor_surat,status */
  corrections?: string[];
  /** apel rows without the header: tanggal,jenis,nip,hadir */
  apel?: string[];
  /** ketidakhadiran rows without the header: nip,jenis,tanggal_mulai,tanggal_selesai,nomor_surat */
  absences?: string[];
  config?: Record<string, unknown>;
  period: [string, string];
}

/** The smallest export folder: a nurse in the RSUD and a clerk in a dinas; returns the database. */
async function build(x: Exports) {
  const dir = mkdtempSync(join(tmpdir(), "asn-shift-"));
  writeFileSync(
    join(dir, "pegawai.csv"),
    "nip,nama,jenis_kelamin,tanggal_lahir,jenis_pegawai,golongan,jenis_jabatan,nama_jabatan,eselon,kode_unit,tmt_mulai,tmt_selesai,mode_presensi\n" +
      `${NURSE},Sari,P,1987-02-14,PNS,III/b,fungsional,Perawat,,2.01,2012-01-01,,kantor\n` +
      `${CLERK},Ahmad,L,1985-03-17,PNS,III/c,pelaksana,Staf,,1.01,2010-01-01,,kantor\n`,
  );
  writeFileSync(join(dir, "unit.csv"), "kode_unit,nama_unit,kode_induk,lat,lon,radius_m\n1.01,Dinas,,-7.0,110.0,100\n2.01,RSUD,,-7.0,110.0,300\n");
  writeFileSync(join(dir, "mesin_pegawai.csv"), `device_id,pin,nip\nFP01,1,${NURSE}\nFP01,2,${CLERK}\n`);
  const pin = (nip: string) => (nip === NURSE ? 1 : 2);
  writeFileSync(join(dir, "FP01_attlog.dat"), (x.punches ?? []).map(([nip, t]) => `        ${pin(nip)}\t${t}\tFP01\t0\t1\t0\r\n`).join(""));
  if (x.roster) {
    writeFileSync(join(dir, "shift_rsud.csv"), SHIFTS);
    writeFileSync(join(dir, "jadwal_rsud.csv"), "nip,tanggal,kode_shift\n" + x.roster.map(([d, s]) => `${NURSE},${d},${s}\n`).join(""));
  }
  if (x.corrections) writeFileSync(join(dir, "koreksi_presensi.csv"), "nip,tanggal,jenis,jam_masuk,jam_pulang,nomor_surat,status\n" + x.corrections.join("\n") + "\n");
  if (x.apel) writeFileSync(join(dir, "apel_pagi.csv"), "tanggal,jenis,nip,hadir\n" + x.apel.join("\n") + "\n");
  if (x.absences) writeFileSync(join(dir, "ketidakhadiran.csv"), "nip,jenis,tanggal_mulai,tanggal_selesai,nomor_surat\n" + x.absences.join("\n") + "\n");
  const config = join(dir, "instansi.json");
  writeFileSync(config, JSON.stringify({ period: { start: x.period[0], end: x.period[1] }, ...x.config }));
  const db = join(dir, "asn.duckdb");
  await runPipeline({ input: dir, db, config });
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  return {
    async rows(sql: string) {
      return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** The days of one employee in marts.daily_attendance. */
async function days(x: Exports, nip = NURSE) {
  const db = await build(x);
  const out = await db.rows(
    `select date::varchar as date, status, shift_code, check_in::varchar as check_in, check_out::varchar as check_out,
            late_minutes as late, early_minutes as early, missing_check_in, missing_check_out, correction_letter,
            scheduled_minutes
     from marts.daily_attendance where nip = '${nip}' order by date`,
  );
  db.close();
  return out;
}

describe("rosters: a rostered day replaces the default week (docs/aturan.md#pola-kerja)", () => {
  it("a night shift 21:00-07:00 is paired across midnight: 20:55 in, 07:03 out the next morning, present and on time", async () => {
    const rows = await days({
      period: ["2025-12-01", "2025-12-02"],
      roster: [["2025-12-01", "N"], ["2025-12-02", "LIBUR"]],
      punches: [[NURSE, "2025-12-01 20:55:00"], [NURSE, "2025-12-02 07:03:00"]],
    });
    expect(rows).toEqual([
      expect.objectContaining({ date: "2025-12-01", status: "hadir", shift_code: "N", check_in: "20:55:00", check_out: "07:03:00", late: 0, early: 0, scheduled_minutes: 600 }),
    ]);
  });

  it("a night check-in at 21:20 is 20 minutes late", async () => {
    const [row] = await days({
      period: ["2025-12-01", "2025-12-01"],
      roster: [["2025-12-01", "N"]],
      punches: [[NURSE, "2025-12-01 21:20:00"], [NURSE, "2025-12-02 07:01:00"]],
    });
    expect(row).toMatchObject({ late: 20, early: 0, check_out: "07:01:00" });
  });

  it("a night shift ending at 07:00: leaving at 07:00 or 07:01 is on time, at 06:59 one minute early", async () => {
    const rows = await days({
      period: ["2025-12-01", "2025-12-05"],
      roster: [["2025-12-01", "N"], ["2025-12-02", "LIBUR"], ["2025-12-03", "N"], ["2025-12-04", "LIBUR"], ["2025-12-05", "N"]],
      punches: [
        [NURSE, "2025-12-01 20:50:00"], [NURSE, "2025-12-02 07:00:00"],
        [NURSE, "2025-12-03 20:50:00"], [NURSE, "2025-12-04 07:01:00"],
        [NURSE, "2025-12-05 20:50:00"], [NURSE, "2025-12-06 06:59:00"],
      ],
    });
    expect(rows.map((r) => [r.date, r.early])).toEqual([["2025-12-01", 0], ["2025-12-03", 0], ["2025-12-05", 1]]);
  });

  it("the night shift on the period's last day keeps its check-out on the day after the period", async () => {
    const [row] = await days({
      period: ["2025-12-31", "2025-12-31"],
      roster: [["2025-12-31", "N"]],
      punches: [[NURSE, "2025-12-31 20:58:00"], [NURSE, "2026-01-01 07:05:00"]],
    });
    expect(row).toMatchObject({ date: "2025-12-31", status: "hadir", check_out: "07:05:00", missing_check_out: false });
  });

  it("a roster day off on a Monday has no row; a rostered Saturday without punches is TK; a rostered Sunday with punches is present", async () => {
    // 1 December 2025 is a Monday, 6 and 7 December a weekend
    const rows = await days({
      period: ["2025-12-01", "2025-12-07"],
      roster: [["2025-12-01", "LIBUR"], ["2025-12-02", "P"], ["2025-12-03", "P"], ["2025-12-04", "S"], ["2025-12-05", "LIBUR"], ["2025-12-06", "P"], ["2025-12-07", "S"]],
      punches: [
        [NURSE, "2025-12-02 06:55:00"], [NURSE, "2025-12-02 14:02:00"],
        [NURSE, "2025-12-03 06:58:00"], [NURSE, "2025-12-03 14:00:00"],
        [NURSE, "2025-12-04 13:50:00"], [NURSE, "2025-12-04 21:05:00"],
        [NURSE, "2025-12-07 13:55:00"], [NURSE, "2025-12-07 21:00:00"],
      ],
    });
    expect(rows.map((r) => [r.date, r.status, r.shift_code])).toEqual([
      ["2025-12-02", "hadir", "P"],
      ["2025-12-03", "hadir", "P"],
      ["2025-12-04", "hadir", "S"],
      ["2025-12-06", "tanpa_keterangan", "P"],
      ["2025-12-07", "hadir", "S"],
    ]);
  });

  it("a rostered shift on a national holiday is a working day (25 December 2025); without a roster the day stays off", async () => {
    const db = await build({
      period: ["2025-12-24", "2025-12-26"],
      roster: [["2025-12-25", "P"]],
      punches: [[NURSE, "2025-12-25 06:50:00"], [NURSE, "2025-12-25 14:05:00"], [CLERK, "2025-12-24 07:20:00"], [CLERK, "2025-12-24 16:10:00"]],
    });
    const rows = await db.rows(`select nip, date::varchar as date, status from marts.daily_attendance order by nip, date`);
    db.close();
    // the nurse's 24th and 26th follow the default week (no roster rows): 26 December 2025 is cuti bersama
    expect(rows).toEqual([
      { nip: CLERK, date: "2025-12-24", status: "hadir" },
      { nip: NURSE, date: "2025-12-24", status: "tanpa_keterangan" },
      { nip: NURSE, date: "2025-12-25", status: "hadir" },
    ]);
  });
});

describe("work patterns per unit or group (docs/aturan.md#pola-kerja)", () => {
  const sixDays = {
    name: "enam_hari",
    units: ["1.01"],
    week: Object.fromEntries(
      ["mon", "tue", "wed", "thu"].map((d) => [d, { start: "07:30", end: "14:30", break_minutes: 30 }])
        .concat([["fri", { start: "07:30", end: "11:30", break_minutes: 0 }], ["sat", { start: "07:30", end: "15:00", break_minutes: 0 }]]),
    ),
  };

  it("a six-day unit works on Saturday (TK without punches there), the others do not", async () => {
    const db = await build({ period: ["2025-12-05", "2025-12-06"], config: { schedule: { patterns: [sixDays] } } });
    const rows = await db.rows(`select nip, date::varchar as date, status, scheduled_start::varchar as start, scheduled_end::varchar as end from marts.daily_attendance order by nip, date`);
    db.close();
    expect(rows).toEqual([
      { nip: CLERK, date: "2025-12-05", status: "tanpa_keterangan", start: "07:30:00", end: "11:30:00" },
      { nip: CLERK, date: "2025-12-06", status: "tanpa_keterangan", start: "07:30:00", end: "15:00:00" },
      { nip: NURSE, date: "2025-12-05", status: "tanpa_keterangan", start: "07:30:00", end: "16:30:00" },
    ]);
  });

  it("a part-time pattern by NIP: 08:00-12:00, in at 08:10 is 10 minutes late, out at 12:00 is on time", async () => {
    const partTime = { name: "paruh_waktu", nips: [CLERK], week: { mon: { start: "08:00", end: "12:00", break_minutes: 0 } } };
    const rows = await days(
      { period: ["2025-12-01", "2025-12-02"], config: { schedule: { patterns: [partTime] } }, punches: [[CLERK, "2025-12-01 08:10:00"], [CLERK, "2025-12-01 12:00:00"]] },
      CLERK,
    );
    // Tuesday is not in the pattern: no working day
    expect(rows).toEqual([expect.objectContaining({ date: "2025-12-01", status: "hadir", late: 10, early: 0 })]);
  });

  it("the first matching pattern wins, and a pattern names units, types or NIPs", async () => {
    const mon = { mon: { start: "09:00", end: "13:00", break_minutes: 0 } };
    const db = await build({
      period: ["2025-12-01", "2025-12-01"],
      config: { schedule: { patterns: [{ name: "a", employee_types: ["PNS"], units: ["2.01"], week: mon }, { name: "b", employee_types: ["PNS"], week: { mon: { start: "10:00", end: "14:00", break_minutes: 0 } } }] } },
    });
    const rows = await db.rows(`select nip, scheduled_start::varchar as start from marts.daily_attendance order by nip`);
    db.close();
    expect(rows).toEqual([{ nip: CLERK, start: "10:00:00" }, { nip: NURSE, start: "09:00:00" }]);
  });
});

describe("attendance corrections (koreksi_presensi, docs/aturan.md#pola-kerja)", () => {
  // 1-4 December 2025, Monday-Thursday, the clerk on the default week
  const base = {
    period: ["2025-12-01", "2025-12-04"] as [string, string],
    punches: [
      [CLERK, "2025-12-01 07:20:00"], // forgot to punch out
      [CLERK, "2025-12-02 07:25:00"], // forgot to punch out, correction rejected
      // 3 December: no punches (machine fault)
      // 4 December: no punches (pending correction)
    ] as [string, string][],
    corrections: [
      `${CLERK},2025-12-01,lupa_absen_pulang,,16:05,800/101/BKPSDM/2025,disetujui`,
      `${CLERK},2025-12-02,lupa_absen_pulang,,16:00,800/102/BKPSDM/2025,ditolak`,
      `${CLERK},2025-12-03,kendala_mesin,,,800/103/BKPSDM/2025,disetujui`,
      `${CLERK},2025-12-04,tugas_kedinasan,,,800/104/BKPSDM/2025,menunggu`,
    ],
  };

  it("an approved forgot-to-check-out sets 16:05 with its letter; a rejected one changes nothing; a machine fault day is present; a pending one leaves the TK", async () => {
    const rows = await days(base, CLERK);
    expect(rows.map((r) => [r.date, r.status, r.check_in, r.check_out, r.missing_check_out, r.correction_letter])).toEqual([
      ["2025-12-01", "hadir", "07:20:00", "16:05:00", false, "800/101/BKPSDM/2025"],
      ["2025-12-02", "hadir", "07:25:00", null, true, null],
      ["2025-12-03", "hadir", "07:30:00", "16:00:00", false, "800/103/BKPSDM/2025"],
      ["2025-12-04", "tanpa_keterangan", null, null, false, null],
    ]);
  });

  it("every request is listed with what it did, for BKPSDM to follow up", async () => {
    const db = await build(base);
    const rows = await db.rows(`select date::varchar as date, status, applied, outcome from marts.attendance_corrections order by date`);
    db.close();
    expect(rows).toEqual([
      { date: "2025-12-01", status: "disetujui", applied: true, outcome: "diterapkan" },
      { date: "2025-12-02", status: "ditolak", applied: false, outcome: "ditolak: tidak mengubah presensi" },
      { date: "2025-12-03", status: "disetujui", applied: true, outcome: "diterapkan" },
      { date: "2025-12-04", status: "menunggu", applied: false, outcome: "menunggu persetujuan: belum mengubah presensi" },
    ]);
  });

  it("a correction with a time replaces the machine's: forgot to punch in at 07:25 on a day with a late 08:40 punch", async () => {
    const [row] = await days(
      {
        period: ["2025-12-01", "2025-12-01"],
        punches: [[CLERK, "2025-12-01 08:40:00"], [CLERK, "2025-12-01 16:10:00"]],
        corrections: [`${CLERK},2025-12-01,lupa_absen_masuk,07:25,,800/105/BKPSDM/2025,disetujui`],
      },
      CLERK,
    );
    expect(row).toMatchObject({ check_in: "07:25:00", late: 0, correction_letter: "800/105/BKPSDM/2025" });
  });

  it("a night shift's corrected check-out at 07:00 is the next morning", async () => {
    const [row] = await days({
      period: ["2025-12-01", "2025-12-01"],
      roster: [["2025-12-01", "N"]],
      punches: [[NURSE, "2025-12-01 20:55:00"]],
      corrections: [`${NURSE},2025-12-01,lupa_absen_pulang,,07:00,800/106/RSUD/2025,disetujui`],
    });
    expect(row).toMatchObject({ check_out: "07:00:00", early: 0, missing_check_out: false });
  });
});

describe("apel pagi and upacara (docs/aturan.md#pola-kerja)", () => {
  const apel = {
    period: ["2025-12-01", "2025-12-09"] as [string, string],
    apel: [
      `2025-12-01,apel_pagi,${CLERK},ya`,
      `2025-12-08,apel_pagi,${CLERK},tidak`,
      `2025-12-08,apel_pagi,${CLERK},tidak`, // the same roll call listed twice counts once
      `2025-12-09,upacara,${CLERK},tidak`, // on approved leave: not a missed apel
      `2025-12-06,apel_pagi,${CLERK},tidak`, // a Saturday, no working day
    ],
    absences: [`${CLERK},cuti,2025-12-09,2025-12-09,851/12/2025`],
  };

  it("a missed apel is counted once, an apel missed on a leave day or a day off not at all", async () => {
    const db = await build(apel);
    const rows = await db.rows(`select month::varchar as month, apel_expected, apel_attended, apel_missed from marts.apel_monthly`);
    const lines = await db.rows(`select count(*)::integer as n from marts.tpp_deduction_lines where event = 'apel_tidak_hadir'`);
    db.close();
    expect(rows).toEqual([{ month: "2025-12-01", apel_expected: 2, apel_attended: 1, apel_missed: 1 }]);
    expect(lines).toEqual([{ n: 0 }]); // the TPP rule is off by default
  });

  it("with the instansi's rule on (2% per apel), the missed apel is a TPP line that names it", async () => {
    const db = await build({ ...apel, config: { tpp: { missed_apel_pct: 2 } } });
    const lines = await db.rows(`select date::varchar as date, pct, rule from marts.tpp_deduction_lines where event = 'apel_tidak_hadir'`);
    db.close();
    expect(lines).toEqual([{ date: "2025-12-08", pct: 2, rule: "Tidak mengikuti apel/upacara: 2% per apel" }]);
  });
});
