// The sample's planted attendance cases really are in the files: TK recounted from the exports
// alone (presensi, attlog and GLog, ketidakhadiran and the recap workbook, holidays, the RSUD
// roster, instansi.json's work patterns, approved corrections), independently of the generator's
// plan; rosters, six-day units, corrections, apel and GPS quality read from the files.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type SiasnEmployee } from "./helpers/sample-files.ts";
import { EMPLOYEES, Generated, useSamples, SampleFiles, casesNamed, datesIn, readExport, minutesOf, WorkPattern, nextDate, datesOfYear, Day, recountTk } from "./helpers/sample-cases.ts";

const { sample } = useSamples();
let a: Generated;
let files: SampleFiles;

beforeAll(async () => {
  a = await sample(1);
  files = new SampleFiles(a.out);
}, 120_000);

const lineOf = (file: string, line: number) => readFileSync(join(a.out, file), "utf8").split(/\r?\n/)[line - 1];

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
