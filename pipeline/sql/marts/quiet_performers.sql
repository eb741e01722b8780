-- "Quiet performers" (docs/aturan.md#penghargaan): high verified output and good behaviour, yet never
-- selected in any award period of the year (no nomination, shortlist or win), so leadership
-- sees who works unseen. Thresholds in config.awards.quiet_performers (default: counted
-- minutes >= 90% of the expected ones over the year, mean final 360 score >= 4); a year with a
-- rung of the discipline ladder reached is not quiet performance.
with productivity as (
    select
        year(month)::integer as year,
        nip,
        sum(approved_minutes)::integer as approved_minutes,
        sum(counted_minutes)::integer as counted_minutes,
        sum(expected_minutes)::integer as expected_minutes,
        rate_pct(sum(counted_minutes), sum(expected_minutes)) as productivity_pct
    from marts.productivity_monthly
    group by all
),

behaviour as (
    select year, nip, avg(score::decimal(18, 9))::double as behaviour_score, count(*)::integer as behaviour_periods
    from marts.behaviour_360
    where status = 'final'
    group by all
),

awards as (
    select
        periods.year,
        awards.nip,
        count(*) filter (where awards.selected)::integer as times_selected,
        min(awards.rank) filter (where awards.award_level = 'triwulan')::integer as best_opd_rank
    from marts.awards as awards
    inner join intermediate.int_award_periods as periods using (period)
    group by all
)

select
    productivity.year,
    productivity.nip,
    employees.opd_code,
    employees.opd_name,
    productivity.approved_minutes,
    productivity.counted_minutes,
    productivity.expected_minutes,
    productivity.productivity_pct,
    behaviour.behaviour_score,
    behaviour.behaviour_periods,
    performance.predikat as annual_predikat,
    awards.best_opd_rank,
    'Produktivitas ' || pct_label(productivity.productivity_pct) || '% dari menit kerja yang diharapkan dan nilai 360 '
        || pct_label(behaviour.behaviour_score) || ', tetapi tidak pernah dinominasikan ASN teladan tahun '
        || productivity.year || coalesce(' (peringkat terbaik di OPD: ' || awards.best_opd_rank || ')', '') as reason
from productivity
inner join behaviour using (year, nip)
inner join marts.employees as employees using (nip)
cross join config.awards as settings
left join marts.performance as performance
    on performance.nip = productivity.nip and performance.year = productivity.year and performance.period = 'TAHUNAN'
left join awards using (year, nip)
left join marts.discipline_recommendations as discipline
    on discipline.nip = productivity.nip and discipline.year = productivity.year
where productivity.productivity_pct >= settings.quiet_min_productivity_pct
    and behaviour.behaviour_score >= settings.quiet_min_behaviour_score
    and coalesce(awards.times_selected, 0) = 0
    -- score_level: a PPPK's days weigh as a PNS's would, though no PNS sanction is recommended
    and coalesce(discipline.score_level, 'none') = 'none'
