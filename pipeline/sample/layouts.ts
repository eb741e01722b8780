// Which exports the sample writes in the layouts agencies really hold, rather than the project's
// own CSV: the SIASN employee workbook and the e-Kinerja SKP workbooks (always), one OPD's
// fingerprint machine as a GLog text export, and one OPD's absences as its own recap workbook read
// through an import map. The OPDs are fixed by code, never by the seed.
import type { Employee } from "./employees.ts";
import type { Opd } from "./organisation.ts";
import type { Roles } from "./roles.ts";

/** A hospital with its own machine vendor: its machine exports GLog text. */
const GLOG_OPD = "RSUD";
/** An OPD that keeps its leave in its own spreadsheet. */
const RECAP_OPD = "DINKES";

export interface Layouts {
  /** The OPD whose machine writes GLG_<mchn>.TXT instead of <device>_attlog.dat. */
  glog: Opd;
  /** Its machine number (Mchn), also in the file name. */
  machine: number;
  glogFile: string;
  /** The OPD whose absences are in "Rekap Izin <name>.xlsx" instead of ketidakhadiran.csv. */
  recap: Opd;
  recapFile: string;
}

/** When a workbook was exported (UTC): the morning of an ISO date (a year's end, or the span's last day). */
export const exportStampOn = (iso: string) => new Date(Date.parse(`${iso}T02:15:00Z`));

export const siasnFile = (year: number) => `DATA_PNS_KAB_SUKAMAJU_${year}.xlsx`;
export const skpFile = (year: number) => `LAPORAN SKP TAHUN ${year}.xlsx`;

/**
 * The GLog OPD is RSUD (or, should it have nobody on a machine, the OPD with most people on one,
 * never the first OPD, whose machine carries the stray PIN); the recap OPD is DINKES.
 */
export function chooseLayouts(opds: Opd[], employees: Employee[]): Layouts {
  const kantor = new Map<Opd, number>();
  for (const e of employees) if (e.mode === "kantor") kantor.set(e.opd, (kantor.get(e.opd) ?? 0) + 1);
  const byShort = (short: string) => opds.find((o) => o.short === short)!;
  let glog = byShort(GLOG_OPD);
  if (!kantor.get(glog)) glog = [...kantor].filter(([o]) => o.index > 0).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const recap = byShort(RECAP_OPD) === glog ? opds.find((o) => o !== glog && o.index > 0)! : byShort(RECAP_OPD);
  const machine = glog.index + 1;
  return { glog, machine, glogFile: `GLG_${String(machine).padStart(4, "0")}.TXT`, recap, recapFile: `Rekap Izin ${recap.name}.xlsx` };
}

/**
 * The GLog OPD's PINs move to 9001, 9002, ... (above every other machine's PINs), since its rows in
 * mesin_pegawai.csv have no device_id: such a PIN means that NIP on every machine.
 */
export function renumberGlogPins(layouts: Layouts, employees: Employee[]): void {
  let highest = 0;
  for (const e of employees) if (e.mode === "kantor" && e.opd !== layouts.glog) highest = Math.max(highest, e.pin);
  const base = Math.max(9000, Math.ceil((highest + 1) / 1000) * 1000);
  for (const e of employees) if (e.mode === "kantor" && e.opd === layouts.glog) e.pin += base;
}

/**
 * One GLog person's name carries "é" (a Windows-1252 byte in the GLog, UTF-8 elsewhere): the first
 * regular person on that machine with no planted case whose name has an "e".
 */
export function plantAccentedName(layouts: Layouts, employees: Employee[], roles: Roles, skip?: Employee): Employee | undefined {
  const e = employees.find((x) => x.opd === layouts.glog && x.mode === "kantor" && x.lifecycle === "regular" && !roles.planted[x.idx]
    && x !== skip && x.nama.includes("e"));
  if (e) e.nama = e.nama.replace("e", "é");
  return e;
}
