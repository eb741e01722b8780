-- The potential axis of the nine-box (PermenPANRB 3/2020, docs/aturan.md#talenta): the latest competency
-- assessment still valid at the year's end (skor_potensi) and the track record (training hours
-- of the last performance_years years against development_target_jp a year, at most 100),
-- weighted by config.talent. Without any training export the assessment stands alone.
with settings as (
    select * from config.talent
),

assessments as (
    select
        years.year,
        assessments.nip,
        assessments.assessed_on,
        assessments.assessment_type,
        assessments.potential_score,
        row_number() over (
            partition by assessments.nip, years.year
            order by assessments.assessed_on desc, assessments.assessment_type desc
        ) as recency
    from intermediate.int_talent_years as years
    cross join settings
    inner join staging.stg_competency_assessments as assessments
        on assessments.assessed_on <= make_date(years.year, 12, 31)
        and year(assessments.assessed_on) > years.year - settings.assessment_valid_years
    where assessments.potential_score is not null
),

training as (
    select years.year, trainings.nip, sum(trainings.hours) as hours
    from intermediate.int_talent_years as years
    cross join settings
    inner join staging.stg_trainings as trainings
        on year(trainings.completed_on) between years.year - settings.performance_years + 1 and years.year
    group by years.year, trainings.nip
),

has_training as (
    select exists (select 1 from staging.stg_trainings) as available
),

scored as (
    select
        assessments.nip,
        assessments.year,
        assessments.assessed_on,
        assessments.assessment_type,
        assessments.potential_score as assessment_score,
        coalesce(training.hours, 0)::integer as development_hours,
        case when has_training.available then
            round(least(100, 100.0 * coalesce(training.hours, 0) / (settings.development_target_jp * settings.performance_years)), 2)
        end as track_record_score,
        settings.assessment_weight,
        settings.track_record_weight
    from assessments
    cross join settings
    cross join has_training
    left join training using (nip, year)
    where assessments.recency = 1
)

select
    nip,
    year,
    assessed_on,
    assessment_type,
    assessment_score,
    development_hours,
    track_record_score,
    round(case
        when track_record_score is null then assessment_score
        else (assessment_weight * assessment_score + track_record_weight * track_record_score) / 100
    end, 2) as potential_score
from scored
