-- Job-person match (JPM, docs/aturan.md#jpm) of every competency assessment against every position
-- class's standard: achieved levels (capped at the required level per competency unless
-- configured otherwise) over required levels, as a percentage, with its category on both
-- scales (pemetaan and seleksi, rules.jpm_categories). target_role says whether the class is
-- the employee's own position, the next step of their career path, or another class.
with gaps as (
    select * from intermediate.int_competency_gaps
),

latest as (
    select
        nip,
        assessed_on,
        assessment_type,
        row_number() over (partition by nip order by assessed_on desc, assessment_type desc) = 1 as is_latest
    from staging.stg_competency_assessments
),

jpm as (
    select
        nip,
        assessed_on,
        assessment_type,
        target_position_type,
        target_echelon,
        count(*)::integer as competencies,
        sum(required_level)::integer as required_sum,
        sum(counted_level)::integer as achieved_sum,
        rate_pct(sum(counted_level), sum(required_level)) as exact_pct,
        count(*) filter (where gap < 0)::integer as competencies_below
    from gaps
    group by all
),

categories as (
    select * from rules.jpm_categories
)

select
    jpm.nip,
    jpm.assessed_on,
    jpm.assessment_type,
    latest.is_latest,
    jpm.target_position_type,
    jpm.target_echelon,
    coalesce(classes.target_role, 'lainnya') as target_role,
    jpm.competencies,
    jpm.required_sum,
    jpm.achieved_sum,
    round(jpm.exact_pct, 2) as jpm_pct,
    jpm.competencies_below,
    mapping.category as mapping_category,
    mapping.label as mapping_label,
    selection.category as selection_category,
    selection.label as selection_label,
    mapping.legal_basis
from jpm
inner join latest using (nip, assessed_on, assessment_type)
left join intermediate.int_employee_competency_classes as classes
    on classes.nip = jpm.nip
    and classes.target_position_type = jpm.target_position_type
    and classes.target_echelon is not distinct from jpm.target_echelon
left join categories as mapping
    on mapping.scale = 'pemetaan'
    and jpm.exact_pct >= mapping.min_pct and (mapping.max_pct is null or jpm.exact_pct < mapping.max_pct)
left join categories as selection
    on selection.scale = 'seleksi'
    and jpm.exact_pct >= selection.min_pct and (selection.max_pct is null or jpm.exact_pct < selection.max_pct)
