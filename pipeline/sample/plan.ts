// The attendance plan: one status per employee per working day, decided before any file is
// written, so that TK counts, runs and absences are exact by construction.
import { workRangeOf, type Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import { Pattern, type WorkPatterns } from "./patterns.ts";
import type { Rng } from "./random.ts";
import type { Roles } from "./roles.ts";

export const enum St {
  Inactive = 0,
  Present = 1,
  Tk = 2,
  Izin = 3,
  Sakit = 4,
  Cuti = 5,
  DinasLuar = 6,
  TugasBelajar = 7,
  NoCheckout = 8,
  NoCheckin = 9,
  NoActivity = 10,
  /** Checked in, never checked out, logged activities into the evening. */
  ForgotCheckout = 11,
  /** Mobile check-in 1-5 km from the unit. */
  Outside = 12,
  /** No punch at all (the machine was down): an approved kendala_mesin correction sets the times. */
  MachineFault = 13,
  /** No punch, out on an official task: an approved tugas_kedinasan correction sets the times. */
  OfficialTask = 14,
}

export type CorrectionKind = "lupa_absen_masuk" | "lupa_absen_pulang" | "kendala_mesin" | "tugas_kedinasan";
export type CorrectionStatus = "disetujui" | "ditolak" | "menunggu";

/** A koreksi_presensi request for one working day (times are set by its writer from the day's hours). */
export interface Correction {
  e: number;
  w: number;
  jenis: CorrectionKind;
  status: CorrectionStatus;
}

export const ABSENCE_JENIS: Record<number, string> = {
  [St.Izin]: "izin", [St.Sakit]: "sakit", [St.Cuti]: "cuti", [St.DinasLuar]: "dinas_luar", [St.TugasBelajar]: "tugas_belajar",
};

export interface Absence {
  e: number;
  status: St;
  /** Working-day indices, inclusive. */
  from: number;
  to: number;
}

export interface Plan {
  nWork: number;
  /** status[e * nWork + w]. */
  status: Uint8Array;
  absences: Absence[];
  corrections: Correction[];
}

export function buildPlan(employees: Employee[], roles: Roles, cal: Calendar, rng: Rng, log: CaseLog, patterns: WorkPatterns): Plan {
  const rostered = (e: number) => patterns.of[e] === Pattern.Rostered;
  const nWork = cal.workDays.length;
  const status = new Uint8Array(employees.length * nWork);
  const absences: Absence[] = [];
  const iso = (w: number) => cal.days[cal.workDays[w]].iso;
  const at = (e: number, w: number) => status[e * nWork + w];
  const set = (e: number, w: number, s: St) => (status[e * nWork + w] = s);
  for (const emp of employees) for (let w = emp.fromWork; w <= emp.toWork; w++) set(emp.idx, w, St.Present);

  /** A block of `len` working days starting at w, if every day is still plainly present. */
  const free = (e: number, w: number, len: number) => {
    const emp = employees[e];
    if (w <= emp.fromWork || w + len - 1 >= emp.toWork) return false;
    for (let k = 0; k < len; k++) if (at(e, w + k) !== St.Present) return false;
    return true;
  };
  const absent = (e: number, s: St, from: number, to: number) => {
    for (let w = from; w <= to; w++) set(e, w, s);
    absences.push({ e, status: s, from, to });
  };
  const place = (e: number, s: St, len: number) => {
    const emp = employees[e];
    for (let attempt = 0; attempt < 8; attempt++) {
      const w = rng.int(emp.fromWork + 1, Math.max(emp.fromWork + 1, emp.toWork - len));
      if (free(e, w, len)) return absent(e, s, w, w + len - 1);
    }
  };
  /** k TK days, never on the first or last active day, never two in a row; within working days [lo, hi] when given. */
  const scatterTk = (e: number, k: number, [lo, hi] = [0, nWork - 1]): number[] => {
    const emp = employees[e];
    const candidates: number[] = [];
    for (let w = Math.max(emp.fromWork + 1, lo); w < emp.toWork && w <= hi; w++) if (at(e, w) === St.Present) candidates.push(w);
    const chosen: number[] = [];
    for (const w of rng.shuffle(candidates)) {
      if (chosen.length === k) break;
      if (at(e, w - 1) === St.Tk || at(e, w + 1) === St.Tk) continue;
      set(e, w, St.Tk);
      chosen.push(w);
    }
    if (chosen.length !== k) throw new Error(`sampel: tidak dapat menempatkan ${k} hari TK untuk satu pegawai kasus`);
    return chosen.sort((a, b) => a - b);
  };
  const datesOf = (ws: number[]) => ws.map(iso).join(" ");
  const sample = (e: number, s: St, share: number) => {
    const days: number[] = [];
    for (let w = employees[e].fromWork; w <= employees[e].toWork; w++) {
      if (at(e, w) === St.Present && rng.chance(share)) {
        set(e, w, s);
        days.push(w);
      }
    }
    return days;
  };

  // Consecutive runs first: they need a clear window around a weekday holiday.
  const anchors = runAnchors(cal, ["05-01", "08-17", "09-05"]);
  roles.runs.forEach(({ e, length }, i) => {
    const start = anchors[i % anchors.length] - 4;
    for (let w = start; w < start + length; w++) set(e, w, St.Tk);
    const ws = Array.from({ length }, (_, k) => start + k);
    log.add(employees[e].nip, `tk_consecutive_${length}`,
      `${length} consecutive working days TK ${iso(start)}..${iso(start + length - 1)} (weekend and holiday inside; ${length} TK days in the year; present on ${iso(start - 1)} and ${iso(start + length)}): ${datesOf(ws)}`);
  });
  const runPeople = new Set(roles.runs.map((r) => r.e));
  // Across a year end: 10 working days TK from 22 December, the 10th in January (docs/aturan.md#disiplin: one
  // run, whose recommendation belongs to the year of its 10th day).
  if (roles.yearEndRun !== undefined) {
    const e = roles.yearEndRun;
    const start = yearEndRunStart(cal);
    if (start < 0) throw new Error("sampel: rentang tidak memuat 22 Desember sampai sepuluh hari kerja sesudahnya untuk rangkaian TK akhir tahun");
    const ws = Array.from({ length: 10 }, (_, k) => start + k);
    for (const w of ws) set(e, w, St.Tk);
    runPeople.add(e);
    const first = cal.days[cal.workDays[start]].year;
    log.add(employees[e].nip, "tk_consecutive_10_year_end",
      `10 consecutive working days TK ${iso(start)}..${iso(start + 9)} across the year end (weekends, holidays and cuti bersama inside do not count or break it; ${ws.filter((w) => cal.days[cal.workDays[w]].year === first).length} TK days in ${first}, ${ws.filter((w) => cal.days[cal.workDays[w]].year !== first).length} in ${first + 1}; present on ${iso(start - 1)} and ${iso(start + 10)}): ${datesOf(ws)}`);
  }

  // Long absences.
  for (const e of roles.tugasBelajar) {
    const from = Math.max(employees[e].fromWork + 1, Math.floor(nWork * 0.67));
    absent(e, St.TugasBelajar, from, employees[e].toWork);
    log.add(employees[e].nip, "tugas_belajar", `tugas_belajar ${iso(from)}..${iso(employees[e].toWork)}`);
  }
  for (const e of roles.cutiMelahirkan) {
    const from = rng.int(20, nWork - 90);
    absent(e, St.Cuti, from, from + 62);
    log.add(employees[e].nip, "cuti_melahirkan", `cuti ${iso(from)}..${iso(from + 62)} (63 working days)`);
  }

  // Ordinary absences for everyone (not around the consecutive runs).
  for (const emp of employees) {
    const e = emp.idx;
    if (runPeople.has(e) || emp.toWork - emp.fromWork < 20) continue;
    const manager = emp.jenisJabatan !== "pelaksana" && emp.jenisJabatan !== "fungsional";
    if (rng.chance(0.55)) for (let b = rng.int(1, 2); b > 0; b--) place(e, St.Cuti, rng.int(1, 5));
    if (rng.chance(0.25)) place(e, St.Sakit, rng.int(1, 3));
    if (rng.chance(0.2)) place(e, St.Izin, 1);
    if (rng.chance(manager ? 0.5 : 0.15)) for (let b = rng.int(1, 2); b > 0; b--) place(e, St.DinasLuar, rng.int(1, 3));
  }

  // TK: exact for the ladder, 0-2 for about a fifth of everyone else.
  // The ladder counts per calendar year: its days stay within the cases' year.
  const caseYear = workRangeOf(cal, cal.year);
  for (const { e, days } of roles.ladder) {
    const ws = scatterTk(e, days, caseYear);
    log.add(employees[e].nip, `tk_days_${days}`, `${days} TK days, never two in a row, no late/early minutes, no missing punch (${employees[e].mode}): ${datesOf(ws)}`);
  }
  for (const { e, days } of roles.pppkLadder) {
    const ws = scatterTk(e, days, caseYear);
    log.add(employees[e].nip, `pppk_tk_days_${days}`, `PPPK, ${days} TK days, never two in a row, no late/early minutes, no missing punch (${employees[e].mode}): ${datesOf(ws)}`);
  }
  // Rostered people's attendance follows their roster (patterns.ts), not these working days.
  for (const emp of employees) {
    if ((roles.planted[emp.idx] && roles.clean[emp.idx]) || rostered(emp.idx)) continue;
    if (emp.toWork - emp.fromWork > 20 && rng.chance(0.2)) scatterTk(emp.idx, rng.int(1, 2));
  }

  // Present-day variants.
  const variant = (people: number[], s: St, name: string, lo: number, hi: number, what: string) => {
    for (const e of people) {
      const days = sample(e, s, lo + rng.next() * (hi - lo));
      log.add(employees[e].nip, name, `${days.length} days ${what} (${employees[e].mode}): ${datesOf(days.slice(0, 8))}${days.length > 8 ? " ..." : ""}`);
    }
  };
  variant(roles.presentNoActivity, St.NoActivity, "present_no_activity", 0.35, 0.6, "with check-in and check-out but no aktivitas");
  variant(roles.forgotCheckout, St.ForgotCheckout, "forgot_checkout_activity", 0.015, 0.03, "with check-in only and aktivitas until the evening");
  variant(roles.missingCheckout, St.NoCheckout, "missing_checkout", 0.02, 0.04, "with a check-in but no check-out");
  variant(roles.missingCheckin, St.NoCheckin, "missing_checkin", 0.02, 0.04, "with a check-out but no check-in");
  variant(roles.outsideGeofence, St.Outside, "outside_geofence", 0.25, 0.6, "checking in 1-5 km from the unit");
  const corrections: Correction[] = [];
  const lastMonth = cal.days[cal.workDays[nWork - 1]].iso.slice(0, 7);
  /** Requests for a forgotten punch: mostly approved; pending mostly in the last month, not yet decided. */
  const request = (e: number, w: number, jenis: CorrectionKind) => {
    const late = iso(w).slice(0, 7) === lastMonth;
    const r = rng.next();
    corrections.push({ e, w, jenis, status: r < 0.12 ? "ditolak" : r < (late ? 0.75 : 0.14) ? "menunggu" : "disetujui" });
  };
  for (const emp of employees) {
    if (roles.planted[emp.idx] || rostered(emp.idx)) continue;
    for (let w = emp.fromWork; w <= emp.toWork; w++) {
      const e = emp.idx, s = at(e, w);
      if (s === St.Tk) {
        // A machine-fault claim for a day nobody vouches for: rejected, the day stays TK.
        if (rng.chance(0.06)) corrections.push({ e, w, jenis: "kendala_mesin", status: "ditolak" });
        continue;
      }
      if (s !== St.Present) continue;
      const r = rng.next();
      if (r < 0.006) {
        set(e, w, St.NoCheckout);
        if (rng.chance(0.15)) request(e, w, "lupa_absen_pulang");
      } else if (r < 0.009) {
        set(e, w, St.NoCheckin);
        if (rng.chance(0.15)) request(e, w, "lupa_absen_masuk");
      } else if (r < 0.0095 && w > emp.fromWork && w < emp.toWork) {
        set(e, w, St.MachineFault);
        corrections.push({ e, w, jenis: "kendala_mesin", status: "disetujui" });
      } else if (r < 0.0098 && w > emp.fromWork && w < emp.toWork) {
        set(e, w, St.OfficialTask);
        corrections.push({ e, w, jenis: "tugas_kedinasan", status: "disetujui" });
      } else if (r < 0.04) set(e, w, St.NoActivity);
    }
  }
  corrections.sort((x, y) => x.w - y.w || x.e - y.e);
  return { nWork, status, absences, corrections };
}

/** Working-day index of the first working day after each preferred weekday holiday. */
function runAnchors(cal: Calendar, preferred: string[]): number[] {
  const nWork = cal.workDays.length;
  const candidates: { d: number; w: number }[] = [];
  for (const h of cal.holidays) {
    const d = cal.days.findIndex((day) => day.iso === h.tanggal);
    if (d < 0 || cal.days[d].dow === 0 || cal.days[d].dow === 6) continue;
    let next = d + 1;
    while (next < cal.days.length && cal.workIndex[next] < 0) next++;
    const w = next < cal.days.length ? cal.workIndex[next] : -1;
    // A run (4 days before the anchor to 5 after) stays inside one calendar year.
    if (w >= 6 && w + 8 < nWork - 1 && cal.days[cal.workDays[w - 4]].year === cal.days[cal.workDays[w + 5]].year) candidates.push({ d, w });
  }
  if (candidates.length === 0) throw new Error(`sampel: tidak ada hari libur pada hari kerja di ${cal.year} untuk menempatkan rangkaian TK`);
  /** The date in the cases' year, else its first occurrence in the span. */
  const dayOf = (md: string) => {
    const own = cal.days.findIndex((d) => d.iso === `${cal.year}-${md}`);
    return own >= 0 ? own : cal.days.findIndex((d) => d.iso.endsWith(`-${md}`));
  };
  const used = new Set<number>();
  return preferred.map((md) => {
    const target = dayOf(md);
    const free = candidates.filter((c) => !used.has(c.w));
    const pool = free.length > 0 ? free : candidates;
    const best = pool.reduce((a, b) => (Math.abs(b.d - target) < Math.abs(a.d - target) ? b : a));
    used.add(best.w);
    return best.w;
  });
}

/**
 * Working-day index of the first working day on or after 22 December of the first year end of the
 * span that leaves 10 working days from it, the 10th in January, and one present day on each side
 * (-1 when the span has none).
 */
export function yearEndRunStart(cal: Calendar): number {
  for (const y of cal.years.slice(0, -1)) {
    let w = 0;
    while (w < cal.workDays.length && cal.days[cal.workDays[w]].iso < `${y}-12-22`) w++;
    if (w < 1 || w + 10 >= cal.workDays.length) continue;
    if (cal.days[cal.workDays[w]].year === y && cal.days[cal.workDays[w + 9]].year === y + 1) return w;
  }
  return -1;
}
