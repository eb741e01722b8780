-- The five parts of the "ASN teladan" score (docs/aturan.md#penghargaan) for everyone the awards page lists:
-- the quarter's nominees and winners, and every semester and year candidate. Per part: the points
-- 0-100 (the mean over the period's quarters for a semester or the year), the configured weight
-- and what it adds to the score, straight from marts.award_score_parts, so the page draws the
-- breakdown without knowing the formula.
with listed as (
    select period, nip
    from marts.awards
    where award_level <> 'triwulan' or selected or winner
)

select
    parts.period,
    parts.nip,
    parts.part as component,
    parts.quarters,
    parts.points,
    parts.weight,
    parts.weighted_points as contribution
from marts.award_score_parts as parts
inner join listed using (period, nip)
