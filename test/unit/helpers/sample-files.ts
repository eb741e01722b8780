// Reading the sample's exports in the real layouts back, independently of the pipeline's reader:
// the SIASN employee workbook, the e-Kinerja SKP workbooks, an OPD's recap workbook (through the
// sample's instansi.json) with SheetJS, and the GLog text export (Windows-1252).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";

export interface XCell {
  /** SheetJS cell type: s text, n number (dates too, with a date format), b boolean. */
  t: string;
  v: unknown;
  /** Number format ("@", "dd-mm-yyyy", ...). */
  z?: string;
}

export interface XRow {
  /** Excel's row number (1-based). */
  row: number;
  cells: (XCell | undefined)[];
}

export interface XSheet {
  name: string;
  rows: XRow[];
}

/** Every sheet of a workbook, its rows with their Excel numbers and typed cells (empty rows left out). */
export function readWorkbook(path: string): XSheet[] {
  const wb = XLSX.read(readFileSync(path), { type: "buffer", cellNF: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const byRow = new Map<number, (XCell | undefined)[]>();
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith("!")) continue;
      const { r, c } = XLSX.utils.decode_cell(address);
      const row = byRow.get(r + 1) ?? byRow.set(r + 1, []).get(r + 1)!;
      row[c] = cell as XCell;
    }
    const rows = [...byRow].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells: Array.from(cells) }));
    return { name, rows };
  });
}

/** A number cell with a date format. */
export const isDateCell = (c: XCell | undefined): boolean => c?.t === "n" && /y/i.test(c.z ?? "") && /d/i.test(c.z ?? "");

/** A date cell as ISO (serial 25569 = 1970-01-01), else the cell's text ("" for none). */
export function cellText(c: XCell | undefined): string {
  if (!c || c.v === undefined || c.v === null) return "";
  if (isDateCell(c)) return new Date(Math.round(((c.v as number) - 25569) * 86_400_000)).toISOString().slice(0, 10);
  return String(c.v);
}

export interface Table {
  sheet: string;
  /** Excel row of the header. */
  headerRow: number;
  header: string[];
  rows: { row: number; cells: (XCell | undefined)[]; get(column: string): XCell | undefined; text(column: string): string }[];
}

/** The table of a sheet whose header row starts with `firstHeader` (title rows above it are skipped). */
export function readTable(path: string, sheet: string, firstHeader: string): Table {
  const ws = readWorkbook(path).find((s) => s.name === sheet);
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  const at = ws.rows.findIndex((r) => cellText(r.cells[0]) === firstHeader);
  if (at < 0) throw new Error(`${path}: no header row starting with ${firstHeader}`);
  const header = ws.rows[at].cells.map(cellText);
  const index = (column: string) => {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`${path}: no column ${column}`);
    return i;
  };
  const rows = ws.rows.slice(at + 1).map(({ row, cells }) => ({
    row,
    cells,
    get: (column: string) => cells[index(column)],
    text: (column: string) => cellText(cells[index(column)]),
  }));
  return { sheet, headerRow: ws.rows[at].row, header, rows };
}

const files = (dir: string, pattern: RegExp) => readdirSync(dir).filter((n) => pattern.test(n)).sort();

export const SIASN_FILE = /^DATA_PNS_.*\.xlsx$/;
export const SKP_FILE = /^LAPORAN SKP TAHUN \d{4}\.xlsx$/;
export const RECAP_FILE = /^Rekap Izin .*\.xlsx$/;
export const GLOG_FILE = /^GLG_\d{4}\.TXT$/;

const JENIS_JABATAN: Record<string, string> = { "jabatan fungsional": "fungsional", "jabatan pelaksana": "pelaksana" };

/** The structural position type from the echelon (I-II jpt, III administrator, IV pengawas). */
const structural = (eselon: string) => (/^(I|II)\./.test(eselon) ? "jpt" : eselon.startsWith("III.") ? "administrator" : "pengawas");

export interface SiasnEmployee {
  file: string;
  row: number;
  /** The NIP when its cell is text ("" for a NIP typed as a number, see nipCell). */
  nip: string;
  nipCell: XCell | undefined;
  nama: string;
  gelar_depan: string;
  gelar_belakang: string;
  /** The name with its titles, as written elsewhere: "dr. Nama, M.Si.". */
  nama_lengkap: string;
  jenis_kelamin: string;
  tanggal_lahir: string;
  jenis_pegawai: string;
  golongan: string;
  jenis_jabatan: string;
  nama_jabatan: string;
  eselon: string;
  kode_unit: string;
  tmt_mulai: string;
  tmt_selesai: string;
  /** Which cells are real date cells, by column. */
  dateCells: Record<"tanggal_lahir" | "tmt_mulai" | "tmt_selesai", boolean>;
}

/** Every row of the SIASN workbook(s), in the contract's terms. */
export function readSiasn(dir: string): SiasnEmployee[] {
  return files(dir, SIASN_FILE).flatMap((file) =>
    readTable(join(dir, file), "Data Pegawai", "NIP BARU").rows.map((r): SiasnEmployee => {
      const nipCell = r.get("NIP BARU");
      const depan = r.text("GELAR DEPAN"), nama = r.text("NAMA"), belakang = r.text("GELAR BELAKANG");
      const gol = /\(([IV]+\/[a-e])\)$/.exec(r.text("GOL AKHIR NAMA"));
      const eselon = r.text("ESELON");
      const jenis = r.text("JENIS JABATAN NAMA").toLowerCase();
      return {
        file, row: r.row, nip: nipCell?.t === "s" ? String(nipCell.v) : "", nipCell,
        nama, gelar_depan: depan, gelar_belakang: belakang,
        nama_lengkap: `${depan ? `${depan} ` : ""}${nama}${belakang ? `, ${belakang}` : ""}`,
        jenis_kelamin: r.text("JENIS KELAMIN") === "Laki-laki" ? "L" : r.text("JENIS KELAMIN") === "Perempuan" ? "P" : r.text("JENIS KELAMIN"),
        tanggal_lahir: r.text("TGL LAHIR"),
        jenis_pegawai: r.text("JENIS PEGAWAI"),
        golongan: gol ? gol[1] : r.text("GOL AKHIR NAMA"),
        jenis_jabatan: jenis === "jabatan struktural" ? structural(eselon) : JENIS_JABATAN[jenis] ?? jenis,
        nama_jabatan: r.text("JABATAN NAMA"),
        eselon,
        kode_unit: r.text("UNOR ID"),
        tmt_mulai: r.text("TMT CPNS"),
        tmt_selesai: r.text("TMT PENSIUN"),
        dateCells: {
          tanggal_lahir: isDateCell(r.get("TGL LAHIR")),
          tmt_mulai: isDateCell(r.get("TMT CPNS")),
          tmt_selesai: r.get("TMT PENSIUN") === undefined || isDateCell(r.get("TMT PENSIUN")),
        },
      };
    }));
}

const RATING: Record<string, string> = { "DIATAS EKSPEKTASI": "di_atas", "SESUAI EKSPEKTASI": "sesuai", "DIBAWAH EKSPEKTASI": "di_bawah" };
const PREDIKAT: Record<string, string> = {
  "SANGAT BAIK": "sangat_baik", BAIK: "baik", "BUTUH PERBAIKAN": "butuh_perbaikan", "KURANG/MISCONDUCT": "kurang_misconduct", "SANGAT KURANG": "sangat_kurang",
};

export interface SkpRow {
  file: string;
  row: number;
  nip: string;
  nama: string;
  tahun: number;
  /** From the two dates: TW1-TW4, TAHUNAN or the month "1".."12" ("?" for anything else). */
  periode: string;
  rating_hasil_kerja: string;
  rating_perilaku_kerja: string;
  predikat_kinerja: string;
  plt: boolean;
  nip_penilai: string;
  /** Raw cells, to check their types. */
  cells: (XCell | undefined)[];
}

/** The period a pair of dates spans. */
export function periodOf(from: string, to: string): string {
  const y = from.slice(0, 4), m1 = Number(from.slice(5, 7)), m2 = Number(to.slice(5, 7));
  const last = new Date(Date.UTC(Number(y), m2, 0)).toISOString().slice(0, 10);
  if (to.slice(0, 4) !== y || from.slice(8) !== "01" || to !== last) return "?";
  if (m1 === 1 && m2 === 12) return "TAHUNAN";
  if (m1 === m2) return String(m1);
  if (m2 === m1 + 2 && m1 % 3 === 1) return `TW${(m1 + 2) / 3}`;
  return "?";
}

/** Every row of the e-Kinerja SKP workbooks (Plt rows included, flagged). */
export function readSkp(dir: string, file?: string): SkpRow[] {
  return (file ? [file] : files(dir, SKP_FILE)).flatMap((f) =>
    readTable(join(dir, f), "SKP", "no").rows.map((r): SkpRow => ({
      file: f, row: r.row, nip: r.text("nip"), nama: r.text("nama"), tahun: Number(r.text("tahun_skp")),
      periode: periodOf(r.text("periode_awal_skp"), r.text("periode_akhir_skp")),
      rating_hasil_kerja: RATING[r.text("hasil_kerja")] ?? r.text("hasil_kerja"),
      rating_perilaku_kerja: RATING[r.text("perilaku_kerja")] ?? r.text("perilaku_kerja"),
      predikat_kinerja: PREDIKAT[r.text("hasil_akhir")] ?? r.text("hasil_akhir"),
      plt: r.text("is_skp_plt_plh_pjb").toLowerCase() === "true",
      nip_penilai: r.text("nip_atasan"),
      cells: r.cells,
    })));
}

interface ImportMap {
  source: string;
  file: string;
  sheet: string;
  columns: Record<string, string>;
  values?: Record<string, Record<string, string>>;
  defaults?: Record<string, string>;
}

/** The import maps of the sample's instansi.json. */
export function importMaps(dir: string): ImportMap[] {
  return (JSON.parse(readFileSync(join(dir, "instansi.json"), "utf8")) as { imports: ImportMap[] }).imports;
}

/** A file-name pattern of an import map ("Rekap Izin*.xlsx") as a RegExp. */
const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);

/**
 * The rows the import maps of `source` read, in the contract's columns (values mapped, defaults
 * filled), with `_file` and `_row` (the Excel row) beside them.
 */
export function readMapped(dir: string, source: string): Record<string, string>[] {
  return importMaps(dir).filter((m) => m.source === source).flatMap((m) =>
    files(dir, glob(m.file)).flatMap((file) => {
      const firstHeader = readWorkbook(join(dir, file)).find((s) => s.name === m.sheet)!.rows
        .map((r) => r.cells.map(cellText))
        .find((cells) => Object.values(m.columns).every((h) => cells.includes(h)))![0];
      return readTable(join(dir, file), m.sheet, firstHeader).rows.map((r) => {
        const out: Record<string, string> = { _file: file, _row: String(r.row), ...m.defaults };
        for (const [column, header] of Object.entries(m.columns)) {
          const text = r.text(header);
          out[column] = m.values?.[column]?.[text] ?? text;
        }
        return out;
      });
    }));
}

export interface GlogPunch {
  file: string;
  line: number;
  no: string;
  machine: string;
  pin: number;
  name: string;
  mode: string;
  status: string;
  date: string;
  time: string;
}

/** The GLog text exports: Windows-1252, CRLF, tab-separated, a header that does not line up. */
export function readGlog(dir: string): { file: string; header: string; punches: GlogPunch[]; bytes: Buffer }[] {
  return files(dir, GLOG_FILE).map((file) => {
    const bytes = readFileSync(join(dir, file));
    // Latin-1 equals Windows-1252 outside 0x80-0x9F, and the sample writes no byte there (its one
    // non-ASCII letter is é, 0xE9). Node 20's TextDecoder("windows-1252") decodes that range as
    // Latin-1 too, so it would be no more exact.
    const lines = bytes.toString("latin1").split("\r\n");
    const punches = lines.slice(1).filter((l) => l !== "").map((l, i): GlogPunch => {
      const [no, machine, enNo, name, mode, status, stamp] = l.split("\t");
      return { file, line: i + 2, no, machine, pin: Number(enNo), name, mode, status, date: stamp.slice(0, 10).replaceAll("/", "-"), time: stamp.slice(12) };
    });
    return { file, header: lines[0], punches, bytes };
  });
}

/** Every NIP and name of the sample's employees (SIASN; the bare name and the name with titles). */
export function samplePeople(dir: string): { nip: string; name: string }[] {
  return readSiasn(dir).filter((e) => e.nip !== "").flatMap((e) => [
    { nip: e.nip, name: e.nama },
    ...(e.nama_lengkap !== e.nama ? [{ nip: e.nip, name: e.nama_lengkap }] : []),
  ]);
}
