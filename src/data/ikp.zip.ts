// Special instructions (IKP, rules.md §6) as one archive (one loader process, one database
// open): opd-bulan.json (per OPD and deadline month: done on time, late, open past the deadline,
// open not yet due; points earned and employees whose TPP kinerja share it cut), lewat-tenggat.csv (every
// instruction still open past its deadline; internal: names) and pengaturan.json (the amounts).
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";

const files: [string, string][] = [
  ["opd-bulan.json", `
    select
      employees.opd_code,
      any_value(employees.opd_name) as opd_name,
      strftime(results.month, '%Y-%m-%d') as month,
      count(*)::integer as instructions,
      count(distinct results.nip)::integer as employees,
      (count(*) filter (where results.status = 'tepat_waktu'))::integer as on_time,
      (count(*) filter (where results.status = 'terlambat'))::integer as late,
      (count(*) filter (where results.overdue))::integer as overdue,
      (count(*) filter (where results.status = 'belum_selesai' and not results.overdue))::integer as not_due,
      sum(results.reward_points)::double as reward_points,
      (count(distinct results.nip) filter (where results.tpp_deduction_pct > 0))::integer as employees_deducted
    from marts.ikp_results as results
    inner join marts.employees as employees using (nip)
    group by employees.opd_code, results.month
    order by employees.opd_code, month`],
  ["lewat-tenggat.csv", `
    select
      results.id,
      results.nip,
      employees.name,
      employees.opd_name,
      results.title,
      strftime(results.issued_on, '%Y-%m-%d') as issued_on,
      strftime(results.deadline, '%Y-%m-%d') as deadline,
      results.tpp_deduction_pct,
      results.rule
    from marts.ikp_results as results
    left join marts.employees as employees using (nip)
    where results.overdue
    order by results.deadline, employees.opd_name, employees.name`],
  ["pengaturan.json", `
    select
      ikp.reward_points_on_time::double as reward_points_on_time,
      ikp.late_pct::double as late_pct,
      ikp.not_completed_pct::double as not_completed_pct,
      tpp.legal_basis
    from config.ikp as ikp, config.tpp_performance as tpp`],
];

const zip = new JSZip();
await queryEach(files, (name, rows) => zip.file(name, name.endsWith(".csv") ? toCsv(rows) : JSON.stringify(rows)));
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
