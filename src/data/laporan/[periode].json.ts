// One periodic report (issue 6): the figures of one award period (2025-TW1, 2025-S1, 2025) beside
// the period before it, the months of its year, its OPDs, its award winners and its discipline
// follow-up, as one JSON object for src/laporan/[periode].md. Framework runs it once per period
// with --periode=2025-TW1. Sums and shares only: every rule was applied by the pipeline.
// Public build (src/data/lib/profile.ts): no NIP, no name, and every figure about fewer than
// min_group_size people is null.
import { parseArgs } from "node:util";
import { isPublic, minGroupSize, suppressionThreshold, suppressSmall } from "../lib/profile.ts";
import { queryEach, queryRows } from "../lib/query.ts";
import { REPORT_PERIODS_SQL, type ReportPeriod } from "../laporan-periods.ts";

const { values } = parseArgs({ options: { periode: { type: "string" } }, strict: false });
const periods = (await queryRows(REPORT_PERIODS_SQL)) as unknown as ReportPeriod[];
const period = periods.find((p) => p.period === values.periode);
if (!period) throw new Error(`periode tidak dikenal: ${values.periode} (ada: ${periods.map((p) => p.period).join(", ")})`);

// A quarter has dozens of nominees (a few per OPD); the report lists the winners and the best of the rest.
const TOP_NOMINEES = 10;

const k = await suppressionThreshold();
const small = (n: string, value = n) => suppressSmall(n, value, k);
const internal = !isPublic();

// The current period up to its last attendance date, and the whole period before it (SKP periods
// are matched on the whole period, `period_end`).
const windows = `
  select * from (values
    ('current', date '${period.period_start}', date '${period.data_end}', date '${period.period_end}'),
    ('previous', date '${period.previous_start}', date '${period.previous_end}', date '${period.previous_end}')
  ) as t(which, start_date, end_date, period_end)`;
const skpKind = period.award_level === "tahunan" ? "tahunan" : "triwulan";

// Levels of the ladder in their order (from the shipped PP 94/2021 table, lightest first).
const levels = `
  select level, (dense_rank() over (order by min(min_days)))::integer - 1 as rank
  from rules.pp94_2021_ladder group by level`;

// PNS at or above each level at each month end, kabupaten-wide (PP 94/2021 applies to PNS only;
// PPPK come apart, in bukti_pppk).
const atLeast = `
  select rungs.month, levels.level, sum(rungs.employees) filter (where rung_levels.rank >= levels.rank)::integer as employees
  from marts.discipline_rungs_monthly as rungs
  inner join (${levels}) as rung_levels on rung_levels.level = rungs.level
  cross join (${levels}) as levels
  where levels.rank > 0 and rungs.employee_type = 'PNS'
  group by all`;

// The PP 94/2021 count restarts every calendar year: a rung reached in a period = on it (or a
// heavier one) at the period's last month end, less just before the period (none in January).
const rungWindows = `
  select windows.which, date_trunc('month', windows.end_date)::date as end_month,
    case when month(windows.start_date) > 1 then (date_trunc('month', windows.start_date) - interval 1 month)::date end as before_month
  from (${windows}) as windows`;

const queries: [string, string][] = [
  ["pengaturan", `
    select
      settings.instansi_name,
      settings.tpp_legal_basis,
      (select legal_basis from config.tpp_performance limit 1) as tpp_performance_legal_basis,
      (select list(struct_pack(level, legal_basis) order by min_days) from (
        select level, min(min_days) as min_days, first(legal_basis order by min_days) as legal_basis
        from rules.pp94_2021_ladder where level <> 'none' group by level)) as ladder_legal_basis,
      (select first(legal_basis) from rules.pp94_2021_consecutive) as consecutive_legal_basis,
      (select split_part(first(legal_basis), ':', 1) from rules.permenpanrb_6_2022_predikat) as predikat_legal_basis,
      awards.nominees_per_opd::integer as nominees_per_opd,
      awards.quarter_winners::integer as quarter_winners,
      awards.shortlist_size::integer as shortlist_size,
      awards.annual_winners::integer as annual_winners
    from config.settings as settings, config.awards as awards`],

  // The headline figures of the period and of the one before it.
  ["ringkasan", `
    with windows as (${windows}),
    attendance as (
      select windows.which,
        sum(units.employee_days)::integer as employee_days,
        sum(units.present_days)::integer as present_days,
        sum(units.tk_days)::integer as tk_days,
        sum(units.late_days)::integer as late_days,
        sum(units.late_minutes)::bigint::double as late_minutes,
        sum(units.early_minutes)::bigint::double as early_minutes,
        count(distinct units.month)::integer as months,
        max(units.month) as last_month
      from windows inner join marts.unit_summary as units on units.month between windows.start_date and windows.end_date
      group by windows.which),
    headcount as (
      select attendance.which, sum(units.headcount)::integer as headcount
      from attendance inner join marts.unit_summary as units on units.month = attendance.last_month
      group by attendance.which),
    tpp as (
      select windows.which, count(*)::integer as employee_months,
        avg(deductions.total_pct)::double as mean_total_pct,
        avg(deductions.discipline_pct)::double as mean_discipline_pct,
        avg(deductions.performance_pct)::double as mean_performance_pct,
        (count(*) filter (where deductions.events > 0))::integer as employee_months_deducted
      from windows inner join marts.tpp_deductions as deductions on deductions.month between windows.start_date and windows.end_date
      group by windows.which),
    productivity as (
      select windows.which,
        (100.0 * sum(months.counted_minutes) / nullif(sum(months.expected_minutes), 0))::double as productivity_pct,
        -- a month of the window whose approvals are still open: the figure is provisional
        bool_or(months.approvals_open) as productivity_approvals_open
      from windows inner join marts.productivity_monthly as months on months.month between windows.start_date and windows.end_date
      group by windows.which),
    predikat as (
      select windows.which, count(*)::integer as skp_rated,
        (count(*) filter (where performance.predikat in ('sangat_baik', 'baik')))::integer as skp_good
      from windows inner join marts.performance as performance
        on performance.period_kind = '${skpKind}'
        and performance.period_start >= windows.start_date and performance.period_end <= windows.period_end
      group by windows.which),
    ikp as (
      select windows.which, count(*)::integer as instructions,
        (count(*) filter (where results.status = 'tepat_waktu'))::integer as on_time,
        (count(*) filter (where results.status = 'belum_selesai' and not results.overdue))::integer as not_due
      from windows inner join marts.ikp_results as results on results.month between windows.start_date and windows.end_date
      group by windows.which)
    select
      windows.which,
      attendance.months,
      ${small("headcount.headcount")} as headcount,
      attendance.employee_days,
      (attendance.present_days / nullif(attendance.employee_days, 0))::double as attendance_rate,
      ${small("headcount.headcount", "attendance.tk_days")} as tk_days,
      ${small("headcount.headcount", "(100.0 * attendance.tk_days / nullif(attendance.employee_days, 0))::double")} as tk_per_100,
      ${small("headcount.headcount", "(100.0 * attendance.late_days / nullif(attendance.employee_days, 0))::double")} as late_per_100,
      ${small("headcount.headcount", "attendance.late_minutes")} as late_minutes,
      ${small("headcount.headcount", "attendance.early_minutes")} as early_minutes,
      ${small("headcount.headcount", "tpp.mean_total_pct")} as tpp_mean_total_pct,
      ${small("headcount.headcount", "tpp.mean_discipline_pct")} as tpp_mean_discipline_pct,
      ${small("headcount.headcount", "tpp.mean_performance_pct")} as tpp_mean_performance_pct,
      ${small("headcount.headcount", "(100.0 * tpp.employee_months_deducted / nullif(tpp.employee_months, 0))::double")} as tpp_deducted_pct,
      ${small("headcount.headcount", "productivity.productivity_pct")} as productivity_pct,
      coalesce(productivity.productivity_approvals_open, false) as productivity_approvals_open,
      ${small("predikat.skp_rated")} as skp_rated,
      ${small("predikat.skp_rated", "(100.0 * predikat.skp_good / nullif(predikat.skp_rated, 0))::double")} as skp_good_pct,
      ikp.instructions - ikp.not_due as ikp_due,
      ${small("ikp.instructions - ikp.not_due", "(100.0 * ikp.on_time / nullif(ikp.instructions - ikp.not_due, 0))::double")} as ikp_on_time_pct
    from windows
    left join attendance using (which)
    left join headcount using (which)
    left join tpp using (which)
    left join productivity using (which)
    left join predikat using (which)
    left join ikp using (which)
    order by windows.which`],

  // PP 94/2021 rungs: on each level at the period's end, and reached during the period.
  ["tingkat", `
    with kabupaten as (${atLeast}),
    exact as (
      select rungs.month, rungs.level, sum(rungs.employees)::integer as employees
      from marts.discipline_rungs_monthly as rungs where rungs.employee_type = 'PNS' group by all)
    select
      windows.which,
      levels.level,
      ${small("coalesce(exact.employees, 0)")} as at_end,
      ${small("coalesce(ends.employees, 0)")} as at_least_end, -- on this level or a heavier one
      ${small("greatest(coalesce(ends.employees, 0) - coalesce(starts.employees, 0), 0)")} as reached
    from (${rungWindows}) as windows
    cross join (${levels}) as levels
    left join exact on exact.month = windows.end_month and exact.level = levels.level
    left join kabupaten as ends on ends.month = windows.end_month and ends.level = levels.level
    left join kabupaten as starts on starts.month = windows.before_month and starts.level = levels.level
    where levels.rank > 0
    order by windows.which, levels.rank`],

  // PPPK at the period's end (PP 49/2018 Pasal 52: no PNS sanction): how many have TK or converted
  // days in the year so far, their days, and (only under an instansi's own PPPK ladder) on a rung.
  ["bukti_pppk", `
    select
      windows.which,
      ${small("coalesce(sum(rungs.employees), 0)")}::integer as employees,
      ${small("coalesce(sum(rungs.employees_with_days), 0)")}::integer as employees_with_days,
      ${small("coalesce(sum(rungs.employees_with_days), 0)", "coalesce(sum(rungs.days_total), 0)")}::integer as days_total,
      ${small("coalesce(sum(rungs.employees) filter (where rungs.level <> 'none'), 0)")}::integer as on_rung
    from (${rungWindows}) as windows
    left join marts.discipline_rungs_monthly as rungs on rungs.month = windows.end_month and rungs.employee_type = 'PPPK'
    group by windows.which
    order by windows.which`],

  // Recommendations whose final rung of the year was reached in the period, by level and what
  // BKPSDM decided (status as of the last data), and the decrees signed in the period.
  ["tindak_lanjut", `
    with windows as (${windows})
    select
      followup.level,
      followup.followup_status as status,
      ${small("count(*)")}::integer as recommendations
    from marts.discipline_followup as followup
    inner join windows on windows.which = 'current' and followup.reached_on between windows.start_date and windows.end_date
    group by all
    union all
    select 'sk' as level, followup.followup_status, ${small("count(*)")}::integer
    from marts.discipline_followup as followup
    inner join windows on windows.which = 'current' and followup.decree_date between windows.start_date and windows.end_date
    group by all`],

  // Internal only: the heavy (berat) recommendations of the period still waiting for a decision.
  ["menunggu_keputusan", internal ? `
    with windows as (${windows})
    select followup.nip, employees.name, employees.opd_name, employees.position_name, followup.level,
      followup.recommended_sanction as sanction, recommendations.sanction_label, recommendations.employee_type,
      followup.days_total::integer as days_total,
      strftime(followup.reached_on, '%Y-%m-%d') as reached_on
    from marts.discipline_followup as followup
    inner join windows on windows.which = 'current' and followup.reached_on between windows.start_date and windows.end_date
    left join marts.employees as employees using (nip)
    left join marts.discipline_recommendations as recommendations using (nip, year)
    where followup.level = 'berat' and followup.followup_status = 'belum_diputus'
    order by followup.reached_on, employees.opd_name, employees.name` : `select 1 where false`],

  // The months of the period's year up to its end, for the trend charts (the period's own marked).
  ["bulanan", `
    with windows as (${windows}), current as (select * from windows where which = 'current'),
    months as (
      select units.month,
        sum(units.headcount)::integer as headcount,
        sum(units.employee_days)::integer as employee_days,
        sum(units.present_days)::integer as present_days,
        sum(units.tk_days)::integer as tk_days,
        sum(units.late_days)::integer as late_days,
        sum(units.late_minutes)::integer as late_minutes
      from marts.unit_summary as units, current
      where year(units.month) = year(current.start_date) and units.month <= current.end_date
      group by units.month),
    productivity as (
      select month, (100.0 * sum(counted_minutes) / nullif(sum(expected_minutes), 0))::double as productivity_pct,
        bool_or(approvals_open) as productivity_approvals_open
      from marts.productivity_monthly group by month),
    tpp as (select month, avg(total_pct)::double as tpp_mean_total_pct from marts.tpp_deductions group by month),
    ikp as (
      select month, (100.0 * count(*) filter (where status = 'tepat_waktu')
        / nullif(count(*) filter (where not (status = 'belum_selesai' and not overdue)), 0))::double as ikp_on_time_pct,
        (count(*) filter (where not (status = 'belum_selesai' and not overdue)))::integer as ikp_due
      from marts.ikp_results group by month),
    rungs as (
      select month,
        sum(employees) filter (where level = 'ringan')::integer as ringan,
        sum(employees) filter (where level = 'sedang')::integer as sedang,
        sum(employees) filter (where level = 'berat')::integer as berat
      from marts.discipline_rungs_monthly where employee_type = 'PNS' group by month)
    select
      strftime(months.month, '%Y-%m-%d') as month,
      months.month >= current.start_date as in_period,
      (months.present_days / nullif(months.employee_days, 0))::double as attendance_rate,
      ${small("months.headcount", "(100.0 * months.tk_days / nullif(months.employee_days, 0))::double")} as tk_per_100,
      ${small("months.headcount", "(100.0 * months.late_days / nullif(months.employee_days, 0))::double")} as late_per_100,
      ${small("months.headcount", "months.late_minutes / nullif(months.headcount, 0)")}::double as late_minutes_per_employee,
      ${small("months.headcount", "productivity.productivity_pct")} as productivity_pct,
      coalesce(productivity.productivity_approvals_open, false) as productivity_approvals_open,
      ${small("months.headcount", "tpp.tpp_mean_total_pct")} as tpp_mean_total_pct,
      ${small("ikp.ikp_due", "ikp.ikp_on_time_pct")} as ikp_on_time_pct,
      ${small("coalesce(rungs.ringan, 0)")} as ringan,
      ${small("coalesce(rungs.sedang, 0)")} as sedang,
      ${small("coalesce(rungs.berat, 0)")} as berat
    from months
    cross join current
    left join productivity using (month)
    left join tpp using (month)
    left join ikp using (month)
    left join rungs using (month)
    order by months.month`],

  // One row per OPD: the period's figures (public: null where the OPD has fewer than k people).
  ["opd", `
    with windows as (${windows}), current as (select * from windows where which = 'current'),
    attendance as (
      select units.opd_code, any_value(units.opd_name) as opd_name,
        arg_max(units.headcount, units.month)::integer as headcount,
        sum(units.employee_days)::integer as employee_days,
        sum(units.present_days)::integer as present_days,
        sum(units.tk_days)::integer as tk_days,
        sum(units.late_minutes)::integer as late_minutes
      from marts.unit_summary as units, current
      where units.month between current.start_date and current.end_date
      group by units.opd_code),
    ladder as (
      select rungs.opd_code, sum(rungs.employees)::integer as on_ladder
      from marts.discipline_rungs_monthly as rungs, current
      where rungs.month = date_trunc('month', current.end_date) and rungs.level <> 'none'
      group by rungs.opd_code),
    tpp as (
      select deductions.opd_code, avg(deductions.total_pct)::double as tpp_mean_total_pct
      from marts.tpp_deductions as deductions, current
      where deductions.month between current.start_date and current.end_date
      group by deductions.opd_code),
    productivity as (
      select months.opd_code, (100.0 * sum(months.counted_minutes) / nullif(sum(months.expected_minutes), 0))::double as productivity_pct
      from marts.productivity_monthly as months, current
      where months.month between current.start_date and current.end_date
      group by months.opd_code),
    predikat as (
      select employees.opd_code, count(*)::integer as skp_rated,
        (100.0 * count(*) filter (where performance.predikat in ('sangat_baik', 'baik')) / count(*))::double as skp_good_pct
      from marts.performance as performance
      inner join marts.employees as employees using (nip)
      cross join current
      where performance.period_kind = '${skpKind}'
        and performance.period_start >= current.start_date and performance.period_end <= current.period_end
      group by employees.opd_code),
    ikp as (
      select employees.opd_code,
        (count(*) filter (where not (results.status = 'belum_selesai' and not results.overdue)))::integer as ikp_due,
        (100.0 * count(*) filter (where results.status = 'tepat_waktu')
          / nullif(count(*) filter (where not (results.status = 'belum_selesai' and not results.overdue)), 0))::double as ikp_on_time_pct
      from marts.ikp_results as results
      inner join marts.employees as employees using (nip)
      cross join current
      where results.month between current.start_date and current.end_date
      group by employees.opd_code),
    awards as (
      select awards.opd_code, (count(*) filter (where awards.selected))::integer as selected,
        (count(*) filter (where awards.winner))::integer as winners
      from marts.awards as awards where awards.period = '${period.period}' and awards.eligible
      group by awards.opd_code)
    select
      attendance.opd_code,
      attendance.opd_name,
      ${small("attendance.headcount")} as headcount,
      ${small("attendance.headcount", "(attendance.present_days / nullif(attendance.employee_days, 0))::double")} as attendance_rate,
      ${small("attendance.headcount", "attendance.tk_days")} as tk_days,
      ${small("attendance.headcount", "(100.0 * attendance.tk_days / nullif(attendance.employee_days, 0))::double")} as tk_per_100,
      ${small("attendance.headcount", "attendance.late_minutes / nullif(attendance.headcount, 0)")}::double as late_minutes_per_employee,
      ${small("coalesce(ladder.on_ladder, 0)")} as on_ladder,
      ${small("attendance.headcount", "tpp.tpp_mean_total_pct")} as tpp_mean_total_pct,
      ${small("attendance.headcount", "productivity.productivity_pct")} as productivity_pct,
      ${small("predikat.skp_rated", "predikat.skp_good_pct")} as skp_good_pct,
      ${small("ikp.ikp_due", "ikp.ikp_on_time_pct")} as ikp_on_time_pct,
      coalesce(awards.selected, 0) as award_selected,
      coalesce(awards.winners, 0) as award_winners
    from attendance
    left join ladder using (opd_code)
    left join tpp using (opd_code)
    left join productivity using (opd_code)
    left join predikat using (opd_code)
    left join ikp using (opd_code)
    left join awards using (opd_code)
    order by attendance.opd_code`],

  // Predikat distribution of the period's SKP ratings (quarters of a quarter or semester; the year's annual rating).
  ["predikat", `
    with current as (select * from (${windows}) where which = 'current')
    select performance.period as skp_period, performance.predikat, ${small("count(*)")}::integer as employees
    from marts.performance as performance, current
    where performance.period_kind = '${skpKind}'
      and performance.period_start >= current.start_date and performance.period_end <= current.period_end
    group by all
    order by performance.period, performance.predikat`],

  // The award winners and the best nominees of the period (internal: names and NIPs).
  ["penghargaan", `
    select
      awards.award_level,
      awards.rank::integer as rank,
      awards.kabupaten_rank::integer as kabupaten_rank,
      awards.score::double as score,
      awards.selected,
      awards.winner,
      awards.predikat,
      ${internal ? "awards.nip, employees.name, employees.position_name," : ""}
      employees.position_type,
      employees.opd_name
    from marts.awards as awards
    left join marts.employees as employees using (nip)
    where awards.period = '${period.period}' and awards.eligible
      and (awards.winner or (awards.award_level = 'triwulan' and awards.kabupaten_rank <= ${TOP_NOMINEES})
        or (awards.award_level = 'semester' and awards.selected) or awards.award_level = 'tahunan')
    order by awards.winner desc, coalesce(awards.kabupaten_rank, awards.rank), awards.score desc`],

  ["jumlah_nominasi", `
    select (count(*) filter (where selected))::integer as selected,
      (count(distinct opd_code) filter (where selected))::integer as opds,
      (count(*) filter (where eligible))::integer as eligible,
      (count(*) filter (where not eligible))::integer as not_eligible
    from marts.awards where period = '${period.period}'`],
];

const report: Record<string, unknown> = {
  periode: { ...period, profile: internal ? "internal" : "public", min_group_size: await minGroupSize(), top_nominees: TOP_NOMINEES },
};
try {
  await queryEach(queries, (name, rows) => {
    report[name] = name === "pengaturan" || name === "jumlah_nominasi" ? rows[0] : rows;
  });
  process.stdout.write(JSON.stringify(report));
} catch (error) {
  process.stderr.write(`loader gagal (${period.period}): ${(error as Error).message}\n`);
  process.exitCode = 1;
}
