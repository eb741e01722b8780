-- Individual merit score (docs/aturan.md#merit), one row per employee serving in an attendance year: a
-- weighted composite (config.merit_weights, summing to 100) of five components, each 0-100:
--   performance  the nine-box kinerja score: predikat points of the last SKP years;
--   discipline   points of the year's PP 94/2021 ladder level, less late_points_per_day for every
--                day's worth (minutes_per_day) of late arrival and early leave;
--   competency   JPM against the employee's own position (latest valid assessment), at most 100;
--   development  training hours in the year against development_target_jp, at most 100;
--   ikp          share of the year's due special instructions kept (ikp_results.is_due, is_kept).
-- A component without data is left out and the others re-weighted; below min_weight_pct of the
-- weights present there is no score. weight_available_pct and missing_components say which.
with years as (
    select distinct year(date)::integer as year from intermediate.int_calendar
),

weights as (
    pivot (select 'w_' || component as component, weight from config.merit_weights) on component using first(weight)
),

employees as (
    select employees.*, years.year
    from marts.employees as employees
    cross join years
    where employees.start_date <= make_date(years.year, 12, 31)
        and (employees.end_date is null or employees.end_date >= make_date(years.year, 1, 1))
),

discipline as (
    select
        recommendations.nip,
        recommendations.year,
        recommendations.level as discipline_level,
        recommendations.late_early_minutes,
        greatest(0, points.points - merit.late_points_per_day * recommendations.late_early_minutes / settings.minutes_per_day) as score
    from marts.discipline_recommendations as recommendations
    -- score_level: a PPPK without a PNS sanction (PP 49/2018 Pasal 52) scores like a PNS on the same days
    inner join config.merit_discipline_points as points on points.level = recommendations.score_level
    cross join config.merit as merit
    cross join config.settings as settings
),

competency as (
    select potential.nip, potential.year, jpm.jpm_pct, least(100, jpm.jpm_pct) as score
    from intermediate.int_talent_potential as potential
    inner join marts.competency_jpm as jpm
        on jpm.nip = potential.nip
        and jpm.assessed_on = potential.assessed_on
        and jpm.assessment_type = potential.assessment_type
        and jpm.target_role = 'jabatan_saat_ini'
),

training as (
    select nip, year(completed_on) as year, sum(hours)::integer as hours
    from staging.stg_trainings
    group by all
),

has_training as (
    select exists (select 1 from staging.stg_trainings) as available
),

ikp as (
    select
        nip,
        year(deadline) as year,
        count(*) filter (where is_kept)::integer as on_time,
        count(*)::integer as decided
    from marts.ikp_results
    -- due, kept and missed: marts.ikp_results (an instruction not yet due counts neither way)
    where is_due
    group by all
),

components as (
    select
        employees.nip,
        employees.year,
        employees.opd_code,
        employees.position_type,
        performance.performance_score as performance,
        discipline.score as discipline,
        competency.score as competency,
        case when has_training.available
            then least(100, rate_pct(coalesce(training.hours, 0), talent.development_target_jp)) end as development,
        rate_pct(ikp.on_time, ikp.decided) as ikp,
        -- the evidence behind each component
        performance.performance_history,
        discipline.discipline_level,
        discipline.late_early_minutes,
        competency.jpm_pct,
        coalesce(training.hours, 0) as training_hours,
        ikp.on_time as ikp_on_time,
        ikp.decided as ikp_decided
    from employees
    cross join config.talent as talent
    cross join has_training
    left join intermediate.int_talent_performance as performance using (nip, year)
    left join discipline using (nip, year)
    left join competency using (nip, year)
    left join training using (nip, year)
    left join ikp using (nip, year)
),

weighted as (
    select
        components.*,
        weights.*,
        (case when performance is null then 0 else weights.w_performance end)
            + (case when discipline is null then 0 else weights.w_discipline end)
            + (case when competency is null then 0 else weights.w_competency end)
            + (case when development is null then 0 else weights.w_development end)
            + (case when ikp is null then 0 else weights.w_ikp end) as weight_available_pct,
        coalesce(weights.w_performance * performance, 0) + coalesce(weights.w_discipline * discipline, 0)
            + coalesce(weights.w_competency * competency, 0) + coalesce(weights.w_development * development, 0)
            + coalesce(weights.w_ikp * ikp, 0) as weighted_sum,
        concat_ws(', ',
            case when performance is null then 'kinerja' end,
            case when discipline is null then 'disiplin' end,
            case when competency is null then 'kompetensi' end,
            case when development is null then 'pengembangan' end,
            case when ikp is null then 'IKP' end) as missing_components
    from components
    cross join weights
),

-- enough of the weights present (min_weight_pct) to give a score
scorable as (
    select weighted.*, weighted.weight_available_pct >= merit.min_weight_pct and weighted.weight_available_pct > 0 as scored
    from weighted
    cross join config.merit as merit
)

select
    nip,
    year,
    opd_code,
    position_type,
    case when scored then round(weighted_sum / weight_available_pct, 2) end as score,
    -- what each component adds to the score (they sum to it, up to rounding)
    case when scored then round(w_performance * performance / weight_available_pct, 2) end as performance_contribution,
    case when scored then round(w_discipline * discipline / weight_available_pct, 2) end as discipline_contribution,
    case when scored then round(w_competency * competency / weight_available_pct, 2) end as competency_contribution,
    case when scored then round(w_development * development / weight_available_pct, 2) end as development_contribution,
    case when scored then round(w_ikp * ikp / weight_available_pct, 2) end as ikp_contribution,
    round(performance, 2) as performance,
    round(discipline, 2) as discipline,
    round(competency, 2) as competency,
    round(development, 2) as development,
    round(ikp, 2) as ikp,
    weight_available_pct,
    nullif(missing_components, '') as missing_components,
    performance_history,
    discipline_level,
    late_early_minutes,
    jpm_pct,
    training_hours,
    ikp_on_time,
    ikp_decided
from scorable
