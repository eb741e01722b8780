-- The nine-box of PermenPANRB 3/2020 (docs/aturan.md#talenta), one row per employee and year with both a
-- performance score (intermediate.int_talent_performance) and a potential score
-- (intermediate.int_talent_potential), for employees still serving at the year's end. Levels come
-- from the configured cut-offs, the box and its actions from rules.permenpanrb_3_2020_nine_box.
-- The talent pool (kelompok rencana suksesi) is boxes 7-9, less anyone with a sanction of an
-- excluded level (default sedang or berat) in the last config.talent.exclusion_years years;
-- everyone outside it gets the reason.
with settings as (
    select * from config.talent
),

employees as (
    select * from marts.employees
),

scores as (
    select
        performance.nip,
        performance.year,
        performance.performance_score,
        performance.performance_years_used,
        performance.performance_history,
        potential.assessed_on,
        potential.assessment_type,
        potential.assessment_score,
        potential.development_hours,
        potential.track_record_score,
        potential.potential_score
    from intermediate.int_talent_performance as performance
    inner join intermediate.int_talent_potential as potential using (nip, year)
),

levelled as (
    select
        scores.*,
        case
            when scores.performance_score >= settings.performance_di_atas then 'di_atas'
            when scores.performance_score >= settings.performance_sesuai then 'sesuai'
            else 'di_bawah'
        end as performance_level,
        case
            when scores.potential_score >= settings.potential_tinggi then 'tinggi'
            when scores.potential_score >= settings.potential_menengah then 'menengah'
            else 'rendah'
        end as potential_level
    from scores
    cross join settings
),

-- PP 94/2021 level of each recorded sanction code (the ladder names every code)
sanction_levels as (
    select distinct sanction, level, sanction_label from rules.pp94_2021_ladder
),

exclusions as (
    select
        levelled.nip,
        levelled.year,
        sanctions.decree_date,
        sanctions.decree_number,
        sanctions.sanction,
        sanction_levels.level,
        sanction_levels.sanction_label,
        row_number() over (
            partition by levelled.nip, levelled.year
            order by case sanction_levels.level when 'berat' then 1 when 'sedang' then 2 else 3 end, sanctions.decree_date desc
        ) as severity
    from levelled
    cross join settings
    inner join staging.stg_sanctions as sanctions
        on sanctions.nip = levelled.nip
        and year(sanctions.decree_date) between levelled.year - settings.exclusion_years + 1 and levelled.year
    inner join sanction_levels using (sanction)
    inner join config.talent_exclusion_levels as excluded using (level)
    where settings.exclusion_enabled
)

select
    levelled.nip,
    levelled.year,
    employees.opd_code,
    employees.unit_code,
    employees.employee_type,
    employees.position_type,
    employees.echelon,
    -- kinerja
    levelled.performance_score,
    levelled.performance_level,
    levelled.performance_years_used,
    levelled.performance_history,
    -- potensial
    levelled.potential_score,
    levelled.potential_level,
    levelled.assessment_score,
    levelled.track_record_score,
    levelled.development_hours,
    levelled.assessed_on,
    levelled.assessment_type,
    -- the box and what it asks for
    grid.box,
    grid.label as box_label,
    grid.actions,
    grid.succession_group and exclusions.nip is null as in_talent_pool,
    case
        when grid.succession_group and exclusions.nip is not null
            then 'Hukuman disiplin tingkat ' || exclusions.level || ' (' || exclusions.sanction_label || ', SK '
                || tanggal_id(exclusions.decree_date) || ') dalam ' || settings.exclusion_years
                || ' tahun terakhir: tidak masuk kelompok rencana suksesi'
        when not grid.succession_group
            then 'Kotak ' || grid.box || ': kelompok rencana suksesi hanya kotak 7, 8 dan 9'
    end as excluded_reason,
    exclusions.sanction as excluding_sanction,
    exclusions.decree_date as excluding_decree_date,
    grid.legal_basis
from levelled
cross join settings
inner join employees using (nip)
inner join rules.permenpanrb_3_2020_nine_box as grid using (performance_level, potential_level)
left join exclusions
    on exclusions.nip = levelled.nip and exclusions.year = levelled.year and exclusions.severity = 1
where employees.start_date <= make_date(levelled.year, 12, 31)
    and (employees.end_date is null or employees.end_date > make_date(levelled.year, 12, 31))
