-- Who may be nominated in each award period (rules.md §11): everyone with working days in it,
-- except those who reached a rung of the PP 94/2021 ladder (or the 10-day run) inside the
-- period, or have a recorded sanction decided in it or running during it (stg_sanctions:
-- decree date, or tmt_mulai..tmt_selesai overlapping). Every rung crossed counts, not only the
-- year's last one in marts.discipline_recommendations, so a February rung still bars the first
-- quarter when a higher rung follows in October.
with periods as (
    select * from intermediate.int_award_periods
),

-- working days per month first: award periods are whole months
months as (
    select nip, date_trunc('month', date)::date as month, count(*) as working_days
    from marts.daily_attendance
    group by all
),

active as (
    select periods.period, months.nip, sum(months.working_days)::integer as working_days
    from months
    inner join periods on months.month between periods.period_start and periods.period_end
    group by all
),

discipline_days as (
    select
        *,
        coalesce(lag(cumulative_days_total) over (partition by nip, year order by date), 0) as previous_days_total
    from intermediate.int_discipline_days
),

rungs_reached as (
    select days.nip, days.date, ladder.level, ladder.sanction
    from discipline_days as days
    inner join rules.pp94_2021_ladder as ladder
        on ladder.level <> 'none'
        and ladder.min_days > days.previous_days_total
        and ladder.min_days <= days.cumulative_days_total
    union all
    select days.nip, days.date, consecutive.level, consecutive.sanction
    from discipline_days as days
    inner join rules.pp94_2021_consecutive as consecutive on days.consecutive_tk = consecutive.min_consecutive_days
),

blockers as (
    select periods.period, rungs_reached.nip, rungs_reached.date as blocked_on,
        'rekomendasi hukuman disiplin ' || rungs_reached.level || ' (' || rungs_reached.sanction || ') tercapai '
            || strftime(rungs_reached.date, '%Y-%m-%d') as blocker
    from rungs_reached
    inner join periods on rungs_reached.date between periods.period_start and periods.period_end
    union all
    select periods.period, sanctions.nip, sanctions.decree_date as blocked_on,
        'hukuman disiplin ' || sanctions.sanction || ' (SK ' || sanctions.decree_number || ' tanggal '
            || strftime(sanctions.decree_date, '%Y-%m-%d') || ')' as blocker
    from staging.stg_sanctions as sanctions
    inner join periods
        on sanctions.decree_date between periods.period_start and periods.period_end
        or (sanctions.start_date <= periods.period_end
            and coalesce(sanctions.end_date, sanctions.start_date) >= periods.period_start)
)

select
    active.period,
    active.nip,
    active.working_days,
    count(blockers.blocker) = 0 as eligible,
    string_agg(blockers.blocker, '; ' order by blockers.blocked_on, blockers.blocker) as ineligible_reason
from active
left join blockers using (period, nip)
group by all
