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
with periods as (
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

attendance as (
    select
        periods.period,
        months.opd_code,
        arg_max(months.headcount, months.month)::integer as headcount, -- at the period's last month
        max(months.headcount)::integer as group_size,
        sum(months.employee_days) as employee_days,
        sum(months.present_days) as present_days,
        sum(months.tk_days)::integer as tk_days,
        sum(months.late_minutes) as late_minutes,
        sum(months.early_minutes) as early_minutes
    from periods
    inner join months on months.month between periods.start_date and periods.end_date
    group by all
),

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
        count(distinct deductions.nip)::integer as group_size,
        avg(deductions.total_pct) as mean_total_pct,
        avg(deductions.discipline_pct) as mean_discipline_pct,
        avg(deductions.performance_pct) as mean_performance_pct -- null while the kinerja part is not priced
    from periods
    inner join marts.tpp_deductions as deductions on deductions.month between periods.start_date and periods.end_date
    group by grouping sets ((periods.period, deductions.opd_code), (periods.period))
),

productivity as (
    select
        periods.period,
        months.opd_code,
        count(distinct months.nip)::integer as group_size,
        rate_pct(sum(months.counted_minutes), sum(months.expected_minutes)) as productivity_pct,
        per_100(sum(months.present_no_activity_days), sum(months.present_days)) as idle_per_100
    from periods
    inner join marts.productivity_monthly as months on months.month between periods.start_date and periods.end_date
    group by grouping sets ((periods.period, months.opd_code), (periods.period))
),

predikat as (
    select
        periods.period,
        employees.opd_code,
        count(distinct performance.nip)::integer as group_size,
        count(*)::integer as skp_rated,
        rate_pct(count(*) filter (where performance.is_good), count(*)) as skp_good_pct
    from periods
    inner join marts.performance as performance
        on performance.period_kind = periods.skp_period_kind
        and performance.period_start >= periods.start_date and performance.period_end <= periods.skp_end
    inner join marts.employees as employees using (nip)
    group by grouping sets ((periods.period, employees.opd_code), (periods.period))
),

-- IKP by the assignee's OPD: kept of the instructions due (ikp_results.is_due/is_kept)
ikp as (
    select
        periods.period,
        employees.opd_code,
        count(distinct results.nip)::integer as group_size,
        count(*)::integer as instructions,
        (count(*) filter (where results.is_kept))::integer as on_time,
        (count(*) filter (where results.status = 'terlambat'))::integer as late,
        (count(*) filter (where results.overdue))::integer as overdue,
        (count(*) filter (where not results.is_due))::integer as not_due,
        rate_pct(count(*) filter (where results.is_kept), count(*) filter (where results.is_due)) as on_time_pct
    from periods
    inner join marts.ikp_results as results on results.month between periods.start_date and periods.end_date
    inner join marts.employees as employees using (nip)
    group by grouping sets ((periods.period, employees.opd_code), (periods.period))
),

awards as (
    select
        periods.period,
        awards.opd_code,
        (count(*) filter (where awards.selected))::integer as selected,
        (count(*) filter (where awards.winner))::integer as winners
    from periods
    inner join marts.awards as awards on awards.period = periods.period and awards.eligible
    group by grouping sets ((periods.period, awards.opd_code), (periods.period))
),

years as (
    select period, year from periods where award_level = 'tahunan'
),

-- PP 94/2021 recommendations of the year, PNS only (the regulation applies to PNS)
discipline as (
    select
        years.period,
        employees.opd_code,
        count(*)::integer as employees,
        (count(*) filter (where recommendations.level <> 'none'))::integer as recommended
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
        (count(*) filter (where boxes.box is not null))::integer as mapped,
        (count(*) filter (where boxes.in_talent_pool))::integer as pool
    from years
    inner join marts.talent_nine_box as boxes using (year)
    group by grouping sets ((years.period, boxes.opd_code), (years.period))
),

merit as (
    select
        years.period, summary.opd_code, summary.scored, summary.median_score, summary.p25_score, summary.p75_score,
        summary.mean_performance, summary.mean_discipline, summary.mean_competency, summary.mean_development, summary.mean_ikp
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
        count(*)::integer as positions,
        (count(*) filter (where not has_ready))::integer as without_ready,
        (count(*) filter (where candidates = 0))::integer as without_candidate
    from positions
    group by grouping sets ((period, opd_code), (period))
),

-- every OPD (and the kabupaten) of every period with attendance, so that each has all its figures
spine as (
    select distinct period, opd_code from attendance
),

figures as (
    select
        spine.period,
        spine.opd_code,
        unnest([
            -- attendance (Perpres 21/2023, docs/aturan.md#jam-kerja, #kehadiran)
            {figure: 'headcount', value: attendance.headcount, n: attendance.headcount, part_n: null, better: null},
            {figure: 'attendance_rate', value: attendance.present_days / nullif(attendance.employee_days, 0), n: attendance.group_size, part_n: null, better: 'higher'},
            {figure: 'tk_days', value: attendance.tk_days, n: attendance.group_size, part_n: null, better: null},
            {figure: 'tk_per_100', value: per_100(attendance.tk_days, attendance.employee_days), n: attendance.group_size, part_n: null, better: 'lower'},
            {figure: 'late_minutes_per_employee', value: attendance.late_minutes / nullif(attendance.headcount, 0), n: attendance.group_size, part_n: null, better: null},
            {figure: 'late_minutes_per_day', value: attendance.late_minutes / nullif(attendance.employee_days, 0), n: attendance.group_size, part_n: null, better: null},
            {figure: 'early_minutes_per_day', value: attendance.early_minutes / nullif(attendance.employee_days, 0), n: attendance.group_size, part_n: null, better: null},
            {figure: 'late_early_minutes_per_day', value: (attendance.late_minutes + attendance.early_minutes) / nullif(attendance.employee_days, 0), n: attendance.group_size, part_n: null, better: 'lower'},
            -- discipline: on a rung at the period's last month end (PNS and a configured PPPK ladder)
            {figure: 'on_ladder', value: coalesce(ladder.on_ladder, 0), n: coalesce(ladder.on_ladder, 0), part_n: null, better: null},
            -- TPP and productivity
            {figure: 'tpp_mean_total_pct', value: tpp.mean_total_pct, n: tpp.group_size, part_n: null, better: 'lower'},
            {figure: 'tpp_mean_discipline_pct', value: tpp.mean_discipline_pct, n: tpp.group_size, part_n: null, better: null},
            {figure: 'tpp_mean_performance_pct', value: tpp.mean_performance_pct, n: tpp.group_size, part_n: null, better: null},
            {figure: 'productivity_pct', value: productivity.productivity_pct, n: productivity.group_size, part_n: null, better: 'higher'},
            {figure: 'idle_per_100', value: productivity.idle_per_100, n: productivity.group_size, part_n: null, better: null},
            -- SKP predikat of the period (PermenPANRB 6/2022)
            {figure: 'skp_rated', value: predikat.skp_rated, n: predikat.group_size, part_n: null, better: null},
            {figure: 'skp_good_pct', value: predikat.skp_good_pct, n: predikat.group_size, part_n: null, better: null},
            -- IKP: instructions by outcome, about the people who received them
            {figure: 'ikp_instructions', value: ikp.instructions, n: ikp.group_size, part_n: null, better: null},
            {figure: 'ikp_on_time', value: ikp.on_time, n: ikp.group_size, part_n: null, better: null},
            {figure: 'ikp_late', value: ikp.late, n: ikp.group_size, part_n: null, better: null},
            {figure: 'ikp_overdue', value: ikp.overdue, n: ikp.group_size, part_n: null, better: null},
            {figure: 'ikp_not_due', value: ikp.not_due, n: ikp.group_size, part_n: null, better: null},
            {figure: 'ikp_on_time_pct', value: ikp.on_time_pct, n: ikp.group_size, part_n: null, better: 'higher'},
            -- ASN teladan of the period
            {figure: 'award_selected', value: coalesce(awards.selected, 0), n: null, part_n: null, better: null},
            {figure: 'award_winners', value: coalesce(awards.winners, 0), n: null, part_n: null, better: null},
            -- the year's figures
            {figure: 'recommended', value: discipline.recommended, n: discipline.employees, part_n: discipline.recommended, better: null},
            {figure: 'recommended_per_100', value: per_100(discipline.recommended, discipline.employees), n: discipline.employees, part_n: discipline.recommended, better: 'lower'},
            {figure: 'talent_pool_pct', value: rate_pct(talent.pool, talent.mapped), n: talent.mapped, part_n: talent.pool, better: 'higher'},
            {figure: 'merit_median', value: merit.median_score, n: merit.scored, part_n: null, better: 'higher'},
            {figure: 'merit_p25', value: merit.p25_score, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_p75', value: merit.p75_score, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_performance', value: merit.mean_performance, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_discipline', value: merit.mean_discipline, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_competency', value: merit.mean_competency, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_development', value: merit.mean_development, n: merit.scored, part_n: null, better: null},
            {figure: 'merit_ikp', value: merit.mean_ikp, n: merit.scored, part_n: null, better: null},
            {figure: 'succ_positions', value: coalesce(succession.positions, 0), n: null, part_n: null, better: null},
            {figure: 'succ_without_ready', value: coalesce(succession.without_ready, 0), n: null, part_n: null, better: null},
            {figure: 'succ_without_candidate', value: coalesce(succession.without_candidate, 0), n: null, part_n: null, better: null},
            {figure: 'succession_ready_pct', value: rate_pct(succession.positions - succession.without_ready, succession.positions), n: null, part_n: null, better: 'higher'}
        ], recursive := true)
    -- the kabupaten's rows have opd_code null on both sides
    from spine
    left join attendance on attendance.period = spine.period and attendance.opd_code is not distinct from spine.opd_code
    left join ladder on ladder.period = spine.period and ladder.opd_code is not distinct from spine.opd_code
    left join tpp on tpp.period = spine.period and tpp.opd_code is not distinct from spine.opd_code
    left join productivity on productivity.period = spine.period and productivity.opd_code is not distinct from spine.opd_code
    left join predikat on predikat.period = spine.period and predikat.opd_code is not distinct from spine.opd_code
    left join ikp on ikp.period = spine.period and ikp.opd_code is not distinct from spine.opd_code
    left join awards on awards.period = spine.period and awards.opd_code is not distinct from spine.opd_code
    left join discipline on discipline.period = spine.period and discipline.opd_code is not distinct from spine.opd_code
    left join talent on talent.period = spine.period and talent.opd_code is not distinct from spine.opd_code
    left join merit on merit.period = spine.period and merit.opd_code is not distinct from spine.opd_code
    left join succession on succession.period = spine.period and succession.opd_code is not distinct from spine.opd_code
),

-- the yearly figures only in a year period
kept as (
    select figures.*
    from figures
    inner join periods using (period)
    where periods.award_level = 'tahunan'
        or figures.figure not in ('recommended', 'recommended_per_100', 'talent_pool_pct', 'succ_positions', 'succ_without_ready',
            'succ_without_candidate', 'succession_ready_pct')
        and figures.figure not like 'merit_%'
),

opd_rows as (
    select
        *,
        -- compared as published, so that two OPDs shown alike are not ranked apart
        round(case better when 'higher' then -value when 'lower' then value end, 4) as ranked_value
    from kept
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
    kabupaten.n::integer as kabupaten_n
from opd_rows
left join kept as kabupaten
    on kabupaten.period = opd_rows.period and kabupaten.figure = opd_rows.figure and kabupaten.opd_code is null
