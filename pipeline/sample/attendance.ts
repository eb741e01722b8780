// One pass over the span writes mobile presensi (monthly), fingerprint attlogs (per device; one
// OPD's machine as a GLog text export) and aktivitas (monthly) from the plan, each person on their
// work pattern: the default week, the six-day unit's (Saturdays too), paruh waktu mornings, or the
// RSUD roster (weekends and holidays too; a night shift's check-out on the next morning). Each
// (employee, day) has its own seeded stream, so a day's times do not depend on the order of
// anything else.
import { activitiesFor, dinasLuarActivity, type Activity } from "./activities.ts";
import { addAttendanceDirt, type DirtTargets } from "./attendance-dirt.ts";
import { dayAfter, type Calendar, type Day } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import type { Layouts } from "./layouts.ts";
import { offset } from "./organisation.ts";
import { absentOn, activeOn, hoursOn, Pattern, rosterCode, shiftHours, type WorkPatterns } from "./patterns.ts";
import { St, type Plan } from "./plan.ts";
import { Rng } from "./random.ts";
import type { Roles } from "./roles.ts";
import { ChunkWriter, HM, HMS } from "./writers.ts";

export const PRESENSI_HEADER = ["nip", "tanggal", "jam_masuk", "jam_pulang", "lat_masuk", "lon_masuk", "lat_pulang", "lon_pulang", "metode", "akurasi_m", "lokasi_palsu"];
export const AKTIVITAS_HEADER = ["nip", "tanggal", "jam_mulai", "jam_selesai", "uraian", "volume", "satuan", "menit", "status"];

export interface AttendanceContext {
  out: string;
  seed: number;
  cal: Calendar;
  employees: Employee[];
  plan: Plan;
  roles: Roles;
  log: CaseLog;
  layouts: Layouts;
  patterns: WorkPatterns;
}

/** A PIN enrolled on a device but missing from mesin_pegawai (e.g. a technician's test finger). */
const STRAY_PIN = 99_999;
const fmt6 = (x: number) => x.toFixed(6);
const pinPad = (pin: number) => String(pin).padStart(9, " ");
/** GLog's header: it has two more tabs than its rows have fields (as the machines' software writes it). */
export const GLOG_HEADER = "No\tMchn\tEnNo\t\tName\t\tMode\tIOMd\tDateTime\t";
/** GLog's Name: 24 characters, cut or padded with spaces. */
export const glogName = (name: string) => name.slice(0, 24).padEnd(24, " ");
/** Punches are packed in one number so a day's punches on a device sort by time, then PIN. */
const nextMonth = (ym: string) => {
  const m = Number(ym.slice(5, 7));
  return m === 12 ? `${Number(ym.slice(0, 4)) + 1}-01` : `${ym.slice(0, 5)}${String(m + 1).padStart(2, "0")}`;
};
const packPunch = (t: number, pin: number, status: number, face: number) => ((t * 100000 + pin) * 8 + status) * 2 + face;

class YearWriter {
  private readonly r: Rng;
  private readonly n: number;
  // Per-person habits, fixed for the year.
  private readonly earlyMean: Float32Array;
  private readonly lateP: Float32Array;
  private readonly earlyLeaveP: Float32Array;
  private readonly stay: Float32Array;
  private readonly perDay: Float32Array;
  /** Share of the working day a person's logged activities cover (quiet performers: all of it). */
  private readonly coverage: Float32Array;
  private readonly quiet: Uint8Array;
  private readonly acts: Activity[][];
  readonly lateMin: Int32Array;
  readonly lateDays: Int32Array;
  readonly earlyMin: Int32Array;
  private readonly attlog = new Map<string, ChunkWriter>();
  /** The GLog machine: its device, its PINs' padded names (by PIN - base), its running number. */
  private readonly glogDevice: string;
  private readonly glogNames = new Map<number, string>();
  private glogNo = 0;
  private readonly punches = new Map<string, number[]>();
  /** Night shifts' check-outs, for the next day's list. */
  private readonly carry = new Map<string, number[]>();
  /** People who check in with a mock-location app now and then (non-planted, mobile). */
  private readonly mockUser: Uint8Array;
  readonly done: { file: string; rows: number }[] = [];
  private readonly targets: DirtTargets = { presensi: new Map(), aktivitas: new Map() };
  private presensi: ChunkWriter | null = null;
  private aktivitas: ChunkWriter | null = null;
  private readonly twin: ChunkWriter;
  private readonly overlap: ChunkWriter;
  readonly overlapFrom: string;
  readonly overlapTo: string;
  /** The month written twice (presensi_YYYY-03_ulang.csv) and the span's last month. */
  readonly twinMonth: string;
  private readonly lastMonth: string;
  // The day being written.
  private month = 0;
  /** Its month as "YYYY-MM". */
  private ym = "";
  private date = "";
  private inOverlap = false;
  private yearEnd = false;

  constructor(private readonly ctx: AttendanceContext) {
    const { employees, roles, seed, out, cal } = ctx;
    const n = (this.n = employees.length);
    this.r = new Rng(seed);
    this.earlyMean = new Float32Array(n);
    this.lateP = new Float32Array(n);
    this.earlyLeaveP = new Float32Array(n);
    this.stay = new Float32Array(n);
    this.perDay = new Float32Array(n);
    this.coverage = new Float32Array(n);
    this.quiet = new Uint8Array(n);
    this.lateMin = new Int32Array(n);
    this.lateDays = new Int32Array(n);
    this.earlyMin = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      this.r.reseed(seed, e, 0x4ab17);
      this.earlyMean[e] = this.r.int(5, 35);
      this.stay[e] = this.r.int(3, 50);
      this.perDay[e] = 1 + this.r.next() * 2;
      this.coverage[e] = 0.55 + this.r.next() * 0.4;
      if (!roles.clean[e]) {
        this.lateP[e] = 0.01 + this.r.next() * 0.04;
        this.earlyLeaveP[e] = 0.005 + this.r.next() * 0.01;
      }
    }
    roles.chronicLate.forEach((e, i) => {
      this.lateP[e] = 0.55 + (i % 4) * 0.1;
      if (i % 3 === 0) this.earlyLeaveP[e] = 0.3;
    });
    for (const e of roles.quiet) {
      this.quiet[e] = 1;
      this.perDay[e] = 3;
      this.coverage[e] = 1;
    }
    const cache = new Map<string, Activity[]>();
    this.acts = employees.map((emp) => {
      const key = `${emp.category}|${emp.jenisJabatan}`;
      if (!cache.has(key)) cache.set(key, activitiesFor(emp));
      return cache.get(key)!;
    });
    const { layouts } = ctx;
    this.glogDevice = layouts.glog.deviceId;
    for (const emp of employees) {
      if (emp.pin >= STRAY_PIN) throw new Error("sampel: terlalu banyak pegawai pada satu mesin");
      const id = emp.opd.deviceId;
      if (id === this.glogDevice && emp.mode === "kantor") this.glogNames.set(emp.pin, glogName(emp.nama));
      if (this.attlog.has(id)) continue;
      this.attlog.set(id, id === this.glogDevice
        ? new ChunkWriter(out, layouts.glogFile, [GLOG_HEADER], { eol: "\r\n", encoding: "windows-1252" })
        : new ChunkWriter(out, `${id}_attlog.dat`));
      this.punches.set(id, []);
      this.carry.set(id, []);
    }
    this.mockUser = new Uint8Array(n);
    const mobile = employees.filter((e) => e.mode === "mobile" && !roles.planted[e.idx] && e.lifecycle === "regular");
    for (let k = 0; k < Math.max(3, Math.round(n / 1200)) && k < mobile.length; k++) this.mockUser[mobile[Math.floor((k * mobile.length) / Math.max(3, Math.round(n / 1200)))].idx] = 1;
    const months = [...new Set(cal.days.map((d) => d.iso.slice(0, 7)))];
    const prefer = (mm: string) => [`${cal.year}-${mm}`, ...months.filter((m) => m.endsWith(`-${mm}`))].find((m) => months.includes(m));
    this.twinMonth = prefer("03") ?? months[0];
    this.lastMonth = months[months.length - 1];
    this.twin = new ChunkWriter(out, `presensi_${this.twinMonth}_ulang.csv`, PRESENSI_HEADER);
    // An export of 16 June to 15 July beside the monthly ones; in a span without both, the 16th of
    // its sixth month to the 15th of the next.
    const june = [`${cal.year}-06`, ...months.filter((m) => m.endsWith("-06"))].find((m) => months.includes(m) && months.includes(nextMonth(m)));
    const from = june ?? months[Math.min(5, months.length - 2)];
    this.overlapFrom = `${from}-16`;
    this.overlapTo = `${nextMonth(from)}-15`;
    this.overlap = new ChunkWriter(out, `aktivitas_${this.overlapFrom}_sd_${this.overlapTo}.csv`, AKTIVITAS_HEADER);
  }

  run(): void {
    const { cal, plan, seed, employees, patterns } = this.ctx;
    const of = patterns.of;
    const sixDay = employees.filter((e) => of[e.idx] === Pattern.SixDay);
    let strayDone = false;
    for (let d = 0; d < cal.days.length; d++) {
      const day = cal.days[d];
      if (day.month !== this.month) this.openMonth(day);
      this.date = day.iso;
      this.takeCarry();
      this.inOverlap = day.iso >= this.overlapFrom && day.iso <= this.overlapTo;
      this.yearEnd = this.ym === this.lastMonth && day.iso.slice(8) >= "15";
      const w = cal.workIndex[d];
      if (day.working) {
        for (let e = 0; e < this.n; e++) {
          const s = plan.status[e * plan.nWork + w] as St;
          if (s === St.Inactive || s === St.Tk || s === St.Izin || s === St.Sakit || s === St.Cuti || s === St.TugasBelajar || of[e] === Pattern.Rostered) continue;
          this.r.reseed(seed, e, d, 0xda7);
          const [start, end] = of[e] === Pattern.Default ? [day.start, day.end] : hoursOn(of[e] as Pattern, day, cal.off)!;
          this.employeeDay(employees[e], s, day, start, end);
        }
      } else if (!cal.off.has(day.iso)) {
        // The six-day unit's Saturdays (the plan covers Monday-Friday).
        for (const emp of sixDay) {
          const hours = hoursOn(Pattern.SixDay, day, cal.off);
          if (!hours || !activeOn(emp, day.iso) || absentOn(patterns, emp.idx, day.iso)) continue;
          this.r.reseed(seed, emp.idx, d, 0xda7);
          this.employeeDay(emp, St.Present, day, hours[0], hours[1]);
        }
      }
      for (const e of patterns.rostered) this.rosterDay(employees[e], d, day);
      if (!strayDone && day.month === 2 && day.working) {
        strayDone = true;
        const first = employees[0].opd.deviceId;
        this.punches.get(first)!.push(packPunch(7 * 3600 + 1234, STRAY_PIN, 0, 0), packPunch(16 * 3600 + 1500, STRAY_PIN, 1, 0));
      }
      this.flushPunches();
    }
    // The last night shift's check-out, on the day after the span.
    this.date = dayAfter(cal);
    this.takeCarry();
    this.flushPunches();
    this.closeMonth();
    this.done.push(this.twin.close(), this.overlap.close());
    for (const writer of this.attlog.values()) this.done.push(writer.close());
  }

  private openMonth(day: Day): void {
    this.closeMonth();
    this.month = day.month;
    const mm = (this.ym = day.iso.slice(0, 7));
    this.presensi = new ChunkWriter(this.ctx.out, `presensi_${mm}.csv`, PRESENSI_HEADER);
    this.aktivitas = new ChunkWriter(this.ctx.out, `aktivitas_${mm}.csv`, AKTIVITAS_HEADER);
  }

  private closeMonth(): void {
    if (!this.presensi || !this.aktivitas) return;
    addAttendanceDirt({ ...this.ctx, month: this.ym, presensi: this.presensi, aktivitas: this.aktivitas, targets: this.targets });
    this.done.push(this.presensi.close(), this.aktivitas.close());
  }

  private takeCarry(): void {
    for (const [id, list] of this.carry) {
      if (list.length === 0) continue;
      this.punches.get(id)!.push(...list);
      list.length = 0;
    }
  }

  /** A rostered person's day: punches around the shift (none on libur), activities within it. */
  private rosterDay(emp: Employee, d: number, day: Day): void {
    const { patterns, seed } = this.ctx;
    const e = emp.idx;
    const code = rosterCode(patterns, e, d);
    if (code === "libur" || !activeOn(emp, day.iso) || absentOn(patterns, e, day.iso)) return;
    const fault = patterns.rosterFaults.get(`${e}|${d}`);
    if (fault === "tk") return;
    const r = this.r.reseed(seed, e, d, 0x5f1);
    const [start, end] = shiftHours(code);
    const checkIn = fault === "late_20" ? (start + 20) * 60 : start * 60 - r.int(5, 25) * 60 - r.int(0, 59);
    const checkOut = fault === "no_checkout" ? -1 : end * 60 + r.int(1, 15) * 60 + r.int(0, 59);
    const face = emp.verify === 15 ? 1 : 0, id = emp.opd.deviceId;
    this.punches.get(id)!.push(packPunch(checkIn, emp.pin, 0, face));
    if (checkOut >= 86_400) this.carry.get(id)!.push(packPunch(checkOut - 86_400, emp.pin, 1, face));
    else if (checkOut >= 0) this.punches.get(id)!.push(packPunch(checkOut, emp.pin, 1, face));
    // Activities within the shift, on its own date (a night's stop before midnight).
    const from = Math.ceil(checkIn / 60) + r.int(10, 20);
    const to = Math.min(end, 23 * 60 + 50) - r.int(0, 10);
    const count = Math.max(1, Math.min(3, Math.round(this.perDay[e] + r.normal() * 0.5)));
    const span = Math.floor((to - from) / count);
    const list = this.acts[e];
    for (let k = 0; k < count && span > 20; k++) {
      this.activity(emp, list[r.int(0, list.length - 1)], from + k * span + (k === 0 ? 0 : r.int(0, 10)), from + (k + 1) * span - r.int(0, 10));
    }
  }

  private employeeDay(emp: Employee, s: St, day: Day, start: number, end: number): void {
    const r = this.r, e = emp.idx;
    if (s === St.DinasLuar) {
      if (r.chance(0.5)) this.activity(emp, dinasLuarActivity, 8 * 60, 15 * 60);
      return;
    }
    // Times in seconds after midnight. Late arrivals and early leaves fall on whole minutes
    // so their minutes are exact whichever way seconds are rounded.
    const startS = start * 60, endS = end * 60;
    let checkIn = -1, checkOut = -1;
    // A machine fault or an official task: no punch at all (koreksi_presensi sets the times).
    const unpunched = s === St.MachineFault || s === St.OfficialTask;
    if (s !== St.NoCheckin && !unpunched) {
      if (r.chance(this.lateP[e])) {
        const minutes = this.lateP[e] > 0.5 ? r.int(20, 90) : r.int(1, 15);
        checkIn = startS + minutes * 60;
        this.lateMin[e] += minutes;
        this.lateDays[e]++;
      } else {
        checkIn = startS - Math.max(60, Math.round((this.earlyMean[e] + r.normal() * 6) * 60)) - r.int(0, 59);
      }
    }
    if (s !== St.NoCheckout && s !== St.ForgotCheckout && !unpunched) {
      if (r.chance(this.earlyLeaveP[e])) {
        const minutes = this.earlyLeaveP[e] > 0.2 ? r.int(15, 60) : r.int(5, 30);
        checkOut = endS - minutes * 60;
        this.earlyMin[e] += minutes;
      } else {
        checkOut = endS + Math.max(60, Math.round((this.stay[e] + r.normal() * 10) * 60)) + r.int(0, 59);
      }
    }
    if (unpunched) {
      // nothing from the machine or the app
    } else if (emp.mode === "mobile") this.mobileRow(emp, s === St.Outside, checkIn, checkOut);
    else this.fingerprint(emp, day, checkIn, checkOut, end);

    // Activities between arrival and departure (none on a "present, no activity" day).
    if (s === St.NoActivity) return;
    const from = (checkIn < 0 ? start : Math.ceil(checkIn / 60)) + r.int(5, 15);
    const leave = (checkOut < 0 ? end : Math.floor(checkOut / 60)) - r.int(0, 10);
    const to = s === St.ForgotCheckout ? r.int(18 * 60 + 15, 21 * 60) : from + Math.round((leave - from) * this.coverage[e]);
    const count = Math.max(1, Math.min(3, Math.round(this.perDay[e] + r.normal() * 0.5)));
    const span = Math.floor((to - from) / count);
    const list = this.acts[e];
    for (let k = 0; k < count && span > 20; k++) {
      const a = from + k * span + (k === 0 ? 0 : r.int(0, 10));
      const b = from + (k + 1) * span - r.int(0, 10);
      this.activity(emp, list[r.int(0, list.length - 1)], a, b);
    }
    if (emp.mode === "kantor" && !this.ctx.roles.planted[e] && !this.targets.aktivitas.has(this.ym)) {
      this.targets.aktivitas.set(this.ym, { e, date: this.date });
    }
  }

  private activity(emp: Employee, a: Activity, from: number, to: number): void {
    const r = this.r, quiet = this.quiet[emp.idx];
    const vol = quiet ? a.volMax : r.int(a.volMin, a.volMax);
    // 5% menunggu in a settled month; in the span's last month the atasan have not caught up from
    // the 15th (20%), about 13% of the month in all: above productivity.open_approval_pct (10).
    const status = quiet ? "disetujui" : r.next() < (this.yearEnd ? 0.6 : 0.9) ? "disetujui" : r.chance(0.5) ? "menunggu" : "ditolak";
    const text = `${emp.nip},${this.date},${HM[from]},${HM[to]},${a.uraian[this.month - 1]},${vol},${a.satuan},${to - from},${status}\n`;
    this.aktivitas!.line(text);
    if (this.inOverlap) this.overlap.line(text);
  }

  private mobileRow(emp: Employee, far: boolean, checkIn: number, checkOut: number): void {
    const r = this.r, u = emp.unit;
    const metode = far ? "mobile" : r.next() < 0.93 ? "mobile" : r.chance(0.85) ? "web" : "manual";
    let coords = ",,,", gps = ",";
    if (metode === "mobile") {
      const [la, lo] = offset(u.lat, u.lon, far ? r.int(1100, 5000) : r.next() * u.radius * 0.6, r.next() * 2 * Math.PI);
      const [lb, lob] = far ? offset(la, lo, r.int(5, 60), r.next() * 2 * Math.PI) : offset(u.lat, u.lon, r.next() * u.radius * 0.6, r.next() * 2 * Math.PI);
      coords = checkIn < 0 ? `,,${fmt6(lb)},${fmt6(lob)}` : checkOut < 0 ? `${fmt6(la)},${fmt6(lo)},,` : `${fmt6(la)},${fmt6(lo)},${fmt6(lb)},${fmt6(lob)}`;
      // GPS quality of the check-in (docs/aturan.md#pola-kerja): now and then a mock-location app (the office's
      // coordinates, a too-good accuracy) or a poor fix indoors; never on a planted person.
      const planted = this.ctx.roles.planted[emp.idx] === 1;
      const mock = checkIn >= 0 && this.mockUser[emp.idx] === 1 && r.chance(0.03);
      const poor = checkIn >= 0 && !mock && !planted && !far && r.chance(0.0006);
      const accuracy = `${mock ? 3 : poor ? r.int(150, 900) : r.int(4, 30)}.${r.int(0, 9)}`;
      gps = `${accuracy},${mock ? "ya" : "tidak"}`;
      if (mock) this.ctx.log.add(emp.nip, "mock_location", `${this.date}: lokasi_palsu ya, akurasi_m ${accuracy}, coordinates inside the geofence`, this.presensi!.file, this.presensi!.nextLine);
      if (poor) this.ctx.log.add(emp.nip, "low_gps_accuracy", `${this.date}: akurasi_m ${accuracy} (beyond 100 m), lokasi_palsu tidak`, this.presensi!.file, this.presensi!.nextLine);
    }
    const text = `${emp.nip},${this.date},${checkIn < 0 ? "" : HMS[checkIn]},${checkOut < 0 ? "" : HMS[checkOut]},${coords},${metode},${gps}\n`;
    this.presensi!.line(text);
    if (this.ym === this.twinMonth) this.twin.line(text);
    if (!this.ctx.roles.planted[emp.idx] && !this.targets.presensi.has(this.ym)) {
      this.targets.presensi.set(this.ym, { e: emp.idx, date: this.date });
    }
  }

  /** Check-in (0) and check-out (1), sometimes twice a minute apart, sometimes a lunch break (2, 3). */
  private fingerprint(emp: Employee, day: Day, checkIn: number, checkOut: number, end: number): void {
    const r = this.r, list = this.punches.get(emp.opd.deviceId)!;
    const face = emp.verify === 15 ? 1 : 0, pin = emp.pin;
    if (checkIn >= 0) {
      list.push(packPunch(checkIn, pin, 0, face));
      if (r.chance(0.04)) list.push(packPunch(checkIn + r.int(40, 80), pin, 0, face));
    }
    // A lunch break out and in, on days that run into the afternoon.
    if (r.chance(0.05) && end >= 15 * 60) {
      const noon = day.dow === 5 ? 11 * 3600 + 30 * 60 : 12 * 3600;
      list.push(packPunch(noon + r.int(0, 900), pin, 2, face), packPunch(noon + 2400 + r.int(0, 1800), pin, 3, face));
    }
    if (checkOut >= 0) {
      list.push(packPunch(checkOut, pin, 1, face));
      // The repeated punch comes first, so the last punch is still the check-out.
      if (r.chance(0.03)) list.push(packPunch(checkOut - r.int(40, 80), pin, 1, face));
    }
  }

  private flushPunches(): void {
    for (const [deviceId, list] of this.punches) {
      if (list.length === 0) continue;
      list.sort((a, b) => a - b);
      const writer = this.attlog.get(deviceId)!;
      if (deviceId === this.glogDevice) {
        this.flushGlog(writer, list);
        continue;
      }
      const prefix = `\t${this.date} `, suffix = `\t${deviceId}\t`;
      for (const key of list) {
        const face = key % 2, status = Math.floor(key / 2) % 8, rest = Math.floor(key / 16);
        const pin = rest % 100000, t = Math.floor(rest / 100000);
        if (pin === STRAY_PIN) this.ctx.log.add("", "dirt_unknown_pin", `PIN ${STRAY_PIN} is not in mesin_pegawai.csv`, writer.file, writer.rows + 1);
        writer.line(`${pinPad(pin)}${prefix}${HMS[t]}${suffix}${status}\t${face ? 15 : 1}\t0\r\n`);
      }
      list.length = 0;
    }
  }

  /** GLog rows: No (6 digits), Mchn, EnNo (PIN, 9 digits), Name (24), Mode, IOMd (the status), "YYYY/MM/DD  HH:MM:SS". */
  private flushGlog(writer: ChunkWriter, list: number[]): void {
    const machine = `\t${this.ctx.layouts.machine}\t`, date = `\t${this.date.replaceAll("-", "/")}  `;
    for (const key of list) {
      const status = Math.floor(key / 2) % 8, rest = Math.floor(key / 16);
      const pin = rest % 100000, t = Math.floor(rest / 100000);
      writer.line(`${String(++this.glogNo).padStart(6, "0")}${machine}${String(pin).padStart(9, "0")}\t${this.glogNames.get(pin)}\t1\t${status}${date}${HMS[t]}\r\n`);
    }
    list.length = 0;
  }
}

export function writeAttendance(ctx: AttendanceContext): { file: string; rows: number }[] {
  const { employees, log, roles, cal } = ctx;
  const y = new YearWriter(ctx);
  y.run();
  const march = `presensi_${y.twinMonth}`;
  log.add("", "dirt_duplicate_month", `${march}_ulang.csv repeats every row of ${march}.csv (same natural keys)`, `${march}_ulang.csv`);
  const overlap = `aktivitas_${y.overlapFrom}_sd_${y.overlapTo}.csv`;
  log.add("", "dirt_overlapping_export", `${overlap} repeats the rows of ${y.overlapFrom}..${y.overlapTo} from the monthly files`, overlap);
  for (const e of roles.chronicLate) {
    log.add(employees[e].nip, "chronic_late", `late on ${y.lateDays[e]} days, ${y.lateMin[e]} late minutes, ${y.earlyMin[e]} early-leave minutes in the ${cal.years.length > 1 ? "span" : "year"} (${employees[e].mode}; late/early times on whole minutes)`);
  }
  return y.done;
}
