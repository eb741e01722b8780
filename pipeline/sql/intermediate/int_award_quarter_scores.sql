-- The "ASN teladan" score of each employee in each quarter (rules.md §11): five components on
-- 0-100, weighted by config.awards_weights (default predikat 30, 360 25, productivity 25,
-- discipline 15, IKP 5). A component without data counts 0.
--   predikat       the quarter's SKP predikat, in config.awards_predikat_points
--   behaviour_360  final 360 scores ending in the quarter (else the latest earlier that year), 1-5 -> 0-100
--   productivity   counted minutes / expected minutes over the quarter, capped at 100
--   discipline     100 - the mean monthly TPP discipline deduction (marts.tpp_deductions)
--   ikp            share of the instructions due in the quarter not missed (none due: 100)
with quarters as (
    select * from intermediate.int_award_periods where award_level = 'triwulan'
),

weights as (
    select
        max(weight) filter (where component = 'predikat') as predikat,
        max(weight) filter (where component = 'behaviour_360') as behaviour_360,
        max(weight) filter (where component = 'productivity') as productivity,
        max(weight) filter (where component = 'discipline') as discipline,
        max(weight) filter (where component = 'ikp') as ikp
    from config.awards_weights
),

predikat as (
    select quarters.period, performance.nip, performance.predikat, points.points
    from quarters
    inner join marts.performance as performance
        on performance.year = quarters.year and performance.period = quarters.skp_period
    inner join config.awards_predikat_points as points using (predikat)
),

behaviour_scores as (
    select
        quarters.period,
        b.nip,
        -- decimals, so that a mean of several is the same on every run
        b.score::decimal(18, 9) as score,
        b.period_end >= quarters.period_start as in_quarter,
        b.period_end = max(b.period_end) over (partition by quarters.period, b.nip) as is_latest
    from quarters
    inner join marts.behaviour_360 as b
        on b.year = quarters.year and b.period_end <= quarters.period_end and b.status = 'final'
),

behaviour as (
    select period, nip, coalesce(avg(score) filter (where in_quarter), avg(score) filter (where is_latest))::double as score
    from behaviour_scores
    group by all
),

productivity as (
    select quarters.period, months.nip, 100.0 * sum(months.counted_minutes) / nullif(sum(months.expected_minutes), 0) as pct
    from quarters
    inner join marts.productivity_monthly as months on months.month between quarters.period_start and quarters.period_end
    group by all
),

discipline as (
    select quarters.period, months.nip, avg(months.discipline_pct::decimal(18, 6))::double as mean_deduction_pct
    from quarters
    inner join marts.tpp_deductions as months on months.month between quarters.period_start and quarters.period_end
    group by all
),

ikp as (
    select quarters.period, results.nip, count(*) as due,
        count(*) filter (where results.status = 'terlambat' or results.overdue) as missed
    from quarters
    inner join marts.ikp_results as results on results.deadline between quarters.period_start and quarters.period_end
    group by all
),

points as (
    select
        eligibility.period,
        eligibility.nip,
        eligibility.eligible,
        eligibility.ineligible_reason,
        predikat.predikat,
        behaviour.score as behaviour_score,
        productivity.pct as productivity_pct,
        predikat.points as predikat_points,
        (behaviour.score - 1) / 4 * 100 as behaviour_points,
        least(productivity.pct, 100) as productivity_points,
        greatest(100 - discipline.mean_deduction_pct, 0) as discipline_points,
        100.0 * (1 - coalesce(ikp.missed / ikp.due, 0)) as ikp_points
    from intermediate.int_award_eligibility as eligibility
    inner join quarters using (period)
    left join predikat using (period, nip)
    left join behaviour using (period, nip)
    left join productivity using (period, nip)
    left join discipline using (period, nip)
    left join ikp using (period, nip)
)

select
    points.*,
    -- rounded as shown, so that equal scores on screen are equal for the tie-break
    round((
        weights.predikat * coalesce(predikat_points, 0)
        + weights.behaviour_360 * coalesce(behaviour_points, 0)
        + weights.productivity * coalesce(productivity_points, 0)
        + weights.discipline * coalesce(discipline_points, 0)
        + weights.ikp * coalesce(ikp_points, 0)
    ) / 100, 2) as score
from points
cross join weights
