-- One recommendation per employee and year (PP 94/2021, rules.md §3): the rung the cumulative
-- days reached, or dismissal after 10 consecutive TK working days, with the date it was reached
-- and its evidence. A recommendation for BKPSDM to act on, not a decision.
with days as (
    select * from intermediate.int_discipline_days
),

per_year as (
    select
        nip,
        year,
        count(*) filter (where is_tk)::integer as days_tk,
        sum(late_early_minutes)::integer as late_early_minutes,
        max(consecutive_tk)::integer as max_consecutive_tk,
        max(cumulative_days_total)::integer as days_total,
        list(date order by date) filter (where is_tk) as tk_dates
    from days
    group by all
),

with_equivalent as (
    select per_year.*, floor(late_early_minutes / settings.minutes_per_day)::integer as days_equivalent
    from per_year
    cross join config.settings as settings
),

by_count as (
    select with_equivalent.*, ladder.level, ladder.sanction, ladder.legal_basis, ladder.min_days
    from with_equivalent
    inner join rules.pp94_2021_ladder as ladder
        on with_equivalent.days_total >= ladder.min_days
        and (ladder.max_days is null or with_equivalent.days_total <= ladder.max_days)
),

reached as (
    select
        by_count.nip,
        by_count.year,
        min(days.date) filter (where by_count.level <> 'none' and days.cumulative_days_total >= by_count.min_days)
            as reached_by_count,
        min(days.date) filter (where days.consecutive_tk >= consecutive.min_consecutive_days) as reached_by_run
    from by_count
    inner join days using (nip, year)
    cross join rules.pp94_2021_consecutive as consecutive
    group by all
)

select
    by_count.nip,
    by_count.year,
    -- the two parts of the count, always shown side by side
    by_count.days_tk,
    by_count.late_early_minutes,
    by_count.days_equivalent,
    by_count.days_total,
    by_count.max_consecutive_tk,
    -- a run of 10 consecutive days outranks any cumulative rung below dismissal
    case when reached.reached_by_run is not null then consecutive.level else by_count.level end as level,
    case when reached.reached_by_run is not null then consecutive.sanction else by_count.sanction end as sanction,
    case
        when reached.reached_by_run is not null and by_count.sanction = consecutive.sanction
            then least(reached.reached_by_run, reached.reached_by_count)
        when reached.reached_by_run is not null then reached.reached_by_run
        else reached.reached_by_count
    end as reached_on,
    case
        when reached.reached_by_run is not null and by_count.sanction = consecutive.sanction
            then by_count.legal_basis || '; ' || consecutive.legal_basis
        when reached.reached_by_run is not null then consecutive.legal_basis
        else by_count.legal_basis
    end as legal_basis,
    coalesce(by_count.tk_dates, []) as tk_dates
from by_count
inner join reached using (nip, year)
cross join rules.pp94_2021_consecutive as consecutive
