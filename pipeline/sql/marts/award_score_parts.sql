-- The "ASN teladan" score (docs/aturan.md#penghargaan) as its parts, one row per award period, employee and
-- part: the only place the parts are measured and the weights (config.awards_weights; default
-- predikat 30, 360 25, productivity 25, discipline 15, IKP 5) applied. marts.award_ranking adds
-- them up and ranks; awards and page_award_breakdown read them.
--   predikat       the quarter's SKP predikat (value_text), in config.awards_predikat_points
--   behaviour_360  final 360 scores ending in the quarter (else the latest earlier that year), 1-5 -> 0-100
--   productivity   counted minutes / expected minutes over the quarter (value), capped at 100
--   discipline     100 - the mean monthly TPP discipline deduction (value, marts.tpp_deductions)
--   ikp            share of the instructions due in the quarter kept (value; marts.ikp_results
--                  is_due/is_kept: one not yet due counts neither way); none due: 100 points
-- points is null when the part has no data; weighted_points counts it as 0 (weight x points / 100).
-- A semester or the year holds the means over its quarters (quarters: how many).
with quarters as (
    select * from intermediate.int_award_periods where award_level = 'triwulan'
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
    select quarters.period, months.nip, rate_pct(sum(months.counted_minutes), sum(months.expected_minutes)) as pct
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
    select quarters.period, results.nip, count(*) as due, count(*) filter (where results.is_missed) as missed
    from quarters
    inner join marts.ikp_results as results on results.deadline between quarters.period_start and quarters.period_end
    where results.is_due
    group by all
),

quarter_parts as (
    select
        eligibility.period,
        eligibility.nip,
        predikat.predikat,
        predikat.points as predikat_points,
        behaviour.score as behaviour_value,
        (behaviour.score - 1) / 4 * 100 as behaviour_points,
        productivity.pct as productivity_value,
        least(productivity.pct, 100) as productivity_points,
        discipline.mean_deduction_pct as discipline_value,
        greatest(100 - discipline.mean_deduction_pct, 0) as discipline_points,
        100.0 * (1 - ikp.missed / ikp.due) as ikp_value,
        100.0 * (1 - coalesce(ikp.missed / ikp.due, 0)) as ikp_points
    from intermediate.int_award_eligibility as eligibility
    inner join quarters using (period)
    left join predikat using (period, nip)
    left join behaviour using (period, nip)
    left join productivity using (period, nip)
    left join discipline using (period, nip)
    left join ikp using (period, nip)
),

quarter_long as (
    select period, nip, 'predikat' as part, null::double as value, predikat as value_text, predikat_points as points from quarter_parts
    union all
    select period, nip, 'behaviour_360', behaviour_value, null, behaviour_points from quarter_parts
    union all
    select period, nip, 'productivity', productivity_value, null, productivity_points from quarter_parts
    union all
    select period, nip, 'discipline', discipline_value, null, discipline_points from quarter_parts
    union all
    select period, nip, 'ikp', ikp_value, null, ikp_points from quarter_parts
),

weighted as (
    select
        quarters.period,
        quarters.award_level,
        quarter_long.nip,
        quarter_long.part,
        1 as quarters,
        quarter_long.value,
        quarter_long.value_text,
        quarter_long.points,
        weights.weight,
        weights.weight * coalesce(quarter_long.points, 0) / 100 as weighted_points
    from quarter_long
    inner join quarters using (period)
    inner join config.awards_weights as weights on weights.component = quarter_long.part
),

-- a semester or the year: the means over its quarters (a quarter without data counts 0 in weighted_points)
longer_periods as (
    select
        periods.period,
        periods.award_level,
        weighted.nip,
        weighted.part,
        count(*)::integer as quarters,
        -- decimals, so that the means are the same on every run
        avg(weighted.value::decimal(18, 9))::double as value,
        null::varchar as value_text,
        avg(weighted.points::decimal(18, 9))::double as points,
        any_value(weighted.weight) as weight,
        any_value(weighted.weight) * avg(coalesce(weighted.points, 0)::decimal(18, 9))::double / 100 as weighted_points
    from weighted
    inner join quarters on quarters.period = weighted.period
    inner join intermediate.int_award_periods as periods
        on periods.award_level <> 'triwulan'
        and quarters.period_start between periods.period_start and periods.period_end
    group by all
)

select * from weighted
union all by name
select * from longer_periods
