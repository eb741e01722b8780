// Which employees carry which planted case. Every role is held by distinct people, so each
// case stays exact however the others are generated.
import type { Employee } from "./employees.ts";
import type { Rng } from "./random.ts";
import { Pattern, type WorkPatterns } from "./patterns.ts";

/** Real TK days in the year: three people on each rung and one on each side of every boundary. */
export const LADDER_RUNGS = [3, 5, 8, 12, 15, 18, 22, 26, 30];
export const LADDER_BOUNDARIES = [2, 3, 6, 7, 10, 11, 13, 14, 16, 17, 20, 21, 24, 25, 27, 28];
/** PPPK TK days: one in each range of the PNS ladder (1-2 ... >= 28), and both sides of 10/11. */
export const PPPK_LADDER = [2, 3, 5, 8, 10, 11, 12, 15, 18, 22, 26, 30];

export interface Roles {
  /** Ladder people (PNS) with their exact TK count. */
  ladder: { e: number; days: number }[];
  /** PPPK with their exact TK count: evidence only, no PP 94/2021 sanction (docs/aturan.md#disiplin). */
  pppkLadder: { e: number; days: number }[];
  /** Consecutive TK runs (PNS): length 10 (twice) and 9. */
  runs: { e: number; length: number }[];
  /** A PNS with 10 working days TK from 22 December into January (spans across a year end only). */
  yearEndRun?: number;
  chronicLate: number[];
  presentNoActivity: number[];
  forgotCheckout: number[];
  missingCheckout: number[];
  missingCheckin: number[];
  outsideGeofence: number[];
  /** Quiet performers: high output and 360, rated only "baik", in the largest OPD. */
  quiet: number[];
  /** Nine-box targets: box 1-9 per person. */
  nineBox: { e: number; box: number }[];
  /** Box-9 targets with a sedang sanction last year: out of the talent pool. */
  poolExcluded: number[];
  /** Box-9 targets with a ringan sanction this year: still in the talent pool. */
  poolRinganKept: number[];
  peerFew: number[];
  tugasBelajar: number[];
  cutiMelahirkan: number[];
  /** People whose attendance is kept clean (no lateness, no missing punch, no stray TK). */
  clean: Uint8Array;
  /** Any planted role at all. */
  planted: Uint8Array;
}

/** Everyone with a target nine-box (the nine-box people and the box-9 talent-pool cases). */
export function talentTargets(roles: Roles): { e: number; box: number }[] {
  return [...roles.nineBox, ...roles.poolExcluded.map((e) => ({ e, box: 9 })), ...roles.poolRinganKept.map((e) => ({ e, box: 9 }))];
}

export function assignRoles(employees: Employee[], year: number, rng: Rng, patterns: WorkPatterns, acrossYearEnd = false): Roles {
  const n = employees.length;
  const before = `${year - 1}-01-01`;
  // Rostered, six-day and paruh waktu people carry only their own cases (patterns.ts).
  const eligible = employees.filter((e) => e.lifecycle === "regular" && e.jenisJabatan !== "jpt" && e.tmtMulai < before && patterns.of[e.idx] === Pattern.Default);
  const mobile = rng.shuffle(eligible.filter((e) => e.mode === "mobile").map((e) => e.idx));
  const kantor = rng.shuffle(eligible.filter((e) => e.mode === "kantor").map((e) => e.idx));
  const clean = new Uint8Array(n);
  const planted = new Uint8Array(n);
  /** The last person of a pool (of that employee type, when given), taken out of it. */
  const pop = (pool: number[], type?: Employee["jenisPegawai"]): number | undefined => {
    if (!type) return pool.pop();
    for (let i = pool.length - 1; i >= 0; i--) if (employees[pool[i]].jenisPegawai === type) return pool.splice(i, 1)[0];
    return undefined;
  };
  /** Next person from the preferred pool (the other one when it runs dry, unless strict). */
  const take = (from: "mobile" | "kantor" | "any", keepClean = false, strict = false, type?: Employee["jenisPegawai"]): number => {
    const preferred = from === "mobile" ? mobile : from === "kantor" ? kantor : kantor.length >= mobile.length ? kantor : mobile;
    const other = preferred === mobile ? kantor : mobile;
    const e = pop(preferred, type) ?? (strict ? undefined : pop(other, type));
    if (e === undefined) throw new Error(`sampel: pegawai terlalu sedikit untuk semua kasus (${n}; gunakan --employees 200 atau lebih)`);
    planted[e] = 1;
    if (keepClean) clean[e] = 1;
    return e;
  };
  /** Next person of `opd` from either pool (the larger first), kept clean. */
  const takeIn = (opd: Employee["opd"]): number => {
    for (const pool of kantor.length >= mobile.length ? [kantor, mobile] : [mobile, kantor]) {
      let i = pool.length - 1;
      while (i >= 0 && employees[pool[i]].opd !== opd) i--;
      if (i < 0) continue;
      const [e] = pool.splice(i, 1);
      planted[e] = 1;
      clean[e] = 1;
      return e;
    }
    throw new Error(`sampel: pegawai terlalu sedikit untuk semua kasus (${n}; gunakan --employees 200 atau lebih)`);
  };
  // Quiet performers work in the largest OPD, where many peers are rated "sangat baik": rated
  // only "baik" themselves, they stay below the OPD's top nominees (performance.ts).
  const staff = new Map<Employee["opd"], number>();
  for (const e of employees) staff.set(e.opd, (staff.get(e.opd) ?? 0) + 1);
  const largest = [...staff].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  // Alternate mobile and fingerprint people so both attendance sources carry every case.
  const mixed = (i: number) => (i % 3 === 0 ? "mobile" : "kantor");
  const times = <T>(count: number, f: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => f(i));
  const scaled = (per: number, min: number) => Math.max(min, Math.round(n / per));

  const ladderDays = [...LADDER_RUNGS.flatMap((d) => [d, d, d]), ...LADDER_BOUNDARIES];
  const roles: Roles = {
    outsideGeofence: times(scaled(600, 3), () => take("mobile", false, true)),
    ladder: ladderDays.map((days, i) => ({ e: take(mixed(i), true, false, "PNS"), days })),
    pppkLadder: PPPK_LADDER.map((days, i) => ({ e: take(mixed(i), true, false, "PPPK"), days })),
    runs: [10, 10, 9].map((length, i) => ({ e: take(mixed(i + 1), true, false, "PNS"), length })),
    chronicLate: times(scaled(200, 6), (i) => take(mixed(i))),
    presentNoActivity: times(scaled(400, 5), (i) => take(mixed(i))),
    forgotCheckout: times(scaled(1000, 3), (i) => take(mixed(i))),
    missingCheckout: times(scaled(2000, 3), (i) => take(mixed(i))),
    missingCheckin: times(scaled(2000, 3), (i) => take(mixed(i))),
    quiet: times(scaled(600, 3), () => takeIn(largest)),
    nineBox: times(9 * scaled(1500, 2), (i) => ({ e: take("any", true), box: (i % 9) + 1 })),
    // their SKs carry PP 94/2021 codes, which only PNS can receive
    poolExcluded: times(scaled(1500, 2), () => take("any", true, false, "PNS")),
    poolRinganKept: times(scaled(3000, 1), () => take("any", true, false, "PNS")),
    peerFew: times(scaled(1000, 3), () => take("any")),
    tugasBelajar: times(scaled(1500, 2), () => take("any")),
    cutiMelahirkan: [],
    clean,
    planted,
  };
  const women = [...mobile, ...kantor].filter((e) => employees[e].gender === "P" && employees[e].birth > `${year - 40}`);
  roles.cutiMelahirkan = women.slice(0, scaled(400, 2));
  for (const e of roles.cutiMelahirkan) planted[e] = 1;
  // Last, so that a one-year sample's roles are drawn exactly as before: a fingerprint PNS (or a
  // mobile one) with no other case.
  if (acrossYearEnd) {
    const e = [...kantor, ...mobile].reverse().find((x) => employees[x].jenisPegawai === "PNS" && !planted[x]);
    if (e === undefined) throw new Error(`sampel: pegawai terlalu sedikit untuk semua kasus (${n}; gunakan --employees 200 atau lebih)`);
    planted[e] = 1;
    clean[e] = 1;
    roles.yearEndRun = e;
  }
  return roles;
}
