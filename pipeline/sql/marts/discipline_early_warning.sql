-- Who is one or two days from the next rung of their employee type's ladder, or in a run of TK
-- days nearing its run rule (PNS: PP 94/2021, 10 days to dismissal), as of the last day in the
-- data: warn before it happens. A ladder that names no sanction (PPPK by default, PP 49/2018
-- Pasal 52) has no next rung and no run rule: nobody on it is warned. Someone already on a rung
-- at least as heavy (a run of TK days placed them on dismissal) is on the follow-up list instead:
-- no warning of a lighter rung. `level` is where they stand, by the count or the run.
with latest as (
    select *
    from intermediate.int_discipline_rungs
    qualify row_number() over (partition by nip order by date desc) = 1
),

thresholds as (
    select
        *,
        next_min_days - cumulative_days_total as days_to_next,
        run_min_days - consecutive_tk as run_days_to_dismissal
    from latest
),

next_rung as (
    select
        *,
        -- a threshold warns only while it would bring a heavier level than the one they stand on
        coalesce(days_to_next between 1 and 2 and discipline_level_rank(next_level) > discipline_level_rank(level), false) as count_warns,
        coalesce(not by_run and consecutive_tk > 0 and run_days_to_dismissal between 1 and 2
            and discipline_level_rank(run_level) > discipline_level_rank(level), false) as run_warns
    from thresholds
),

warned as (
    select
        *,
        -- which threshold comes first (a run counts only while it lasts)
        run_warns and (not count_warns or run_days_to_dismissal <= days_to_next) as run_is_nearer
    from next_rung
    where count_warns or run_warns
)

select
    next_rung.nip,
    employees.opd_code,
    next_rung.employee_type,
    next_rung.year,
    next_rung.date as as_of,
    next_rung.cumulative_days_total as days_total,
    next_rung.level::varchar as level,
    next_rung.sanction::varchar as sanction,
    next_rung.sanction_label::varchar as sanction_label,
    next_rung.next_level::varchar as next_level,
    next_rung.next_sanction::varchar as next_sanction,
    next_rung.days_to_next,
    next_rung.consecutive_tk as current_run,
    next_rung.run_days_to_dismissal,
    next_rung.run_min_days,
    -- which threshold comes first, what it brings (its text from the same ladder row), and when
    case when next_rung.run_is_nearer then 'beruntun' else 'kumulatif' end as nearest,
    (case when next_rung.run_is_nearer then next_rung.run_level else next_rung.next_level end)::varchar as target_level,
    (case when next_rung.run_is_nearer then next_rung.run_sanction else next_rung.next_sanction end)::varchar as target_sanction,
    (case when next_rung.run_is_nearer then next_rung.run_sanction_label else next_rung.next_sanction_label end)::varchar
        as target_sanction_label,
    (case when next_rung.run_is_nearer then next_rung.run_days_to_dismissal else next_rung.days_to_next end)::integer
        as days_to_go
from warned as next_rung
inner join marts.employees as employees using (nip)
