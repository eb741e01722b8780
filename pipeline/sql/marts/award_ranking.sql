-- The one ranking of the "ASN teladan" awards (docs/aturan.md#penghargaan), one row per award period and
-- employee active in it: the score (the sum of marts.award_score_parts' weighted points in a
-- quarter, rounded to 2 decimals as shown; the mean of the quarterly scores in a semester or the
-- year) and every rank drawn from it:
--   quarter   eligible employees with a predikat for the quarter (can_rank) ranked within their
--             OPD (opd_rank); the top config.awards.nominees_per_opd are nominated; nominees
--             ranked across the kabupaten (kabupaten_rank), the best quarter_winners win;
--   semester  everyone nominated in one of its quarters (is_candidate), eligible over the whole
--             semester, ranked across the kabupaten; the top shortlist_size are shortlisted;
--   year      everyone shortlisted in one of its semesters, eligible over the whole year, ranked
--             across the kabupaten; the top annual_winners win.
-- Tie-break, written once (tiebreak_order) and read by every rank: when the scores are equal,
-- the higher 360 points, then the higher productivity before its cap at 100 (in a semester or
-- the year: their means over the quarters), then seniority: the lower NIP (it starts with the
-- birth date, so the elder first, as the DUK orders).
with periods as (
    select * from intermediate.int_award_periods
),

settings as (
    select * from config.awards
),

quarter_parts as (
    select
        parts.period,
        parts.nip,
        -- decimals, so that the sum is the same on every run
        round(sum((parts.weight * coalesce(parts.points, 0))::decimal(38, 12)) / 100, 2)::double as score,
        any_value(parts.value_text) filter (where parts.part = 'predikat') as predikat,
        any_value(parts.points) filter (where parts.part = 'behaviour_360') as behaviour_points,
        any_value(parts.value) filter (where parts.part = 'productivity') as productivity_pct
    from marts.award_score_parts as parts
    where parts.award_level = 'triwulan'
    group by all
),

quarter_scores as (
    select quarter_parts.*, periods.semester, periods.year, periods.period_start
    from quarter_parts
    inner join periods using (period)
),

longer_scores as (
    select
        periods.period,
        quarter_scores.nip,
        -- decimals, so that the means are the same on every run
        round(avg(quarter_scores.score::decimal(18, 2)), 2)::double as score,
        avg(quarter_scores.behaviour_points::decimal(18, 9))::double as behaviour_points,
        avg(quarter_scores.productivity_pct::decimal(18, 9))::double as productivity_pct
    from quarter_scores
    inner join periods
        on periods.award_level <> 'triwulan'
        and quarter_scores.period_start between periods.period_start and periods.period_end
    group by all
),

scores as (
    select period, nip, score, predikat, behaviour_points, productivity_pct from quarter_scores
    union all by name
    select * from longer_scores
),

-- the tie-break, once: every rank below orders by it within its own group
ordered as (
    select
        scores.*,
        periods.award_level,
        employees.opd_code,
        employees.opd_name,
        coalesce(eligibility.eligible, false) as eligible,
        eligibility.ineligible_reason,
        row_number() over (
            partition by scores.period
            order by scores.score desc, scores.behaviour_points desc nulls last, scores.productivity_pct desc nulls last, scores.nip
        )::integer as tiebreak_order
    from scores
    inner join periods using (period)
    inner join marts.employees as employees using (nip)
    left join intermediate.int_award_eligibility as eligibility using (period, nip)
),

quarters_opd as (
    select
        ordered.*,
        ordered.eligible and ordered.predikat is not null as can_rank,
        award_rank(can_rank, row(ordered.period, ordered.opd_code), ordered.tiebreak_order) as opd_rank
    from ordered
    where ordered.award_level = 'triwulan'
),

quarters as (
    select
        quarters_opd.*,
        coalesce(quarters_opd.opd_rank <= settings.nominees_per_opd, false) as nominated
    from quarters_opd
    cross join settings
),

quarters_ranked as (
    select
        quarters.*,
        award_rank(nominated, period, tiebreak_order) as kabupaten_rank
    from quarters
),

semester_candidates as (
    select ordered.*, nominees.quarters_nominated
    from ordered
    inner join (
        select semester as period, nip, count(*) filter (where nominated)::integer as quarters_nominated
        from quarters_ranked
        inner join periods using (period)
        group by all
        having bool_or(nominated)
    ) as nominees using (period, nip)
),

semesters as (
    select
        semester_candidates.*,
        award_rank(eligible, period, tiebreak_order) as rank
    from semester_candidates
),

year_candidates as (
    select ordered.*
    from ordered
    inner join (
        select distinct periods.year::varchar as period, semesters.nip
        from semesters
        inner join periods using (period)
        cross join settings
        where semesters.rank <= settings.shortlist_size
    ) as shortlisted using (period, nip)
),

years as (
    select
        year_candidates.*,
        award_rank(eligible, period, tiebreak_order) as rank
    from year_candidates
)

select
    quarters_ranked.*,
    quarters_ranked.opd_rank as rank,
    quarters_ranked.nominated as selected,
    coalesce(quarters_ranked.kabupaten_rank <= settings.quarter_winners, false) as winner
from quarters_ranked
cross join settings
union all by name
select semesters.*, coalesce(semesters.rank <= settings.shortlist_size, false) as selected, false as winner
from semesters
cross join settings
union all by name
select years.*, coalesce(years.rank <= settings.annual_winners, false) as selected, coalesce(years.rank <= settings.annual_winners, false) as winner
from years
cross join settings
