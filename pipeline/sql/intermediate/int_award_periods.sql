-- The award periods of every year in the attendance data (docs/aturan.md#penghargaan): four quarters
-- (2025-TW1), two semesters (2025-S1) and the year (2025), each with its dates.
with years as (
    select distinct year(date)::integer as year from intermediate.int_daily_attendance
),

quarters as (
    select
        years.year,
        'triwulan' as award_level,
        years.year || '-TW' || q as period,
        -- the SKP period whose predikat the quarter reads, and the semester it belongs to
        'TW' || q as skp_period,
        years.year || '-S' || ((q + 1) // 2) as semester,
        period_start(years.year, 'TW' || q) as period_start,
        period_end(years.year, 'TW' || q) as period_end
    from years, range(1, 5) as t(q)
),

semesters as (
    select
        years.year,
        'semester' as award_level,
        years.year || '-S' || s as period,
        null as skp_period,
        null as semester,
        period_start(years.year, 'TW' || (2 * s - 1)) as period_start,
        period_end(years.year, 'TW' || (2 * s)) as period_end
    from years, range(1, 3) as t(s)
),

whole_years as (
    select
        year,
        'tahunan' as award_level,
        year::varchar as period,
        null as skp_period,
        null as semester,
        period_start(year, 'TAHUNAN') as period_start,
        period_end(year, 'TAHUNAN') as period_end
    from years
)

select * from quarters
union all
select * from semesters
union all
select * from whole_years
