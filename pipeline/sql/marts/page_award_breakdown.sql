-- The five parts of the "ASN teladan" score (rules.md §11) for everyone the awards page lists:
-- the quarter's nominees and winners, and every semester and year candidate. Per part: the points
-- 0-100 (marts.awards; the mean over the period's quarters for a semester or the year), the
-- configured weight (config.awards_weights) and what it adds to the score (weight x points / 100,
-- a part without data adding 0, as in the score), so the page draws the breakdown without
-- knowing the formula.
with periods as (
    select * from intermediate.int_award_periods
),

listed as (
    select period, nip
    from marts.awards
    where award_level <> 'triwulan' or selected or winner
),

quarters as (
    select
        awards.nip,
        periods.period_start,
        awards.predikat_points,
        awards.behaviour_points,
        awards.productivity_points,
        awards.discipline_points,
        awards.ikp_points
    from marts.awards as awards
    inner join periods using (period)
    where awards.award_level = 'triwulan'
),

parts as (
    select
        listed.period,
        listed.nip,
        count(*)::integer as quarters,
        -- the points, where there are any; and their mean counting a quarter without data as 0
        avg(quarters.predikat_points) as predikat_points,
        avg(quarters.behaviour_points) as behaviour_360_points,
        avg(quarters.productivity_points) as productivity_points,
        avg(quarters.discipline_points) as discipline_points,
        avg(quarters.ikp_points) as ikp_points,
        avg(coalesce(quarters.predikat_points, 0)) as predikat_counted,
        avg(coalesce(quarters.behaviour_points, 0)) as behaviour_360_counted,
        avg(coalesce(quarters.productivity_points, 0)) as productivity_counted,
        avg(coalesce(quarters.discipline_points, 0)) as discipline_counted,
        avg(coalesce(quarters.ikp_points, 0)) as ikp_counted
    from listed
    inner join periods using (period)
    inner join quarters
        on quarters.nip = listed.nip
        and quarters.period_start between periods.period_start and periods.period_end
    group by all
),

long as (
    from parts unpivot include nulls (
        (points, counted) for component in (
            (predikat_points, predikat_counted) as 'predikat',
            (behaviour_360_points, behaviour_360_counted) as 'behaviour_360',
            (productivity_points, productivity_counted) as 'productivity',
            (discipline_points, discipline_counted) as 'discipline',
            (ikp_points, ikp_counted) as 'ikp'
        )
    )
)

select
    long.period,
    long.nip,
    long.component,
    long.quarters,
    long.points,
    weights.weight,
    weights.weight * long.counted / 100 as contribution
from long
inner join config.awards_weights as weights using (component)
