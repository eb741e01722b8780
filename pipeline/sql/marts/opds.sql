-- The OPD dimension (perangkat daerah): one row per OPD of marts.units, with how many units and
-- employees it has. Marts and loaders take OPD names from here, not from employee rows.
select
    opd_code,
    any_value(opd_name order by unit_code = opd_code desc, unit_code) as opd_name,
    count(*)::integer as units,
    -- units where someone active works: the units an OPD page counts
    (count(*) filter (where active_employees > 0))::integer as staffed_units,
    sum(employees)::integer as employees,
    sum(active_employees)::integer as active_employees
from marts.units
group by opd_code
