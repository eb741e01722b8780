-- Each employee's latest assessment, competency by competency, against the standard of their own
-- position and of the next step on their career path (docs/aturan.md#jpm): what is required, what was
-- achieved, and the gap (negative: below the standard).
with gaps as (
    select * from intermediate.int_competency_gaps
),

latest as (
    select nip, assessed_on, assessment_type
    from marts.competency_jpm
    where is_latest
    group by all
)

select
    gaps.nip,
    gaps.assessed_on,
    gaps.assessment_type,
    classes.target_role,
    gaps.target_position_type,
    gaps.target_echelon,
    gaps.competency,
    gaps.competency_group,
    gaps.required_level,
    gaps.achieved_level,
    gaps.counted_level,
    gaps.gap
from gaps
inner join latest using (nip, assessed_on, assessment_type)
inner join intermediate.int_employee_competency_classes as classes
    on classes.nip = gaps.nip
    and classes.target_position_type = gaps.target_position_type
    and classes.target_echelon is not distinct from gaps.target_echelon
