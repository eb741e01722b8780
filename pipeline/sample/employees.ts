// Employees of the sample kabupaten: positions per unit, people, NIPs (docs/aturan.md#nip).
import { isoDate, workDayOnOrAfter, workDayOnOrBefore, type Calendar } from "./calendar.ts";
import * as jobs from "./jobs.ts";
import { personName, plantIr, splitTitles } from "./names.ts";
import type { Category, Opd, Unit } from "./organisation.ts";
import type { Rng } from "./random.ts";

export type JenisJabatan = "jpt" | "administrator" | "pengawas" | "pelaksana" | "fungsional";
type Lifecycle = "regular" | "starter" | "pension58" | "pension60" | "transfer";

export interface Employee {
  idx: number;
  nip: string;
  /** The bare name (SIASN's NAMA); titles are apart, as SIASN keeps them. */
  nama: string;
  /** Titles before and after the name ("dr.", "S.Kom., M.Si."), "" when none. */
  gelarDepan: string;
  gelarBelakang: string;
  gender: "L" | "P";
  birth: string;
  jenisPegawai: "PNS" | "PPPK";
  golongan: string;
  jenisJabatan: JenisJabatan;
  namaJabatan: string;
  eselon: string;
  unit: Unit;
  opd: Opd;
  tmtMulai: string;
  tmtSelesai: string;
  mode: "kantor" | "mobile";
  /** Index of the direct superior, -1 for the Sekretaris Daerah. */
  superior: number;
  category: Category;
  lifecycle: Lifecycle;
  /** Fingerprint PIN on the OPD's device (kantor only, else 0) and verify mode (1 finger, 15 face). */
  pin: number;
  verify: number;
  /** Active working-day range in the calendar, inclusive. */
  fromWork: number;
  toWork: number;
}

interface Slot {
  opd: Opd;
  unit: Unit;
  type: JenisJabatan | "staff";
  title: string;
  eselon: string;
  superiorSlot: number;
  lifecycle: Lifecycle;
}

/** Headcount per OPD by weight (largest remainder), at least four each. */
function allocate(opds: Opd[], total: number): number[] {
  const min = 4;
  const spare = total - min * opds.length;
  const sum = opds.reduce((s, o) => s + o.weight, 0);
  const raw = opds.map((o) => (spare * o.weight) / sum);
  const sizes = raw.map((r) => min + Math.floor(r));
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - sizes.reduce((s, n) => s + n, 0);
  for (let k = 0; k < missing; k++) sizes[order[k][1]]++;
  return sizes;
}

function positions(opds: Opd[], total: number, rng: Rng): Slot[] {
  const slots: Slot[] = [];
  const sizes = allocate(opds, total);
  const sekdaSlot = 0;
  opds.forEach((opd, o) => {
    const headSlot = slots.length;
    const u = opd.unit;
    slots.push({ opd, unit: u, type: u.chiefType as JenisJabatan, title: u.chiefTitle, eselon: u.chiefEselon,
      superiorSlot: o === 0 ? -1 : sekdaSlot, lifecycle: "regular" });
    let budget = Math.floor((sizes[o] - 1) / 3);
    const chiefOf = new Map<Unit, number>();
    for (const sub of opd.subUnits) {
      if (!sub.chiefType || budget === 0) continue;
      chiefOf.set(sub, slots.length);
      slots.push({ opd, unit: sub, type: sub.chiefType, title: sub.chiefTitle, eselon: sub.chiefEselon,
        superiorSlot: headSlot, lifecycle: "regular" });
      budget--;
    }
    const sekretariat = opd.subUnits.find((s) => s.kind === "sekretariat");
    if (sekretariat && chiefOf.has(sekretariat) && budget > 0 && sizes[o] >= 40) {
      slots.push({ opd, unit: sekretariat, type: "pengawas", title: "Kepala Subbagian Umum dan Kepegawaian",
        eselon: "IV.a", superiorSlot: chiefOf.get(sekretariat)!, lifecycle: "regular" });
    }
    const weights = opd.subUnits.map((s) => s.staffWeight);
    const staff = sizes[o] - (slots.length - headSlot);
    for (let i = 0; i < staff; i++) {
      const unit = opd.subUnits[rng.weighted(weights)];
      slots.push({ opd, unit, type: "staff", title: "", eselon: "", superiorSlot: chiefOf.get(unit) ?? headSlot, lifecycle: "regular" });
    }
  });
  // A few join during the year, a few leave (pension at 58 or 60, or transfer out).
  const staffSlots = rng.shuffle(slots.map((_, i) => i).filter((i) => slots[i].type === "staff"));
  const n = Math.max(3, Math.round(total * 0.01));
  const pension58 = Math.ceil(n / 2);
  const counts: [Lifecycle, number][] = [["starter", n], ["pension58", pension58], ["pension60", 1], ["transfer", Math.max(1, n - pension58 - 1)]];
  let k = 0;
  for (const [lifecycle, count] of counts) {
    for (let j = 0; j < count; j++) slots[staffSlots[k++]].lifecycle = lifecycle;
  }
  return slots;
}

function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/**
 * A month drawn as 1-12 for a whole year, placed at the same share of the span: (year, month).
 * For a span of one calendar year this is that year's month itself.
 */
function spanMonth(cal: Calendar, drawn: number): [number, number] {
  const first = cal.days[0], last = cal.days[cal.days.length - 1];
  const months = (last.year - first.year) * 12 + last.month - first.month + 1;
  const k = first.month - 1 + Math.floor(((drawn - 1) * months) / 12);
  return [first.year + Math.floor(k / 12), (k % 12) + 1];
}

export function buildEmployees(opds: Opd[], total: number, cal: Calendar, rng: Rng): Employee[] {
  // Ages and service count from the span's first year; joining and leaving fall inside the span.
  const year = cal.days[0].year;
  const slots = positions(opds, total, rng);
  const nipSeq = new Map<string, number>();
  const pinSeq = new Map<string, number>();
  const employees = slots.map((slot, idx): Employee => {
    const { opd, lifecycle } = slot;
    const cat = opd.cat;
    const manager = slot.type !== "staff";
    const female = rng.chance(manager ? 0.35 : jobs.FEMALE_SHARE[cat]);
    const gender = female ? "P" : "L";
    const pppk = !manager && lifecycle !== "pension60" && rng.chance(jobs.PPPK_SHARE[cat]);
    const fungsional = !manager && (lifecycle === "pension60" || (lifecycle !== "pension58" && rng.chance(jobs.FUNGSIONAL_SHARE[cat])));
    const jenisJabatan: JenisJabatan = manager ? (slot.type as JenisJabatan) : fungsional ? "fungsional" : "pelaksana";
    const degree = manager || rng.chance(fungsional ? (cat === "kesehatan" ? 0.55 : 0.9) : 0.4);
    const d3 = !degree && rng.chance(fungsional ? 0.9 : 0.35);

    // Birth year: managers are senior; pension cases reach their BUP during the span (the month
    // is drawn first for them, as their birth year takes no draw).
    const pension = lifecycle === "pension58" || lifecycle === "pension60";
    const [bupYear, bupMonth] = pension ? spanMonth(cal, rng.int(2, 10)) : [0, 0];
    const birthYear =
      lifecycle === "pension58" ? bupYear - 58
      : lifecycle === "pension60" ? bupYear - 60
      : lifecycle === "starter" ? rng.int(year - 35, year - 23)
      : slot.type === "jpt" ? rng.int(year - 58, year - 48)
      : slot.type === "administrator" ? rng.int(year - 57, year - 40)
      : slot.type === "pengawas" ? rng.int(year - 56, year - 33)
      : pppk ? rng.int(year - 55, year - 25) : rng.int(year - 57, year - 23);
    const birthMonth = pension ? bupMonth : rng.int(1, 12);
    const birthDay = rng.int(1, 28);
    const birth = isoDate(birthYear, birthMonth, birthDay);

    // Appointment: TMT CPNS (PNS) or PPPK contract start.
    const [tmtYear, tmtMonth] = lifecycle === "starter" ? spanMonth(cal, rng.int(2, 10))
      : [pppk ? rng.int(Math.min(year - 1, Math.max(2019, birthYear + 24)), year - 1) : Math.min(year - 1, Math.max(1985, birthYear + rng.int(22, 30))),
        pppk ? rng.pick([1, 3, 4, 7]) : rng.pick([1, 1, 3, 3, 4, 6, 12])];
    const tmtMulai = isoDate(tmtYear, tmtMonth, 1);
    const tmtSelesai = pension ? lastDayOfMonth(bupYear, bupMonth)
      : lifecycle === "transfer" ? lastDayOfMonth(...spanMonth(cal, rng.int(3, 10))) : "";

    const start = degree ? 8 : d3 ? 6 : 4;
    const service = Math.max(0, year - tmtYear);
    const [min, max] = slot.type === "jpt" ? [13, 16] : slot.type === "administrator" ? [11, 14]
      : slot.type === "pengawas" ? [10, 13] : fungsional ? [start, lifecycle === "pension60" ? 14 : 13] : [start, 11];
    const golIndex = jobs.pnsGolonganIndex(start, service, lifecycle === "pension60" ? 12 : min, max);
    const golongan = pppk ? jobs.pppkGolongan(rng, degree, d3) : jobs.PNS_GOLONGAN[golIndex];

    const base = fungsional ? (lifecycle === "pension60" ? "Pengawas Sekolah" : jobs.fungsionalBase(rng, cat)) : "";
    const namaJabatan = manager ? slot.title
      : fungsional ? jobs.fungsionalTitle(base, pppk ? start : golIndex, degree || base === "Dokter")
      : jobs.pelaksanaTitle(rng);
    const titled = splitTitles(personName(rng, gender, cat, degree || d3, base === "Dokter"));

    const prefix = pppk
      ? `${birth.replaceAll("-", "")}${tmtYear}21${female ? 2 : 1}`
      : `${birth.replaceAll("-", "")}${tmtYear}${String(tmtMonth).padStart(2, "0")}${female ? 2 : 1}`;
    const seq = (nipSeq.get(prefix) ?? 0) + 1;
    nipSeq.set(prefix, seq);
    const nip = `${prefix}${String(seq).padStart(3, "0")}`;

    const mobile = slot.type !== "jpt" && rng.chance(manager ? opd.mobile / 3 : opd.mobile);
    const pin = mobile ? 0 : (pinSeq.get(opd.deviceId) ?? 0) + 1;
    if (!mobile) pinSeq.set(opd.deviceId, pin);
    return {
      idx, nip, nama: titled.nama, gelarDepan: titled.depan, gelarBelakang: titled.belakang, gender, birth, jenisPegawai: pppk ? "PPPK" : "PNS", golongan, jenisJabatan, namaJabatan,
      eselon: slot.eselon, unit: slot.unit, opd, tmtMulai, tmtSelesai, mode: mobile ? "mobile" : "kantor",
      superior: slot.superiorSlot, category: cat, lifecycle, pin, verify: rng.chance(0.3) ? 15 : 1,
      fromWork: tmtMulai > cal.days[0].iso ? workDayOnOrAfter(cal, tmtMulai) : 0,
      toWork: tmtSelesai ? workDayOnOrBefore(cal, tmtSelesai) : cal.workDays.length - 1,
    };
  });
  plantIr(employees, year);
  return employees;
}

/** The name as it is written with its titles: "dr. Nama, M.Si.". */
export function fullName(e: Pick<Employee, "nama" | "gelarDepan" | "gelarBelakang">): string {
  return `${e.gelarDepan ? `${e.gelarDepan} ` : ""}${e.nama}${e.gelarBelakang ? `, ${e.gelarBelakang}` : ""}`;
}
