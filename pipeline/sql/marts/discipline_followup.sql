-- BKPSDM's follow-up list: every recommendation that reached a rung beside the recorded decision
-- for it, and every decision with no matching recommendation. A decision matches when it names
-- the same employee and was signed on or after the day the rung was reached, before the end of
-- the following year (decisions on December's absences are signed in the new year).
with recommendations as (
    select nip, year, level, sanction, days_total, reached_on
    from marts.discipline_recommendations
    where level <> 'none'
),

decisions as (
    select * from staging.stg_sanctions
),

matched as (
    select
        recommendations.*,
        decisions.decree_number,
        decisions.decree_date,
        decisions.sanction as decided_sanction
    from recommendations
    left join decisions
        on decisions.nip = recommendations.nip
        and decisions.decree_date >= recommendations.reached_on
        and year(decisions.decree_date) <= recommendations.year + 1
    qualify row_number() over (partition by recommendations.nip, recommendations.year order by decisions.decree_date) = 1
),

unmatched_decisions as (
    select decisions.*
    from decisions
    anti join matched on matched.decree_number = decisions.decree_number and matched.nip = decisions.nip
)

select
    nip,
    year,
    level,
    sanction as recommended_sanction,
    days_total,
    reached_on,
    decree_number,
    decree_date,
    decided_sanction,
    case
        when decree_number is null then 'belum_diputus'
        when decided_sanction = sanction then 'sesuai'
        else 'berbeda'
    end as followup_status
from matched

union all

select
    nip,
    year(decree_date)::integer as year,
    null as level,
    null as recommended_sanction,
    null as days_total,
    null as reached_on,
    decree_number,
    decree_date,
    sanction as decided_sanction,
    'tanpa_rekomendasi' as followup_status
from unmatched_decisions
