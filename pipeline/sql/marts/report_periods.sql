-- The periods of the periodic reports (docs/aturan.md#penghargaan: the award periods): every quarter, semester
-- and year of the attendance calendar that has begun, with its dates, the last attendance date
-- inside it (data_end: the period may be unfinished), the SKP periods it reads, and the period of
-- the same kind just before it (a quarter or a semester back, or the year before) with its dates.
with calendar as (
    select start_date, end_date from intermediate.int_period
),

periods as (
    select
        periods.period,
        periods.award_level,
        periods.year::integer as year,
        periods.period_start,
        periods.period_end,
        least(periods.period_end, calendar.end_date) as data_end,
        case periods.award_level when 'triwulan' then 3 when 'semester' then 6 else 12 end as months
    from intermediate.int_award_periods as periods
    cross join calendar
    where periods.period_start <= calendar.end_date
)

select
    period,
    award_level,
    year,
    period_start,
    period_end,
    data_end,
    -- the SKP ratings a period reads: the year's annual rating, else the quarters inside it
    case award_level when 'tahunan' then 'tahunan' else 'triwulan' end as skp_period_kind,
    case award_level
        when 'triwulan' then year(period_start - interval 3 month) || '-TW' || quarter(period_start - interval 3 month)
        when 'semester' then year(period_start - interval 6 month) || '-S' || (quarter(period_start - interval 6 month) + 1) // 2
        else (year - 1)::varchar
    end as previous,
    (period_start - to_months(months))::date as previous_start,
    (period_start - interval 1 day)::date as previous_end,
    -- oldest year first, then its year, semesters and quarters
    row_number() over (
        order by year, case award_level when 'tahunan' then 0 when 'semester' then 1 else 2 end, period_start
    )::integer as sort_order
from periods
