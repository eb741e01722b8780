-- Who is one or two days from the next rung of the PP 94/2021 ladder, or in a run of TK days
-- nearing the 10-day dismissal rule, as of the last day in the data: warn before it happens.
with latest as (
    select nip, year, date as as_of, cumulative_days_total, consecutive_tk
    from intermediate.int_discipline_days
    qualify row_number() over (partition by nip order by date desc) = 1
),

current_rung as (
    select latest.*, ladder.level, ladder.sanction
    from latest
    inner join rules.pp94_2021_ladder as ladder
        on latest.cumulative_days_total >= ladder.min_days
        and (ladder.max_days is null or latest.cumulative_days_total <= ladder.max_days)
),

next_rung as (
    select
        current_rung.*,
        ladder.level as next_level,
        ladder.sanction as next_sanction,
        ladder.min_days - current_rung.cumulative_days_total as days_to_next
    from current_rung
    left join rules.pp94_2021_ladder as ladder
        on ladder.min_days > current_rung.cumulative_days_total
    qualify row_number() over (partition by current_rung.nip order by ladder.min_days) = 1
)

select
    next_rung.nip,
    employees.opd_code,
    next_rung.year,
    next_rung.as_of,
    next_rung.cumulative_days_total as days_total,
    next_rung.level,
    next_rung.sanction,
    next_rung.next_level,
    next_rung.next_sanction,
    next_rung.days_to_next,
    next_rung.consecutive_tk as current_run,
    consecutive.min_consecutive_days - next_rung.consecutive_tk as run_days_to_dismissal,
    -- which threshold comes first (a run counts only while it lasts), what it brings, and when
    case when warning.run_is_nearer then 'beruntun' else 'kumulatif' end as nearest,
    case when warning.run_is_nearer then consecutive.level else next_rung.next_level end as target_level,
    case when warning.run_is_nearer then consecutive.sanction else next_rung.next_sanction end as target_sanction,
    (case when warning.run_is_nearer
        then consecutive.min_consecutive_days - next_rung.consecutive_tk
        else next_rung.days_to_next end)::integer as days_to_go
from next_rung
inner join marts.employees as employees using (nip)
cross join rules.pp94_2021_consecutive as consecutive
cross join lateral (
    select next_rung.consecutive_tk > 0
        and consecutive.min_consecutive_days - next_rung.consecutive_tk
            <= coalesce(next_rung.days_to_next, consecutive.min_consecutive_days) as run_is_nearer
) as warning
where next_rung.days_to_next between 1 and 2
    or (next_rung.consecutive_tk > 0 and consecutive.min_consecutive_days - next_rung.consecutive_tk between 1 and 2)
