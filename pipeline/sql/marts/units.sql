-- The unit dimension: one row per unit with the OPD it belongs to (unit*.csv, int_units). A unit
-- that employee rows name but unit*.csv lacks stands as its own OPD under its code, as in
-- marts.employees, so that every employee's unit has a row here.
with listed as (
    select unit_code, unit_name, parent_code, opd_code, opd_name, lat, lon, radius_m
    from intermediate.int_units
),

unlisted as (
    select distinct
        employees.unit_code,
        employees.unit_code as unit_name,
        null::varchar as parent_code,
        employees.unit_code as opd_code,
        employees.unit_code as opd_name,
        null::double as lat,
        null::double as lon,
        null::double as radius_m
    from intermediate.int_employees as employees
    anti join listed using (unit_code)
    where employees.unit_code is not null
),

units as (
    select * from listed
    union all
    select * from unlisted
),

staff as (
    select
        unit_code,
        count(*)::integer as employees,
        count(*) filter (where active)::integer as active_employees
    from intermediate.int_employees
    group by all
)

select
    units.*,
    coalesce(staff.employees, 0) as employees,
    coalesce(staff.active_employees, 0) as active_employees
from units
left join staff using (unit_code)
