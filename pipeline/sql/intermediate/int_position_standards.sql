-- The competency standard each position class is measured against (docs/aturan.md#jpm): the standard
-- written for its exact eselon, else the one of its position type without an eselon; a class
-- without either has no standard (and no JPM). Classes: every employee's position, every
-- target of config.career_path and every standard's own class.
with classes as (
    select distinct position_type, echelon from staging.stg_employees
    union
    select to_position_type, to_echelon from config.career_path
    union
    select position_type, echelon from staging.stg_competency_standards
),

standards as (
    select distinct position_type, echelon from staging.stg_competency_standards
),

matched as (
    select
        classes.position_type,
        classes.echelon,
        standards.position_type as standard_position_type,
        standards.echelon as standard_echelon,
        row_number() over (
            partition by classes.position_type, classes.echelon
            order by (standards.echelon is not distinct from classes.echelon) desc
        ) as preference
    from classes
    inner join standards
        on standards.position_type = classes.position_type
        and (standards.echelon is not distinct from classes.echelon or standards.echelon is null)
)

select position_type, echelon, standard_position_type, standard_echelon
from matched
where preference = 1
