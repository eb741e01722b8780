-- Per employee and working day: where the running counts place them on the discipline ladder of
-- their employee type (config.discipline_ladder and config.discipline_run). PNS stand on the
-- PP 94/2021 ladder; PP 94/2021 does not apply to PPPK, whose discipline is the PPK's under PP 49/2018
-- Pasal 52 and the perjanjian kerja: by default they stand on one open row (sanction none), their
-- counts kept as evidence, unless the instansi configured PPPK rungs of its own. The one place
-- where counts meet the ladder: recommendations, month-end rungs, early warning and award
-- eligibility read it, never the ladder tables.
-- The pns_* columns place the same counts on the PNS ladder, for an employee type whose ladder
-- names no sanction (PPPK by default): they say which PNS day counts were reached, to treat the
-- same absence alike where no sanction is at stake (award eligibility, scores), never a sanction.
with days as (
    select nip, date, year, cumulative_days_total, consecutive_tk, longest_run_so_far
    from intermediate.int_discipline_days
),

employees as (
    select nip, employee_type from staging.stg_employees
),

ladder as (
    select
        *,
        lead(min_days) over next_rung as next_min_days,
        lead(level) over next_rung as next_level,
        lead(sanction) over next_rung as next_sanction,
        lead(sanction_label) over next_rung as next_sanction_label
    from config.discipline_ladder
    window next_rung as (partition by employee_type order by min_days)
),

-- the small ladder expanded to one row per day count (up to the open rung's lower bound), so
-- that placing every employee-day is an equality join
ladder_days as (
    select *, unnest(generate_series(min_days, coalesce(max_days, min_days))) as days
    from ladder
),

employee_types as (
    select
        ladder.employee_type,
        max(ladder.min_days) as open_from,
        bool_or(ladder.level <> 'none') or count(run.employee_type) > 0 as has_sanctions
    from config.discipline_ladder as ladder
    left join config.discipline_run as run using (employee_type)
    group by all
),

counted as (
    select
        days.*,
        employees.employee_type,
        employee_types.has_sanctions,
        least(days.cumulative_days_total, employee_types.open_from) as own_days,
        least(days.cumulative_days_total, pns.open_from) as pns_days,
        coalesce(lag(days.cumulative_days_total) over (partition by days.nip, days.year order by days.date), 0)
            as previous_days_total
    from days
    inner join employees using (nip)
    inner join employee_types using (employee_type)
    inner join employee_types as pns on pns.employee_type = 'PNS'
),

placed as (
    select
        counted.*,
        by_count.min_days,
        by_count.level as count_level,
        by_count.sanction as count_sanction,
        by_count.sanction_label as count_sanction_label,
        by_count.legal_basis as count_legal_basis,
        by_count.next_min_days,
        by_count.next_level,
        by_count.next_sanction,
        by_count.next_sanction_label,
        run.min_consecutive_days as run_min_days,
        run.level as run_level,
        run.sanction as run_sanction,
        run.sanction_label as run_sanction_label,
        run.legal_basis as run_legal_basis,
        -- the run rule applies once the year's longest run reached it, unless the count already
        -- stands on a heavier level (PNS: the run is dismissal, the top of the ladder)
        coalesce(counted.longest_run_so_far >= run.min_consecutive_days
            and discipline_level_rank(run.level) >= discipline_level_rank(by_count.level), false) as by_run,
        pns_count.min_days as pns_min_days,
        pns_count.level as pns_count_level,
        pns_run.min_consecutive_days as pns_run_min_days,
        pns_run.level as pns_run_level
    from counted
    inner join ladder_days as by_count
        on by_count.employee_type = counted.employee_type and by_count.days = counted.own_days
    left join config.discipline_run as run on run.employee_type = counted.employee_type
    inner join ladder_days as pns_count on pns_count.employee_type = 'PNS' and pns_count.days = counted.pns_days
    left join config.discipline_run as pns_run on pns_run.employee_type = 'PNS'
)

select
    nip,
    date,
    year,
    employee_type,
    has_sanctions,
    -- the counts (int_discipline_days)
    cumulative_days_total,
    consecutive_tk,
    longest_run_so_far,
    -- the rung by count
    min_days,
    count_level::config.discipline_text as count_level,
    count_sanction::config.discipline_text as count_sanction,
    count_sanction_label::config.discipline_text as count_sanction_label,
    count_legal_basis::config.discipline_text as count_legal_basis,
    -- combined with the run rule
    by_run,
    (case when by_run then run_level else count_level end)::config.discipline_text as level,
    (case when by_run then run_sanction else count_sanction end)::config.discipline_text as sanction,
    (case when by_run then run_sanction_label else count_sanction_label end)::config.discipline_text as sanction_label,
    (case
        when by_run and count_sanction = run_sanction then count_legal_basis || '; ' || run_legal_basis
        when by_run then run_legal_basis
        else count_legal_basis
    end)::config.discipline_text as legal_basis,
    -- reached on this day: a rung's lower bound crossed by the count, or the run's length
    count_level <> 'none' and min_days > previous_days_total as reached_by_count,
    coalesce(consecutive_tk = run_min_days, false) as reached_by_run,
    -- what comes next (early warning)
    next_min_days,
    next_level::config.discipline_text as next_level,
    next_sanction::config.discipline_text as next_sanction,
    next_sanction_label::config.discipline_text as next_sanction_label,
    run_min_days,
    run_level::config.discipline_text as run_level,
    run_sanction::config.discipline_text as run_sanction,
    run_sanction_label::config.discipline_text as run_sanction_label,
    -- the same counts on the PNS ladder (evidence, never a sanction: see above)
    pns_min_days,
    (case when coalesce(longest_run_so_far >= pns_run_min_days, false) then pns_run_level else pns_count_level end)
        ::config.discipline_text as pns_level,
    pns_count_level <> 'none' and pns_min_days > previous_days_total as pns_reached_by_count,
    coalesce(consecutive_tk = pns_run_min_days, false) as pns_reached_by_run
from placed
