-- Merit for the whole kabupaten per year (docs/aturan.md#merit): the Sistem Merit page's cards in
-- both builds. A quartile of the kabupaten is not a sum of OPD quartiles, so it has its own row.
with scores as (
    select * from marts.merit_scores
)

select
    year,
    count(*)::integer as employees,
    count(score)::integer as scored,
    -- scored, but with a component without data (its weight spread over the others)
    (count(score) filter (where weight_available_pct < 100))::integer as partial,
    (count(*) - count(score))::integer as unscored,
    round(quantile_cont(score, 0.25), 2) as p25_score,
    round(median(score), 2) as median_score,
    round(quantile_cont(score, 0.75), 2) as p75_score
from scores
group by year
