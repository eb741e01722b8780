-- The standard (position class) each employee is measured against: their own position, and
-- the next step of config.career_path (docs/aturan.md#jpm: "against the standard of the target
-- position"), each through intermediate.int_position_standards.
with employees as (
    select nip, position_type, echelon from staging.stg_employees
),

wanted as (
    select nip, 'jabatan_saat_ini' as target_role, position_type, echelon
    from employees

    union all

    select employees.nip, 'jabatan_berikutnya', path.to_position_type, path.to_echelon
    from employees
    inner join config.career_path as path on path.from_position_type = employees.position_type
)

select
    wanted.nip,
    wanted.target_role,
    standards.standard_position_type as target_position_type,
    standards.standard_echelon as target_echelon
from wanted
inner join intermediate.int_position_standards as standards
    on standards.position_type = wanted.position_type
    and standards.echelon is not distinct from wanted.echelon
