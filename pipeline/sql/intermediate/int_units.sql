-- Every unit with the OPD it belongs to (the ancestor whose kode_induk is empty).
with recursive tree as (
    select unit_code, unit_code as opd_code, unit_name as opd_name, 0 as depth
    from staging.stg_units
    where parent_code is null

    union all

    select child.unit_code, tree.opd_code, tree.opd_name, tree.depth + 1
    from staging.stg_units as child
    inner join tree on child.parent_code = tree.unit_code
    where tree.depth < 20
)

select
    units.unit_code,
    units.unit_name,
    units.parent_code,
    -- a unit whose parent is missing from unit*.csv stands as its own OPD
    coalesce(tree.opd_code, units.unit_code) as opd_code,
    coalesce(tree.opd_name, units.unit_name) as opd_name,
    units.lat,
    units.lon,
    units.radius_m
from staging.stg_units as units
left join tree using (unit_code)
