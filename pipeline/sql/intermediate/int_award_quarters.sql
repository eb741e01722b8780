-- Quarterly "ASN teladan" ranking (rules.md §11): eligible employees with a predikat for the
-- quarter ranked within their OPD; the top config.awards.nominees_per_opd are nominated, and the
-- best nominees across the kabupaten (config.awards.quarter_winners) win the quarter.
-- Tie-break, in order, when the scores (rounded to 2 decimals, as shown) are equal: the higher
-- 360 score, then the higher productivity before its cap at 100, then seniority: the lower NIP
-- (it starts with the birth date, so the elder first, as the DUK orders). The same order ranks
-- the semesters and the year, on the means of the quarters.
with scores as (
    select
        scores.*,
        employees.opd_code,
        employees.opd_name,
        scores.eligible and scores.predikat is not null as can_rank
    from intermediate.int_award_quarter_scores as scores
    inner join marts.employees as employees using (nip)
),

opd_ranked as (
    select
        *,
        case when can_rank then row_number() over (
            partition by period, opd_code, can_rank
            order by score desc, behaviour_points desc nulls last, productivity_pct desc nulls last, nip
        )::integer end as opd_rank
    from scores
),

nominated as (
    select opd_ranked.*, can_rank and opd_rank <= settings.nominees_per_opd as nominated
    from opd_ranked
    cross join config.awards as settings
)

select
    nominated.*,
    case when nominated then row_number() over (
        partition by period, nominated
        order by score desc, behaviour_points desc nulls last, productivity_pct desc nulls last, nip
    )::integer end as kabupaten_rank
from nominated
