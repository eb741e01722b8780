// koreksi_presensi_<year>.csv (requests to correct a day's attendance) and apel_<year>.csv (apel
// pagi every working Monday and upacara on the 17th, Hari Kesadaran Nasional, for a few OPDs),
// both from the plan: a correction sits on the day whose punch it is about, a roll call marks
// "tidak" whoever was not there, approved absence or not (docs/aturan.md#pola-kerja).
import type { Calendar } from "./calendar.ts";
import type { CaseLog } from "./cases.ts";
import type { Employee } from "./employees.ts";
import { hoursOn, Pattern, type WorkPatterns } from "./patterns.ts";
import { St, type Plan } from "./plan.ts";
import { Rng } from "./random.ts";
import type { Roles } from "./roles.ts";
import { ChunkWriter, HM } from "./writers.ts";

export const KOREKSI_HEADER = ["nip", "tanggal", "jenis", "jam_masuk", "jam_pulang", "nomor_surat", "status"];
export const APEL_HEADER = ["tanggal", "jenis", "nip", "hadir"];

/** OPDs that hold apel pagi and report it (the rest of the kabupaten keeps no roll-call list). */
const APEL_OPDS = ["SETDA", "BKPSDM", "BPKAD", "INSP", "BAPPEDA"];

/** One writer per calendar year of the span, named by `name(year)`, opened in year order. */
function perYear(out: string, cal: Calendar, name: (year: number) => string, header: string[]) {
  return new Map(cal.years.map((y) => [y, new ChunkWriter(out, name(y), header)]));
}

export function writeCorrections(out: string, cal: Calendar, employees: Employee[], plan: Plan, patterns: WorkPatterns, seed: number, log: CaseLog) {
  const writers = perYear(out, cal, (y) => `koreksi_presensi_${y}.csv`, KOREKSI_HEADER);
  const r = new Rng(seed);
  const seq = new Map<string, number>();
  const logged = new Set<string>();
  for (const c of plan.corrections) {
    const emp = employees[c.e];
    const d = cal.workDays[c.w];
    const day = cal.days[d];
    const w = writers.get(day.year)!, file = w.file;
    const [start, end] = hoursOn(patterns.of[c.e] as Pattern, day, cal.off)!;
    r.reseed(seed, c.e, d, 0xc0e);
    const masuk = c.jenis === "lupa_absen_pulang" ? "" : HM[c.jenis === "tugas_kedinasan" ? start : start - r.int(5, 25)];
    const pulang = c.jenis === "lupa_absen_masuk" ? "" : HM[c.jenis === "tugas_kedinasan" ? end : end + r.int(2, 25)];
    // Letters are numbered per OPD and year.
    const key = `${emp.opd.short}|${day.year}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const letter = `800/${String(n).padStart(3, "0")}/${emp.opd.short}/${day.year}`;
    const name = `correction_${c.jenis}_${c.status}`;
    if (!logged.has(name)) {
      logged.add(name);
      const effect = c.status !== "disetujui" ? "the day stays as the machine has it"
        : c.jenis === "lupa_absen_pulang" ? "check-out missing in the punches"
        : c.jenis === "lupa_absen_masuk" ? "check-in missing in the punches" : "no punch at all that day, not TK";
      log.add(emp.nip, name, `${day.iso} ${masuk || "-"}/${pulang || "-"} ${letter}: ${effect}`, file, w.nextLine);
    }
    w.line(`${emp.nip},${day.iso},${c.jenis},${masuk},${pulang},${letter},${c.status}\n`);
  }
  return [...writers.values()].map((w) => w.close());
}

const PRESENT = new Set<St>([St.Present, St.NoCheckout, St.NoCheckin, St.NoActivity, St.ForgotCheckout, St.Outside, St.MachineFault, St.OfficialTask]);

export function writeApel(out: string, cal: Calendar, employees: Employee[], plan: Plan, roles: Roles, patterns: WorkPatterns, seed: number, log: CaseLog) {
  const writers = perYear(out, cal, (y) => `apel_${y}.csv`, APEL_HEADER);
  let w = writers.get(cal.years[0])!;
  const people = employees.filter((e) => APEL_OPDS.includes(e.opd.short) && patterns.of[e.idx] === Pattern.Default);
  const r = new Rng(seed);
  const logged = new Map<string, number>();
  const note = (name: string, max: number, emp: Employee, detail: string) => {
    const n = logged.get(name) ?? 0;
    if (n >= max) return;
    logged.set(name, n + 1);
    log.add(emp.nip, name, detail, w.file, w.nextLine);
  };
  for (let wd = 0; wd < plan.nWork; wd++) {
    const d = cal.workDays[wd];
    const day = cal.days[d];
    w = writers.get(day.year)!;
    // Hari Kesadaran Nasional on the 17th replaces that day's apel pagi.
    const jenis = day.iso.endsWith("-17") ? "upacara" : day.dow === 1 ? "apel_pagi" : "";
    if (!jenis) continue;
    for (const emp of people) {
      if (wd < emp.fromWork || wd > emp.toWork) continue;
      const s = plan.status[emp.idx * plan.nWork + wd] as St;
      let hadir = "tidak";
      if (PRESENT.has(s)) {
        r.reseed(seed, emp.idx, d, 0xa9e1);
        hadir = roles.planted[emp.idx] || !r.chance(0.02) ? "ya" : "tidak";
        if (hadir === "tidak") note("apel_missed_present", 3, emp, `${jenis} ${day.iso}: hadir tidak on a day with punches and no approved absence (counts as missed)`);
      } else if (s === St.Cuti || s === St.Sakit || s === St.Izin) {
        note("apel_missed_on_leave", 3, emp, `${jenis} ${day.iso}: hadir tidak while on approved ${s === St.Cuti ? "cuti" : s === St.Sakit ? "sakit" : "izin"} (ketidakhadiran): not a missed apel`);
      } else if (s === St.Tk) {
        note("apel_missed_tk", 2, emp, `${jenis} ${day.iso}: hadir tidak on a TK day (counts as missed)`);
      }
      w.line(`${day.iso},${jenis},${emp.nip},${hadir}\n`);
    }
  }
  return [...writers.values()].map((x) => x.close());
}
