-- One row per employee with the unit and OPD they belong to (published as marts.employees).
with employees as (
    select * from staging.stg_employees
),

units as (
    select * from intermediate.int_units
),

period as (
    select * from intermediate.int_period
)

select
    -- identity (personal data: internal build only)
    employees.nip,
    employees.name,
    employees.gender,
    employees.birth_date,
    -- placement
    employees.unit_code,
    coalesce(units.unit_name, employees.unit_code) as unit_name,
    coalesce(units.opd_code, employees.unit_code) as opd_code,
    coalesce(units.opd_name, employees.unit_code) as opd_name,
    -- position
    employees.employee_type,
    employees.position_type,
    employees.position_name,
    employees.echelon,
    employees.grade,
    employees.attendance_mode,
    employees.start_date,
    employees.end_date,
    -- active at the end of the attendance period (or with no end date, when there is none)
    employees.end_date is null or employees.end_date > coalesce(period.end_date, employees.end_date) as active
from employees
left join units using (unit_code)
cross join period
