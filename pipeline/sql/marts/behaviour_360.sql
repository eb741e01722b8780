-- 360-degree behaviour score per employee and period (docs/aturan.md#360): the mean of each relation's
-- raters (each rater: the mean of the seven BerAKHLAK scores), weighted by config (default
-- atasan 50, rekan 30, bawahan 20; with no subordinate ratings atasan 50, rekan 50). A relation
-- with no rating drops out and the others' weights are rescaled. Fewer rekan than
-- config.behaviour_360.min_peers (default 3): pending, no score. Means come from whole-number
-- totals and the weighting is written out, so every run gives the same digits.
with ratings as (
    select * from intermediate.int_behaviour_ratings
),

-- per person and period: the ratings set aside, and per relation the raters counted and their mean
people as (
    select
        year,
        period,
        nip,
        count(*) filter (where exclusion = 'penilaian_diri')::integer as self_ratings_excluded,
        count(*) filter (where exclusion = 'duplikat')::integer as duplicate_ratings_excluded,
        count(*) filter (where exclusion is null and relation = 'bawahan') > 0 as has_subordinates,
        count(*) filter (where exclusion is null and relation = 'atasan')::integer as raters_superior,
        count(*) filter (where exclusion is null and relation = 'rekan')::integer as raters_peer,
        count(*) filter (where exclusion is null and relation = 'bawahan')::integer as raters_subordinate,
        sum(rating_total) filter (where exclusion is null and relation = 'atasan') / (7 * raters_superior) as mean_superior,
        sum(rating_total) filter (where exclusion is null and relation = 'rekan') / (7 * raters_peer) as mean_peer,
        sum(rating_total) filter (where exclusion is null and relation = 'bawahan') / (7 * raters_subordinate) as mean_subordinate
    from ratings
    group by all
),

weights as (
    select
        has_subordinates,
        max(weight) filter (where relation = 'atasan') as superior,
        max(weight) filter (where relation = 'rekan') as peer,
        coalesce(max(weight) filter (where relation = 'bawahan'), 0) as subordinate
    from config.behaviour_360_weights
    group by all
),

weighted as (
    select
        people.*,
        (coalesce(weights.superior * people.mean_superior, 0)
            + coalesce(weights.peer * people.mean_peer, 0)
            + coalesce(weights.subordinate * people.mean_subordinate, 0))
        / nullif(
            (people.mean_superior is not null)::integer * weights.superior
            + (people.mean_peer is not null)::integer * weights.peer
            + (people.mean_subordinate is not null)::integer * weights.subordinate, 0) as weighted_score,
        concat_ws(' + ',
            case when people.mean_superior is not null then 'atasan ' || weights.superior::integer end,
            case when people.mean_peer is not null then 'rekan ' || weights.peer::integer end,
            case when people.mean_subordinate is not null then 'bawahan ' || weights.subordinate::integer end
        ) as weights_used
    from people
    inner join weights using (has_subordinates)
)

select
    weighted.nip,
    weighted.year,
    weighted.period,
    period_start(weighted.year, weighted.period) as period_start,
    period_end(weighted.year, weighted.period) as period_end,
    case when weighted.raters_peer >= settings.min_peers then weighted.weighted_score end as score,
    case when weighted.raters_peer >= settings.min_peers then 'final' else 'pending' end as status,
    case
        when weighted.raters_peer < settings.min_peers
            then 'Penilai rekan ' || weighted.raters_peer || ', kurang dari ' || settings.min_peers
    end as pending_reason,
    -- raters counted, and their means (1-5)
    weighted.raters_superior,
    weighted.raters_peer,
    weighted.raters_subordinate,
    weighted.mean_superior,
    weighted.mean_peer,
    weighted.mean_subordinate,
    nullif(weighted.weights_used, '') as weights_used,
    -- ratings left out (listed in marts.behaviour_360_exclusions)
    weighted.self_ratings_excluded,
    weighted.duplicate_ratings_excluded
from weighted
cross join config.behaviour_360 as settings
