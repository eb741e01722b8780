-- Merit per OPD and year (docs/aturan.md#merit): how many have a score, its spread, the mean of every
-- component, and the OPD's talent-pool members of the same year.
with scores as (
    select * from marts.merit_scores
),

pool as (
    select opd_code, year, count(*) filter (where in_talent_pool)::integer as talent_pool
    from marts.talent_nine_box
    group by all
),

units as (
    select opd_code, opd_name from marts.opds
)

select
    scores.opd_code,
    coalesce(units.opd_name, scores.opd_code) as opd_name,
    scores.year,
    count(*)::integer as employees,
    count(scores.score)::integer as scored,
    round(avg(scores.score), 2) as mean_score,
    round(quantile_cont(scores.score, 0.25), 2) as p25_score,
    round(median(scores.score), 2) as median_score,
    round(quantile_cont(scores.score, 0.75), 2) as p75_score,
    round(min(scores.score), 2) as min_score,
    round(max(scores.score), 2) as max_score,
    round(avg(scores.performance), 2) as mean_performance,
    round(avg(scores.discipline), 2) as mean_discipline,
    round(avg(scores.competency), 2) as mean_competency,
    round(avg(scores.development), 2) as mean_development,
    round(avg(scores.ikp), 2) as mean_ikp,
    coalesce(any_value(pool.talent_pool), 0) as talent_pool
from scores
left join units using (opd_code)
left join pool using (opd_code, year)
group by scores.opd_code, units.opd_name, scores.year
