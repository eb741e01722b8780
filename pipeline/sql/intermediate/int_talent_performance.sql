-- The kinerja axis of the nine-box (PermenPANRB 3/2020, docs/aturan.md#talenta): the predikat of the last
-- config.talent.performance_years years of SKP, as points (config.talent_performance_points).
-- A year counts with its annual (TAHUNAN) predikat, else the mean of its periods; the score is
-- the mean of the years present in the window.
with performance as (
    select nip, year, period, predikat
    from intermediate.int_performance
    where predikat is not null
),

per_year as (
    select
        performance.nip,
        performance.year,
        coalesce(avg(points.points) filter (where performance.period = 'TAHUNAN'), avg(points.points)) as points
    from performance
    inner join config.talent_performance_points as points using (predikat)
    group by performance.nip, performance.year
),

windowed as (
    select years.year, per_year.nip, per_year.year as skp_year, per_year.points
    from intermediate.int_talent_years as years
    cross join config.talent as settings
    inner join per_year
        on per_year.year between years.year - settings.performance_years + 1 and years.year
)

select
    nip,
    year,
    round(avg(points), 2) as performance_score,
    count(*)::integer as performance_years_used,
    -- e.g. '2024: 80; 2025: 100'
    string_agg(skp_year || ': ' || pct_label(points), '; ' order by skp_year) as performance_history
from windowed
group by nip, year
