-- People per nine-box year, OPD, position class and box (docs/aturan.md#talenta): the Manajemen
-- Talenta page's cards and grid in both builds sum these rows (the public one to the kabupaten).
-- box null: serving in the latest year but not yet placed (marts.talent_career): without a valid
-- competency assessment (no_assessment), or with one but without an SKP score (no_performance).
with placed as (
    select * from marts.talent_nine_box where box is not null
),

grid as (
    select box, succession_group from rules.permenpanrb_3_2020_nine_box
),

not_placed as (
    select * from marts.talent_career where box is null and year is not null
),

boxes as (
    select
        placed.year,
        placed.opd_code,
        placed.position_type,
        placed.echelon,
        placed.box,
        count(*)::integer as employees,
        (count(*) filter (where placed.in_talent_pool))::integer as talent_pool,
        -- in a succession box but left out of the pool (a discipline sanction)
        (count(*) filter (where grid.succession_group and not placed.in_talent_pool))::integer as excluded,
        0 as no_assessment,
        0 as no_performance
    from placed
    left join grid using (box)
    group by all
),

waiting as (
    select
        year::integer as year,
        opd_code,
        position_type,
        echelon,
        null::integer as box,
        count(*)::integer as employees,
        0 as talent_pool,
        0 as excluded,
        (count(*) filter (where assessed_on is null))::integer as no_assessment,
        (count(*) filter (where assessed_on is not null))::integer as no_performance
    from not_placed
    group by all
)

select * from boxes
union all by name
select * from waiting
