// The TPP deductions of each calendar month (every year in the data), as one archive of small
// CSV files: pegawai-MM.csv (per employee with a deduction, internal: names) and baris-MM.csv
// (every priced line: date, event, minutes, rule). One loader process and one database open
// instead of 24; the page names each member statically and Framework extracts it at build time.
// Public build: every member is empty (person-level rows only).
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { personRows } from "./lib/profile.ts";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

const employees = (month: number) => `
  select
    deductions.nip,
    employees.name,
    deductions.opd_code,
    strftime(deductions.month, '%Y-%m-%d') as month,
    deductions.working_days::integer as working_days,
    deductions.events::integer as events,
    deductions.discipline_lines_pct::double as discipline_lines_pct,
    deductions.discipline_pct::double as discipline_pct,
    deductions.performance_pct::double as performance_pct, -- empty while the kinerja part is not priced
    deductions.total_pct::double as total_pct
  from marts.tpp_deductions as deductions
  left join marts.employees as employees using (nip)
  where month(deductions.month) = ${month} and deductions.total_pct > 0
  order by deductions.month, deductions.discipline_pct desc, employees.name
`;

const lines = (month: number) => `
  select
    nip,
    strftime(date, '%Y-%m-%d') as date,
    event,
    minutes::integer as minutes,
    pct::double as pct,
    rule
  from marts.tpp_deduction_lines
  where month(month) = ${month}
  order by nip, date, event
`;

const zip = new JSZip();
await queryEach(
  MONTHS.flatMap((mm) => [
    [`pegawai-${mm}.csv`, personRows(employees(Number(mm)))],
    [`baris-${mm}.csv`, personRows(lines(Number(mm)))],
  ] as [string, string][]),
  (name, rows) => zip.file(name, toCsv(rows)),
);
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
