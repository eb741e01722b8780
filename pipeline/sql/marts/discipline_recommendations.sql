-- One recommendation per employee and year: the rung of their employee type's ladder they stood
-- on at the year's end (int_discipline_rungs: PNS the PP 94/2021 ladder, the rung by cumulative
-- days or dismissal after 10 consecutive TK working days; PPPK by default no PNS sanction, their
-- days kept as evidence under PP 49/2018 Pasal 52), with the date it was reached and its
-- evidence. A recommendation for BKPSDM to act on, not a decision.
with days as (
    select * from intermediate.int_discipline_days
),

rungs as (
    select * from intermediate.int_discipline_rungs
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

year_end as (
    select
        nip,
        year,
        arg_max(employee_type, date) as employee_type,
        arg_max(has_sanctions, date) as has_sanctions,
        arg_max(level, date) as level,
        arg_max(sanction, date) as sanction,
        arg_max(sanction_label, date) as sanction_label,
        arg_max(legal_basis, date) as legal_basis,
        arg_max(pns_level, date) as pns_level
    from rungs
    group by all
),

-- the first day of the year on the year-end rung (the count or the run, whichever came first)
reached as (
    select rungs.nip, rungs.year, min(rungs.date) as reached_on
    from rungs
    inner join year_end
        on year_end.nip = rungs.nip
        and year_end.year = rungs.year
        and year_end.level = rungs.level
        and year_end.sanction = rungs.sanction
    where rungs.level <> 'none'
    group by all
)

select
    with_equivalent.nip,
    with_equivalent.year,
    year_end.employee_type,
    -- the two parts of the count, always shown side by side
    with_equivalent.days_tk,
    with_equivalent.late_early_minutes,
    with_equivalent.days_equivalent,
    with_equivalent.days_total,
    with_equivalent.max_consecutive_tk,
    -- the rung of the employee type's own ladder, its text and citation
    year_end.level::varchar as level,
    year_end.sanction::varchar as sanction,
    year_end.sanction_label::varchar as sanction_label,
    reached.reached_on,
    year_end.legal_basis::varchar as legal_basis,
    coalesce(with_equivalent.tk_dates, []) as tk_dates,
    -- days counted on a ladder that names no sanction (PPPK by default): evidence for the PPK, shown
    -- apart from the recommendations
    not year_end.has_sanctions and with_equivalent.days_total + with_equivalent.max_consecutive_tk > 0 as evidence_only,
    -- the level that scores and eligibility compare (merit, quiet performers): the own level, or
    -- for a type whose ladder names no sanction (PPPK by default) the PNS level at the same counts,
    -- so that the same absence weighs the same; never shown as a sanction
    (case when year_end.has_sanctions then year_end.level else year_end.pns_level end)::varchar as score_level
from with_equivalent
inner join year_end using (nip, year)
left join reached using (nip, year)
