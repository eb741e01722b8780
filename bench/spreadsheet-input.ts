// Benchmark input for the spreadsheet reader: N presensi rows (500 employees x N/500 days) written
// once as an .xlsx sheet the way Excel stores one (shared strings, date cells) and once as CSV.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ChunkWriter } from "../pipeline/csv-writer.ts";

const EMPLOYEES = 500;
const DAY = 86_400_000;

const nipOf = (k: number) => {
  const birth = new Date(Date.UTC(1980, 0, 1) + k * DAY).toISOString().slice(0, 10).replaceAll("-", "");
  return `${birth}200501${1}${String(1 + (k % 999)).padStart(3, "0")}`;
};

export async function writeSheetPair(dir: string, rows: number): Promise<void> {
  const header = "nip,nama,jenis_kelamin,tanggal_lahir,jenis_pegawai,golongan,jenis_jabatan,nama_jabatan,kode_unit,tmt_mulai";
  const people = Array.from({ length: EMPLOYEES }, (_, k) => {
    const nip = nipOf(k);
    return `${nip},Pegawai ${k},L,${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)},PNS,III/a,pelaksana,Staf,1.01,2005-01-01`;
  });
  for (const sub of ["xlsx", "csv"]) {
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, sub, "pegawai.csv"), [header, ...people].join("\n") + "\n");
  }
  const csv = new ChunkWriter(join(dir, "csv"), "presensi.csv", ["nip", "tanggal", "jam_masuk", "jam_pulang", "metode"]);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, "xlsx", "presensi.xlsx"), useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet("Presensi");
  sheet.addRow(["nip", "tanggal", "jam_masuk", "jam_pulang", "metode"]).commit();
  for (let i = 0; i < rows; i++) {
    const nip = nipOf(i % EMPLOYEES);
    const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(i / EMPLOYEES) * DAY);
    const [masuk, pulang] = [`07:${String(10 + (i % 40)).padStart(2, "0")}`, `16:${String(i % 50).padStart(2, "0")}`];
    csv.row([nip, date.toISOString().slice(0, 10), masuk, pulang, "mobile"]);
    const row = sheet.addRow([nip, date, masuk, pulang, "mobile"]);
    row.getCell(2).numFmt = "dd-mm-yyyy";
    row.commit();
  }
  csv.close();
  await book.commit();
}
