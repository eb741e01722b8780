-- The work pattern of each employee (docs/aturan.md#pola-kerja): the first configured pattern whose selectors
-- all match (units: the employee's unit or its OPD; employee types; NIPs), else the default week.
with employees as (
    select employees.nip, employees.unit_code, employees.employee_type, units.opd_code
    from staging.stg_employees as employees
    left join intermediate.int_units as units using (unit_code)
),

matched as (
    select employees.nip, patterns.pattern, patterns.priority
    from employees
    inner join config.work_patterns as patterns
        on (patterns.units is null
            or list_contains(patterns.units, employees.unit_code)
            or list_contains(patterns.units, employees.opd_code))
        and (patterns.employee_types is null or list_contains(patterns.employee_types, employees.employee_type))
        and (patterns.nips is null or list_contains(patterns.nips, employees.nip))
    qualify row_number() over (partition by employees.nip order by patterns.priority) = 1
)

select employees.nip, coalesce(matched.pattern, 'bawaan') as pattern
from employees
left join matched using (nip)
