// The SQL of the OPD profiles (src/data/opd.zip.ts): selects and sums over the marts, one query
// per part of the page, each for every OPD and (opd_code null, kabupaten true) for the kabupaten.
// Latest year of each mart; no NIP, no name leaves these queries.

// Every figure of an OPD and of the kabupaten: opd_code null and kabupaten true for the latter.
const opdKey = `case when grouping(opd_code) = 0 then opd_code end as opd_code, grouping(opd_code) = 1 as kabupaten`;
const byOpd = `group by grouping sets ((opd_code), ()) having grouping(opd_code) = 1 or opd_code is not null`;
const latestMonthYear = (mart: string) => `(select max(year(month)) from ${mart})`;
const latestYear = (mart: string) => `(select max(year) from ${mart})`;
// The latest year as a report period (marts.report_periods): the OPD figures of that year.
// Figures of the periodic report's OPD table that the profile does not show.
const REPORT_ONLY = ["headcount", "late_minutes_per_employee", "on_ladder", "skp_rated", "skp_good_pct", "award_selected", "award_winners"]
  .map((figure) => `'${figure}'`).join(", ");
const LATEST_YEAR_PERIOD = `(select max_by(period, year) from marts.report_periods where award_level = 'tahunan')`;
// The regulation's name from a shipped legal_basis text ("PP 94/2021 Pasal 9: ..." -> "PP 94/2021").
const regulation = (column: string, table: string) =>
  `(select min(coalesce(nullif(regexp_extract(${column}, '^(.+? [0-9]+/[0-9]{4})', 1), ''), split_part(${column}, ':', 1))) from ${table})`;

/** People counted once per OPD (and once in the kabupaten) by category: `from` gives opd_code, category. */
const peopleBy = (dimension: string, from: string) => `
  select ${opdKey}, '${dimension}' as dimension, category, count(*)::integer as n
  from (${from})
  group by grouping sets ((opd_code, category), (category))
  having grouping(opd_code) = 1 or opd_code is not null`;

export const OPD_QUERIES: [string, string][] = [
  ["opds", `
    select opd_code, opd_name, staffed_units as units from marts.opds where employees > 0 order by opd_code`],
  ["counts", [
    peopleBy("employees", `select opd_code, 'semua' as category from marts.employees where active`),
    peopleBy("employee_type", `select opd_code, coalesce(employee_type, '-') as category from marts.employees where active`),
    peopleBy("position_type", `select opd_code, coalesce(position_type, '-') as category from marts.employees where active`),
    // PP 94/2021 level of the latest year, every PNS with a row (level 'none' included): the
    // regulation applies to PNS only
    peopleBy("discipline_level", `
      select employees.opd_code, recommendations.level as category
      from marts.discipline_recommendations as recommendations inner join marts.employees as employees using (nip)
      where recommendations.year = ${latestYear("marts.discipline_recommendations")} and recommendations.employee_type = 'PNS'`),
    // PPPK of the latest year with TK or converted days counted (evidence for the PPK, PP 49/2018
    // Pasal 52), or on a rung of the instansi's own PPPK ladder
    peopleBy("pppk_discipline", `
      select employees.opd_code,
        case when recommendations.level <> 'none' then 'pada_tingkat'
          when recommendations.days_total + recommendations.max_consecutive_tk > 0 then 'dengan_hari'
          else 'tanpa_hari' end as category
      from marts.discipline_recommendations as recommendations inner join marts.employees as employees using (nip)
      where recommendations.year = ${latestYear("marts.discipline_recommendations")} and recommendations.employee_type = 'PPPK'`),
    peopleBy("box", `select opd_code, box::varchar as category from marts.talent_nine_box
      where year = ${latestYear("marts.talent_nine_box")} and box is not null`),
    peopleBy("talent_pool", `select opd_code, 'semua' as category from marts.talent_nine_box
      where year = ${latestYear("marts.talent_nine_box")} and in_talent_pool`),
    // employees with at least one discipline deduction line in the latest TPP year
    peopleBy("tpp_deducted", `select opd_code, 'semua' as category from marts.tpp_deductions
      where year(month) = ${latestMonthYear("marts.tpp_deductions")} group by opd_code, nip having sum(events) > 0`),
    peopleBy("merit_scored", `select opd_code, 'semua' as category from marts.merit_scores
      where year = ${latestYear("marts.merit_scores")} and score is not null`),
    // predikat of the curve period (SE MenPANRB 3/2023), summed over the OPD's units
    `select ${opdKey}, 'predikat' as dimension, category, sum(n)::integer as n
     from (
       select opd_code, regexp_replace(column_name, '^n_', '') as category, n
       from (unpivot (select opd_code, n_sangat_baik, n_baik, n_butuh_perbaikan, n_kurang_misconduct, n_sangat_kurang
                      from marts.predikat_distribution where year = ${latestYear("marts.predikat_distribution")})
             on n_sangat_baik, n_baik, n_butuh_perbaikan, n_kurang_misconduct, n_sangat_kurang into name column_name value n))
     group by grouping sets ((opd_code, category), (category))
     having grouping(opd_code) = 1 or opd_code is not null`,
  ].join("\nunion all\n")],
  // Every rate, share and rank of the OPDs and the kabupaten in the latest year (marts.opd_figures):
  // one row per OPD (opd_code null: the kabupaten) and figure, with its group size.
  // verdict: against the kabupaten within the figure's tolerance, none for a small group (small_group:
  // fewer people than completeness.min_compared_n); better, tolerance and the months
  // left out (data not final) are the figure's, the same on every row of it.
  ["figures", `
    select opd_code, false as kabupaten, figure, value, n, part_n, rank, verdict, small_group, better, tolerance, months_left_out
    from marts.opd_figures where period = ${LATEST_YEAR_PERIOD} and figure not in (${REPORT_ONLY})
    union all
    select distinct null, true, figure, kabupaten_value, kabupaten_n, null, null, null, false, better, tolerance, months_left_out
    from marts.opd_figures where period = ${LATEST_YEAR_PERIOD} and figure not in (${REPORT_ONLY})`],
  ["attendance_months", `
    with months as (
      select opd_code, false as kabupaten, month, headcount, employee_days, present_days, tk_days from marts.unit_summary
      union all
      select null, true, month, sum(headcount), sum(employee_days), sum(present_days), sum(tk_days) from marts.unit_summary group by month
    )
    select opd_code, kabupaten, strftime(month, '%Y-%m-%d') as month, headcount::integer as group_size,
      (present_days / nullif(employee_days, 0))::double as attendance_rate,
      (100.0 * tk_days / nullif(employee_days, 0))::double as tk_per_100
    from months order by month`],
  ["tpp_months", `
    select ${opdKey}, strftime(month, '%Y-%m-%d') as month, count(distinct nip)::integer as group_size,
      avg(total_pct)::double as tpp_mean_total_pct
    from marts.tpp_deductions
    group by grouping sets ((opd_code, month), (month)) having grouping(opd_code) = 1 or opd_code is not null
    order by month`],
  // Minutes by approval status; approvals_open is the instansi's month (marts.productivity_months).
  ["productivity_months", `
    select ${opdKey}, strftime(month, '%Y-%m-%d') as month, count(distinct nip)::integer as group_size,
      (100.0 * sum(counted_minutes) / nullif(sum(expected_minutes), 0))::double as productivity_pct,
      sum(approved_minutes)::integer as approved_minutes,
      sum(pending_minutes)::integer as pending_minutes,
      sum(rejected_minutes)::integer as rejected_minutes,
      bool_or(approvals_open) as approvals_open
    from marts.productivity_monthly
    group by grouping sets ((opd_code, month), (month)) having grouping(opd_code) = 1 or opd_code is not null
    order by month`],
  // Predikat distribution of the curve period and its SE MenPANRB 3/2023 check, per OPD.
  ["predikat", `
    select ${opdKey},
      count(distinct unit_code)::integer as pred_units,
      (count(distinct unit_code) filter (where rules_checked > 0))::integer as pred_units_checked,
      (count(distinct unit_code) filter (where breaks_curve))::integer as pred_units_breaking,
      case when count(distinct unit_code) = 1 then any_value(organisation_predikat) end as organisation_predikat
    from marts.predikat_distribution where year = ${latestYear("marts.predikat_distribution")}
    ${byOpd}`],
  ["curve", `
    select distribution.opd_code, checks.unit_code,
      coalesce(units.unit_name, distribution.opd_name, checks.unit_code) as unit_name,
      checks.organisation_predikat, checks.rule, checks.description, checks.bound, checks.bound_pct::double as bound_pct,
      checks.n::integer as n, checks.n_matching::integer as n_matching, checks.actual_pct::double as actual_pct, checks.passed
    from marts.predikat_curve_checks as checks
    inner join marts.predikat_distribution as distribution using (unit_code, year, period)
    left join marts.units as units using (unit_code)
    where checks.year = ${latestYear("marts.predikat_distribution")}
    order by distribution.opd_code, checks.unit_code, checks.rule`],
  // Succession (docs/aturan.md#talenta): every position of the OPD and whether a candidate is ready now.
  ["succession", `
    with positions as (
      select opd_code, position_key, position_type, echelon, count(nip) as candidates, coalesce(bool_or(readiness = 'siap'), false) as has_ready
      from marts.talent_succession where scope = 'jabatan' group by all
    )
    select ${opdKey}, position_type, echelon,
      count(*)::integer as positions,
      (count(*) filter (where not has_ready))::integer as without_ready,
      (count(*) filter (where candidates = 0))::integer as without_candidate
    from positions
    group by grouping sets ((opd_code, position_type, echelon), (position_type, echelon))
    having grouping(opd_code) = 1 or opd_code is not null
    order by opd_code, echelon, position_type`],
  ["settings", `
    select
      ${latestMonthYear("marts.unit_summary")}::integer as attendance_year,
      (select strftime(max(month), '%Y-%m-%d') from marts.unit_summary) as attendance_last_month,
      ${latestYear("marts.discipline_recommendations")} as discipline_year,
      ${latestMonthYear("marts.tpp_deductions")}::integer as tpp_year,
      ${latestYear("marts.predikat_distribution")} as predikat_year,
      (select curve_period from config.performance) as predikat_period,
      ${latestMonthYear("marts.productivity_monthly")}::integer as productivity_year,
      (select open_approval_pct from config.productivity)::double as open_approval_pct,
      (select min_compared_n from config.completeness)::integer as min_compared_n,
      ${latestMonthYear("marts.ikp_results")}::integer as ikp_year,
      ${latestYear("marts.merit_unit_summary")} as merit_year,
      ${latestYear("marts.talent_nine_box")} as talent_year,
      (select minutes_per_day from config.settings)::integer as minutes_per_day,
      (select tpp_legal_basis from config.settings) as tpp_regulation,
      ${regulation("legal_basis", "rules.pp94_2021_ladder")} as discipline_regulation,
      (select first(sanction_label || ' (' || legal_basis || ')' order by min_days) from config.discipline_ladder
        where employee_type = 'PPPK' and level = 'none') as pppk_discipline_note,
      (select bool_or(level <> 'none') from config.discipline_ladder where employee_type = 'PPPK') as pppk_own_ladder,
      ${regulation("legal_basis", "rules.se_menpanrb_3_2023_curve")} as curve_regulation,
      ${regulation("legal_basis", "rules.permenpanrb_6_2022_predikat")} as predikat_regulation,
      ${regulation("legal_basis", "rules.permenpanrb_3_2020_nine_box")} as nine_box_regulation,
      ${regulation("legal_basis", "rules.jpm_categories")} as jpm_regulation,
      (select list({box: box, performance_level: performance_level, potential_level: potential_level, label: label} order by box)
        from rules.permenpanrb_3_2020_nine_box) as nine_box`],
];
