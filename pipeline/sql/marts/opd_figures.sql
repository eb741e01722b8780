-- Every figure of every OPD, per report period (marts.report_periods: the quarters, semesters and
-- years), beside the kabupaten's: one row per period, OPD and figure. The periodic report's OPD
-- table reads a period; the OPD profile reads the latest year. Yearly figures (discipline
-- recommendations, talent pool, merit, succession) exist for the year periods only.
--   n        how many people the figure is about (null: positions or awards, about no group);
--   part_n   for a share of people, how many are in the part (the public build hides a share whose
--            part is 1 to min_group_size - 1 as it hides a small group);
--   better   which way is better (higher or lower), for the figures ranked among the OPDs;
--   rank     1 = best among the OPDs with a value (ties share a rank, compared to 4 decimals as
--            published), ranked_of how many OPDs have one, ties how many others share it. The
--            public build numbers the ranks again among the figures it shows (src/data/opd.zip.ts).
--   verdict  lebih_baik / setara / lebih_buruk against the kabupaten: setara while the difference is
--            within the figure's tolerance; months_left_out: the period's months whose data is not
--            final, which figures of that source (presensi, e-Kinerja, both) are computed without.
-- Which figures there are, which way each is better, which are yearly, which count 0 when their
-- source has no row, and which group gives n and part_n: pipeline/rules/figures.csv
-- (rules.figures). Each source below gives its figures (and the group sizes they name) as
-- columns of that name, per period and OPD, with the kabupaten (opd_code null) from its grouping set.
with settings as (
    select min_compared_n from config.completeness
),

periods as (
    select windows.*, periods.award_level, periods.year
    from marts.report_period_windows as windows
    inner join marts.report_periods as periods using (period)
    where windows.which = 'current'
),

-- the OPD rows of unit_summary and the kabupaten (opd_code null) as their sum, month by month
months as (
    select opd_code, month, headcount, employee_days, present_days, tk_days, late_minutes, early_minutes
    from marts.unit_summary
    union all
    select null, month, sum(headcount), sum(employee_days), sum(present_days), sum(tk_days), sum(late_minutes), sum(early_minutes)
    from marts.unit_summary
    group by month
),

-- attendance (Perpres 21/2023, docs/aturan.md#jam-kerja, #kehadiran); n: the most people in a month
attendance as (
    select
        periods.period,
        months.opd_code,
        arg_max(months.headcount, months.month)::integer as headcount, -- at the period's last month
        max(months.headcount)::integer as attendance_n,
        sum(months.present_days) / nullif(sum(months.employee_days), 0) as attendance_rate,
        sum(months.tk_days)::integer as tk_days,
        per_100(sum(months.tk_days), sum(months.employee_days)) as tk_per_100,
        sum(months.late_minutes) / nullif(arg_max(months.headcount, months.month)::integer, 0) as late_minutes_per_employee,
        sum(months.late_minutes) / nullif(sum(months.employee_days), 0) as late_minutes_per_day,
        sum(months.early_minutes) / nullif(sum(months.employee_days), 0) as early_minutes_per_day,
        (sum(months.late_minutes) + sum(months.early_minutes)) / nullif(sum(months.employee_days), 0) as late_early_minutes_per_day
    from periods
    inner join months on months.month between periods.start_date and periods.end_date
    inner join marts.data_final_months as final on final.source = 'presensi' and final.month = months.month
    group by all
),

-- discipline: on a rung at the period's last month end (PNS and a configured PPPK ladder)
ladder as (
    select periods.period, rungs.opd_code, sum(rungs.employees)::integer as on_ladder
    from periods
    inner join marts.discipline_rungs_monthly as rungs on rungs.month = date_trunc('month', periods.end_date)
    where rungs.level <> 'none'
    group by grouping sets ((periods.period, rungs.opd_code), (periods.period))
),

tpp as (
    select
        periods.period,
        deductions.opd_code,
        count(distinct deductions.nip)::integer as tpp_n,
        exact_mean(deductions.total_pct) as tpp_mean_total_pct,
        exact_mean(deductions.discipline_pct) as tpp_mean_discipline_pct,
        exact_mean(deductions.performance_pct) as tpp_mean_performance_pct -- null while the kinerja part is not priced
    from periods
    inner join marts.tpp_deductions as deductions on deductions.month between periods.start_date and periods.end_date
    inner join marts.data_final_months as final on final.source = 'semua' and final.month = deductions.month
    group by grouping sets ((periods.period, deductions.opd_code), (periods.period))
),

productivity as (
    select
        periods.period,
        months.opd_code,
        count(distinct months.nip)::integer as productivity_n,
        rate_pct(sum(months.counted_minutes), sum(months.expected_minutes)) as productivity_pct,
        per_100(sum(months.present_no_activity_days), sum(months.present_days)) as idle_per_100
    from periods
    inner join marts.productivity_monthly as months on months.month between periods.start_date and periods.end_date
    inner join marts.data_final_months as final on final.source = 'e_kinerja' and final.month = months.month
    group by grouping sets ((periods.period, months.opd_code), (periods.period))
),

-- SKP predikat of the period (PermenPANRB 6/2022)
predikat as (
    select
        periods.period,
        employees.opd_code,
        count(distinct performance.nip)::integer as predikat_n,
        count(*)::integer as skp_rated,
        rate_pct(count(*) filter (where performance.is_good), count(*)) as skp_good_pct
    from periods
    inner join marts.performance as performance
        on performance.period_kind = periods.skp_period_kind
        and performance.period_start >= periods.start_date and performance.period_end <= periods.skp_end
    inner join marts.employees as employees using (nip)
    group by grouping sets ((periods.period, employees.opd_code), (periods.period))
),

-- IKP by the assignee's OPD: instructions by outcome, kept of those due (ikp_results.is_due/is_kept)
ikp as (
    select
        periods.period,
        employees.opd_code,
        count(distinct results.nip)::integer as ikp_n,
        count(*)::integer as ikp_instructions,
        (count(*) filter (where results.is_kept))::integer as ikp_on_time,
        (count(*) filter (where results.status = 'terlambat'))::integer as ikp_late,
        (count(*) filter (where results.overdue))::integer as ikp_overdue,
        (count(*) filter (where not results.is_due))::integer as ikp_not_due,
        rate_pct(count(*) filter (where results.is_kept), count(*) filter (where results.is_due)) as ikp_on_time_pct
    from periods
    inner join marts.ikp_results as results on results.month between periods.start_date and periods.end_date
    inner join marts.data_final_months as final on final.source = 'ikp' and final.month = results.month
    inner join marts.employees as employees using (nip)
    group by grouping sets ((periods.period, employees.opd_code), (periods.period))
),

-- ASN teladan of the period
awards as (
    select
        periods.period,
        awards.opd_code,
        (count(*) filter (where awards.selected))::integer as award_selected,
        (count(*) filter (where awards.winner))::integer as award_winners
    from periods
    inner join marts.awards as awards on awards.period = periods.period and awards.eligible
    group by grouping sets ((periods.period, awards.opd_code), (periods.period))
),

-- the year's figures
years as (
    select period, year from periods where award_level = 'tahunan'
),

-- PP 94/2021 recommendations of the year, PNS only (the regulation applies to PNS)
discipline as (
    select
        years.period,
        employees.opd_code,
        count(*)::integer as discipline_n,
        (count(*) filter (where recommendations.level <> 'none'))::integer as recommended,
        per_100(count(*) filter (where recommendations.level <> 'none'), count(*)) as recommended_per_100
    from years
    inner join marts.discipline_recommendations as recommendations using (year)
    inner join marts.employees as employees using (nip)
    where recommendations.employee_type = 'PNS'
    group by grouping sets ((years.period, employees.opd_code), (years.period))
),

talent as (
    select
        years.period,
        boxes.opd_code,
        (count(*) filter (where boxes.box is not null))::integer as talent_n,
        (count(*) filter (where boxes.in_talent_pool))::integer as talent_pool,
        rate_pct(count(*) filter (where boxes.in_talent_pool), count(*) filter (where boxes.box is not null)) as talent_pool_pct
    from years
    inner join marts.talent_nine_box as boxes using (year)
    group by grouping sets ((years.period, boxes.opd_code), (years.period))
),

merit as (
    select
        years.period, summary.opd_code, summary.scored as merit_n, summary.median_score as merit_median,
        summary.p25_score as merit_p25, summary.p75_score as merit_p75, summary.mean_performance as merit_performance,
        summary.mean_discipline as merit_discipline, summary.mean_competency as merit_competency,
        summary.mean_development as merit_development, summary.mean_ikp as merit_ikp
    from years
    inner join marts.merit_unit_summary as summary using (year)
    union all
    select
        years.period, null, count(scores.score)::integer, round(median(scores.score), 2), round(quantile_cont(scores.score, 0.25), 2),
        round(quantile_cont(scores.score, 0.75), 2), round(avg(scores.performance), 2), round(avg(scores.discipline), 2),
        round(avg(scores.competency), 2), round(avg(scores.development), 2), round(avg(scores.ikp), 2)
    from years
    inner join marts.merit_scores as scores using (year)
    group by years.period
),

-- succession (docs/aturan.md#talenta): positions (not people) of the OPD, and those without a ready candidate
positions as (
    select
        years.period,
        succession.opd_code,
        succession.position_key,
        count(succession.nip) as candidates,
        coalesce(bool_or(succession.readiness = 'siap'), false) as has_ready
    from years
    inner join marts.talent_succession as succession using (year)
    where succession.scope = 'jabatan'
    group by all
),

succession as (
    select
        period,
        opd_code,
        count(*)::integer as succ_positions,
        (count(*) filter (where not has_ready))::integer as succ_without_ready,
        (count(*) filter (where candidates = 0))::integer as succ_without_candidate,
        rate_pct(count(*) filter (where has_ready), count(*)) as succession_ready_pct
    from positions
    group by grouping sets ((period, opd_code), (period))
),

-- one row per period and OPD (the kabupaten: opd_code null), every source's columns side by side;
-- every OPD (and the kabupaten) of a period with attendance, so that each has all its figures
wide as (
    select period, opd_code, max(columns(* exclude (period, opd_code)))
    from (
        from attendance union all by name from ladder union all by name from tpp union all by name from productivity
        union all by name from predikat union all by name from ikp union all by name from awards
        union all by name from discipline union all by name from talent union all by name from merit
        union all by name from succession
    )
    group by period, opd_code
    having count(headcount) > 0
),

-- every column as a row; a figure whose source has no row for the OPD reads 0 where that means none
columns_long as (
    select
        long.period,
        long.opd_code,
        long.figure,
        case when catalogue.missing_is_zero then coalesce(long.value, 0) else long.value end as value
    from (
        from (select period, opd_code, columns(* exclude (period, opd_code))::double from wide)
        unpivot include nulls (value for figure in (columns(* exclude (period, opd_code))))
    ) as long
    left join rules.figures as catalogue using (figure)
),

-- the catalogue's figures, the yearly ones only in a year period, with their group sizes
kept as (
    select
        figures.period,
        figures.opd_code,
        figures.figure,
        figures.value,
        n.value as n,
        part.value as part_n,
        catalogue.better,
        catalogue.tolerance,
        left_out.months_left_out
    from columns_long as figures
    inner join rules.figures as catalogue using (figure)
    inner join periods using (period)
    left join columns_long as n
        on n.period = figures.period and n.opd_code is not distinct from figures.opd_code and n.figure = catalogue.n_of
    left join columns_long as part
        on part.period = figures.period and part.opd_code is not distinct from figures.opd_code and part.figure = catalogue.part_n_of
    left join marts.report_period_left_out as left_out
        on left_out.period = figures.period and left_out.which = 'current' and left_out.source = catalogue.source
    where periods.award_level = 'tahunan' or not catalogue.yearly
),

opd_rows as (
    select
        *,
        -- compared as published, so that two OPDs shown alike are not ranked apart
        round(case better when 'higher' then -value when 'lower' then value end, 4) as ranked_value,
        -- a figure about fewer people than completeness.min_compared_n: flagged, and no verdict
        coalesce(kept.n < settings.min_compared_n, false) as small_group
    from kept
    cross join settings
    where opd_code is not null
)

select
    opd_rows.period,
    opd_rows.opd_code,
    opd_rows.figure,
    opd_rows.value::double as value,
    opd_rows.n::integer as n,
    opd_rows.part_n::integer as part_n,
    opd_rows.better::varchar as better,
    case when opd_rows.ranked_value is not null
        then rank() over (partition by opd_rows.period, opd_rows.figure, opd_rows.ranked_value is null order by opd_rows.ranked_value) end
        ::integer as rank,
    case when opd_rows.ranked_value is not null
        then count(opd_rows.ranked_value) over (partition by opd_rows.period, opd_rows.figure) end::integer as ranked_of,
    case when opd_rows.ranked_value is not null
        then count(*) over (partition by opd_rows.period, opd_rows.figure, opd_rows.ranked_value) - 1 end::integer as ties,
    kabupaten.value::double as kabupaten_value,
    kabupaten.n::integer as kabupaten_n,
    opd_rows.small_group,
    -- against the kabupaten: setara within the figure's tolerance (rules.figures.tolerance)
    case when not opd_rows.small_group
        then figure_verdict(opd_rows.value, kabupaten.value, opd_rows.better, opd_rows.tolerance) end as verdict,
    opd_rows.tolerance::double as tolerance,
    -- months of the period this figure leaves out because their data is not final (docs/aturan.md#kelengkapan)
    opd_rows.months_left_out
from opd_rows
left join kept as kabupaten
    on kabupaten.period = opd_rows.period and kabupaten.figure = opd_rows.figure and kabupaten.opd_code is null
