-- The standard (position class) each employee is measured against: their own position, and
-- the next step of config.career_path (rules.md §9: "against the standard of the target
-- position"). A standard written for the exact eselon wins over one without an eselon.
with employees as (
    select nip, position_type, echelon from staging.stg_employees
),

standards as (
    select distinct position_type, echelon from staging.stg_competency_standards
),

wanted as (
    select nip, 'jabatan_saat_ini' as target_role, position_type, echelon
    from employees

    union all

    select employees.nip, 'jabatan_berikutnya', path.to_position_type, path.to_echelon
    from employees
    inner join config.career_path as path on path.from_position_type = employees.position_type
),

matched as (
    select
        wanted.nip,
        wanted.target_role,
        standards.position_type as target_position_type,
        standards.echelon as target_echelon,
        row_number() over (
            partition by wanted.nip, wanted.target_role
            order by (standards.echelon is not distinct from wanted.echelon) desc
        ) as preference
    from wanted
    inner join standards
        on standards.position_type = wanted.position_type
        and (standards.echelon is not distinct from wanted.echelon or standards.echelon is null)
)

select nip, target_role, target_position_type, target_echelon
from matched
where preference = 1
