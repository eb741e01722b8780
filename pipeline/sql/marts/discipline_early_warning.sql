-- Who is one or two days from the next rung of their employee type's ladder, or in a run of TK
-- days nearing its run rule (PNS: PP 94/2021, 10 days to dismissal), as of the last day in the
-- data: warn before it happens. A ladder that names no sanction (PPPK by default, PP 49/2018
-- Pasal 52) has no next rung and no run rule: nobody on it is warned.
with latest as (
    select *
    from intermediate.int_discipline_rungs
    qualify row_number() over (partition by nip order by date desc) = 1
),

next_rung as (
    select
        *,
        next_min_days - cumulative_days_total as days_to_next,
        run_min_days - consecutive_tk as run_days_to_dismissal,
        -- which threshold comes first (a run counts only while it lasts)
        consecutive_tk > 0
            and run_min_days - consecutive_tk <= coalesce(next_min_days - cumulative_days_total, run_min_days)
            as run_is_nearer
    from latest
)

select
    next_rung.nip,
    employees.opd_code,
    next_rung.employee_type,
    next_rung.year,
    next_rung.date as as_of,
    next_rung.cumulative_days_total as days_total,
    next_rung.count_level::varchar as level,
    next_rung.count_sanction::varchar as sanction,
    next_rung.count_sanction_label::varchar as sanction_label,
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
from next_rung
inner join marts.employees as employees using (nip)
where next_rung.days_to_next between 1 and 2
    or (next_rung.consecutive_tk > 0 and next_rung.run_days_to_dismissal between 1 and 2)
