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

// The figures of the report's OPD table (marts.opd_figures has more; the OPD profile shows them).
const REPORT_OPD_FIGURES = [
  "headcount", "attendance_rate", "tk_days", "tk_per_100", "late_minutes_per_employee", "on_ladder",
  "tpp_mean_total_pct", "productivity_pct", "skp_good_pct", "ikp_on_time_pct", "award_selected", "award_winners",
];

type Row = Record<string, unknown>;
const k = await suppressionThreshold();
const small = (n: string, value = n) => suppressSmall(n, value, k);
const internal = !isPublic();

// The period's two windows (marts.report_period_windows): itself up to its last attendance date,
// and the whole period before it; SKP ratings are matched on the whole period (skp_end).
const windows = `select * from marts.report_period_windows where period = '${period.period}'`;

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
      -- a quarter has dozens of nominees (a few per OPD): the report lists the winners and this many of the best (marts.awards.in_report)
      awards.report_nominees::integer as report_nominees,
      awards.quarter_winners::integer as quarter_winners,
      awards.shortlist_size::integer as shortlist_size,
      awards.annual_winners::integer as annual_winners
    from config.settings as settings, config.awards as awards`],

  // The headline figures of the period and of the one before it (marts.report_period_summary), one
  // row per window and figure; reshaped below into one object per window.
  ["ringkasan", `
    select 'current' as which, figure, ${small("n", "value")} as value
    from marts.report_period_summary where period = '${period.period}'
    union all
    select 'previous', figure, ${small("previous_n", "previous_value")}
    from marts.report_period_summary where period = '${period.period}'`],
  ["jendela", `select which, approvals_open as productivity_approvals_open from (${windows})`],
  // How each headline figure compares (marts.report_period_summary): lebih baik / setara / lebih
  // buruk within its tolerance, and the months its data left out (not final). No verdict on a
  // figure either window hides.
  ["perbandingan", `
    select figure, better, tolerance,
      case when (${small("n", "1")}) is not null and (${small("previous_n", "1")}) is not null then verdict end as verdict,
      months_left_out, previous_months_left_out
    from marts.report_period_summary where period = '${period.period}'`],

  // PNS on the PP 94/2021 ladder (marts.report_period_rungs): on each level at the period's end, and
  // reached during the period. PPPK come apart, in bukti_pppk.
  ["tingkat", `
    select which, level, at_end, at_least_end, reached from (
      select 'current' as which, level, level_rank,
        ${small("at_end")} as at_end, ${small("at_least_end")} as at_least_end, ${small("reached")} as reached
      from marts.report_period_rungs where period = '${period.period}' and employee_type = 'PNS'
      union all
      select 'previous', level, level_rank,
        ${small("previous_at_end")}, ${small("previous_at_least_end")}, ${small("previous_reached")}
      from marts.report_period_rungs where period = '${period.period}' and employee_type = 'PNS')
    order by which, level_rank`],

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
      select month, rate_pct(sum(counted_minutes), sum(expected_minutes))::double as productivity_pct,
        bool_or(approvals_open) as productivity_approvals_open
      from marts.productivity_monthly group by month),
    tpp as (select month, avg(total_pct)::double as tpp_mean_total_pct from marts.tpp_deductions group by month),
    ikp as (
      select month, rate_pct(sum(kept), sum(due))::double as ikp_on_time_pct,
        (count(distinct nip) filter (where due > 0))::integer as ikp_due_employees
      from marts.ikp_monthly group by month),
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
      ${small("months.headcount", "per_100(months.tk_days, months.employee_days)::double")} as tk_per_100,
      ${small("months.headcount", "per_100(months.late_days, months.employee_days)::double")} as late_per_100,
      ${small("months.headcount", "months.late_minutes / nullif(months.headcount, 0)")}::double as late_minutes_per_employee,
      ${small("months.headcount", "productivity.productivity_pct")} as productivity_pct,
      coalesce(productivity.productivity_approvals_open, false) as productivity_approvals_open,
      ${small("months.headcount", "tpp.tpp_mean_total_pct")} as tpp_mean_total_pct,
      ${small("ikp.ikp_due_employees", "ikp.ikp_on_time_pct")} as ikp_on_time_pct,
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

  // One row per OPD: the period's figures (marts.opd_figures; public: null where the figure is about
  // fewer than k people), one row per OPD and figure, reshaped below into one object per OPD.
  ["opd", `
    select figures.opd_code, opds.opd_name, figures.figure,
      ${small("figures.n", "figures.value")} as value
    from marts.opd_figures as figures
    inner join marts.opds as opds using (opd_code)
    where figures.period = '${period.period}' and figures.figure in (${REPORT_OPD_FIGURES.map((f) => `'${f}'`).join(", ")})
      and figures.opd_code in (select opd_code from marts.opd_figures where period = '${period.period}' and figure = 'headcount')
    order by figures.opd_code`],

  // Predikat distribution of the period's SKP ratings (quarters of a quarter or semester; the year's annual rating).
  ["predikat", `
    with current as (select * from (${windows}) where which = 'current')
    select performance.period as skp_period, performance.predikat, ${small("count(*)")}::integer as employees
    from marts.performance as performance, current
    where performance.period_kind = current.skp_period_kind
      and performance.period_start >= current.start_date and performance.period_end <= current.skp_end
    group by all
    order by performance.period, performance.predikat`],

  // The award winners and the best nominees of the period (internal: names and NIPs).
  ["penghargaan", `
    select
      awards.award_level, awards.rank, awards.kabupaten_rank, awards.score, awards.selected, awards.winner, awards.predikat,
      ${internal ? "awards.nip, employees.name, employees.position_name," : ""}
      employees.position_type,
      employees.opd_name
    from marts.awards as awards
    left join marts.employees as employees using (nip)
    where awards.period = '${period.period}' and awards.in_report
    order by awards.winner desc, coalesce(awards.kabupaten_rank, awards.rank), awards.score desc`],

  ["jumlah_nominasi", `
    select (count(*) filter (where selected))::integer as selected,
      (count(distinct opd_code) filter (where selected))::integer as opds,
      (count(*) filter (where eligible))::integer as eligible,
      (count(*) filter (where not eligible))::integer as not_eligible,
      -- quarters of the period without a final 360 score: the behaviour part is 0 for everyone
      (select string_agg(period_label, ', ' order by period) from marts.data_completeness
        where source = 'penilaian360' and status = 'missing'
          and period_start between date '${period.period_start}' and date '${period.period_end}') as missing_360,
      (select weight from config.awards_weights where component = 'behaviour_360') as behaviour_weight
    from marts.awards where period = '${period.period}'`],
];

const report: Record<string, unknown> = {
  periode: { ...period, profile: internal ? "internal" : "public", min_group_size: await minGroupSize() },
};
try {
  await queryEach(queries, (name, rows) => {
    report[name] = name === "pengaturan" || name === "jumlah_nominasi" ? rows[0] : rows;
  });
  // Long rows (one per figure) into one object per window or OPD, as the page reads them.
  const wide = (list: unknown, key: string) => {
    const byKey = new Map<unknown, Row>();
    for (const row of list as Row[]) {
      const { figure, value, ...rest } = row;
      const item = byKey.get(row[key]) ?? { ...rest };
      item[figure as string] = value;
      byKey.set(row[key], item);
    }
    return [...byKey.values()];
  };
  const open = new Map((report.jendela as Row[]).map((row) => [row.which, row.productivity_approvals_open]));
  delete report.jendela;
  const summary = wide(report.ringkasan, "which").map((row): Row => ({ ...row, productivity_approvals_open: open.get(row.which) }));
  report.ringkasan = summary.map(({ which, ...rest }) => ({
    which,
    ...Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("pppk_"))),
  }));
  report.bukti_pppk = summary.map((row) => ({
    which: row.which,
    ...Object.fromEntries(Object.entries(row).filter(([key]) => key.startsWith("pppk_")).map(([key, value]) => [key.slice(5), value])),
  }));
  report.opd = wide(report.opd, "opd_code");
  report.perbandingan = Object.fromEntries((report.perbandingan as Row[]).map(({ figure, ...rest }) => [figure, rest]));
  process.stdout.write(JSON.stringify(report));
} catch (error) {
  process.stderr.write(`loader gagal (${period.period}): ${(error as Error).message}\n`);
  process.exitCode = 1;
}
