-- The annual winner (rules.md §11), chosen from the semesters' shortlists: scored by the mean of
-- all the year's quarterly scores, eligible over the whole year, ranked across the kabupaten;
-- the top config.awards.annual_winners win. Tie-break as the quarters.
with shortlisted as (
    select distinct periods.year, semesters.nip
    from intermediate.int_award_semesters as semesters
    inner join intermediate.int_award_periods as periods using (period)
    where semesters.shortlisted
),

year_scores as (
    select
        periods.year,
        quarters.nip,
        any_value(quarters.opd_code) as opd_code,
        -- decimals, so that the means are the same on every run
        round(avg(quarters.score::decimal(18, 2)), 2)::double as score,
        avg(quarters.behaviour_points::decimal(18, 9))::double as behaviour_points,
        avg(quarters.productivity_pct::decimal(18, 9))::double as productivity_pct
    from intermediate.int_award_quarters as quarters
    inner join intermediate.int_award_periods as periods using (period)
    group by all
),

checked as (
    select
        year_scores.year::varchar as period,
        year_scores.*,
        coalesce(eligibility.eligible, false) as eligible,
        eligibility.ineligible_reason
    from year_scores
    inner join shortlisted using (year, nip)
    left join intermediate.int_award_eligibility as eligibility
        on eligibility.period = year_scores.year::varchar and eligibility.nip = year_scores.nip
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

select ranked.*, coalesce(ranked.rank <= settings.annual_winners, false) as winner
from ranked
cross join config.awards as settings
