-- Semi-annual shortlist (rules.md §11): everyone nominated in a quarter of the semester, scored
-- by the mean of their quarterly scores in it, eligible over the whole semester, ranked across
-- the kabupaten; the top config.awards.shortlist_size are shortlisted. Tie-break as the quarters.
with quarters as (
    select quarters.*, periods.semester
    from intermediate.int_award_quarters as quarters
    inner join intermediate.int_award_periods as periods using (period)
),

candidates as (
    select
        semester as period,
        nip,
        any_value(opd_code) as opd_code,
        count(*) filter (where nominated)::integer as quarters_nominated,
        -- decimals, so that the means are the same on every run
        round(avg(score::decimal(18, 2)), 2)::double as score,
        avg(behaviour_points::decimal(18, 9))::double as behaviour_points,
        avg(productivity_pct::decimal(18, 9))::double as productivity_pct
    from quarters
    group by semester, nip
    having bool_or(nominated)
),

checked as (
    select candidates.*, coalesce(eligibility.eligible, false) as eligible, eligibility.ineligible_reason
    from candidates
    left join intermediate.int_award_eligibility as eligibility using (period, nip)
),

ranked as (
    select
        *,
        case when eligible then row_number() over (
            partition by period, eligible
            order by score desc, behaviour_points desc nulls last, productivity_pct desc nulls last, nip
        )::integer end as rank
    from checked
)

select ranked.*, coalesce(ranked.rank <= settings.shortlist_size, false) as shortlisted
from ranked
cross join config.awards as settings
