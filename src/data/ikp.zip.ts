// Special instructions (IKP, docs/aturan.md#ikp) as one archive (one loader process, one database
// open): opd-bulan.json (per OPD and deadline month: done on time, late, open past the deadline,
// open not yet due; points earned and employees whose TPP kinerja share it cut), opd-tahun.json
// (the same per OPD and year, `month` = the year's first month), tahun.json (the same for the
// whole kabupaten per year), lewat-tenggat.csv (every instruction still open past its deadline;
// internal: names) and pengaturan.json (the amounts).
// Public build: opd-bulan.json is the whole kabupaten per month (opd_code empty), no
// lewat-tenggat.csv rows, and a figure about fewer than min_group_size people is null.
import JSZip from "jszip";
import { queryEach, toCsv } from "./lib/query.ts";
import { isPublic, personRows, suppressionThreshold, suppressSmall } from "./lib/profile.ts";

const k = await suppressionThreshold();

/** The outcome counts of a group of instructions (`results` joined to `employees`); due, kept and not due are ikp_results' own columns. */
const outcomes = (small: (value: string) => string) => `
      ${small("count(*)::integer")} as instructions,
      ${small("count(distinct results.nip)::integer")} as employees,
      ${small("(count(*) filter (where results.is_due))::integer")} as due,
      ${small("(count(*) filter (where results.is_kept))::integer")} as on_time,
      ${small("(count(*) filter (where results.status = 'terlambat'))::integer")} as late,
      ${small("(count(*) filter (where results.overdue))::integer")} as overdue,
      ${small("(count(*) filter (where not results.is_due))::integer")} as not_due,
      ${small("rate_pct(count(*) filter (where results.is_kept), count(*) filter (where results.is_due))::double")} as kept_pct,
      ${small("sum(results.reward_points)::double")} as reward_points,
      ${small(suppressSmall(deducted, `${deducted}::integer`, k))} as employees_deducted`;
const deducted = "count(distinct results.nip) filter (where results.tpp_deduction_pct > 0)";
const small = (value: string) => suppressSmall("count(distinct results.nip)", value, k);
const byOpd = !isPublic();

const files: [string, string][] = [
  ["opd-bulan.json", `
    select
      ${byOpd ? "employees.opd_code" : "null::varchar"} as opd_code,
      ${byOpd ? "any_value(employees.opd_name)" : "'Seluruh OPD'"} as opd_name,
      strftime(results.month, '%Y-%m-%d') as month,${outcomes(small)}
    from marts.ikp_results as results
    inner join marts.employees as employees using (nip)
    group by ${byOpd ? "employees.opd_code, " : ""}results.month
    order by ${byOpd ? "employees.opd_code, " : ""}month`],
  ["opd-tahun.json", `
    select
      employees.opd_code,
      any_value(employees.opd_name) as opd_name,
      strftime(date_trunc('year', results.month), '%Y-%m-%d') as month,${outcomes(small)}
    from marts.ikp_results as results
    inner join marts.employees as employees using (nip)
    group by employees.opd_code, date_trunc('year', results.month)
    order by employees.opd_code, month`],
  ["tahun.json", `
    select
      year(results.month)::integer as year,${outcomes(small)}
    from marts.ikp_results as results
    inner join marts.employees as employees using (nip)
    group by year(results.month)
    order by year`],
  ["lewat-tenggat.csv", personRows(`
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
    order by results.deadline, employees.opd_name, employees.name`)],
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
