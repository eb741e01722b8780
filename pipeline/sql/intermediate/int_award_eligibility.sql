-- Who may be nominated in each award period (docs/aturan.md#penghargaan): everyone with working days in it,
-- except those who reached a rung of their discipline ladder (PNS: PP 94/2021, or the 10-day run)
-- inside the period, or have a recorded sanction decided in it or running during it (stg_sanctions:
-- decree date, or tmt_mulai..tmt_selesai overlapping). Every rung crossed counts, not only the
-- year's last one in marts.discipline_recommendations, so a February rung still bars the first
-- quarter when a higher rung follows in October.
with periods as (
    select * from intermediate.int_award_periods
),

-- working days per month first: award periods are whole months
months as (
    select nip, date_trunc('month', date)::date as month, count(*) as working_days
    from intermediate.int_daily_attendance
    group by all
),

active as (
    select periods.period, months.nip, sum(months.working_days)::integer as working_days
    from months
    inner join periods on months.month between periods.period_start and periods.period_end
    group by all
),

-- Rungs crossed, per day (int_discipline_rungs). A PPPK under the default rule (PP 49/2018 Pasal 52: no PNS sanction, no rung) is barred alike when the
-- same counts reach a day count of the PNS ladder, or its run, in the period: the same absence
-- weighs the same in an award, without calling it a PNS sanction.
rungs_reached as (
    select nip, date, 'rekomendasi hukuman disiplin ' || count_level || ' (' || lower_first(count_sanction_label) || ')' as reached
    from intermediate.int_discipline_rungs
    where reached_by_count
    union all
    select nip, date, 'rekomendasi hukuman disiplin ' || run_level || ' (' || lower_first(run_sanction_label) || ')'
    from intermediate.int_discipline_rungs
    where reached_by_run
    union all
    select nip, date, 'ketidakhadiran tanpa keterangan setara ' || cumulative_days_total || ' hari'
        || ' (' || employee_type || ': bukan hukuman disiplin PNS)'
    from intermediate.int_discipline_rungs
    where not has_sanctions and pns_reached_by_count
    union all
    select nip, date, 'ketidakhadiran tanpa keterangan ' || consecutive_tk || ' hari kerja berturut-turut'
        || ' (' || employee_type || ': bukan hukuman disiplin PNS)'
    from intermediate.int_discipline_rungs
    where not has_sanctions and pns_reached_by_run
),

blockers as (
    select periods.period, rungs_reached.nip, rungs_reached.date as blocked_on,
        rungs_reached.reached || ' tercapai ' || tanggal_id(rungs_reached.date) as blocker
    from rungs_reached
    inner join periods on rungs_reached.date between periods.period_start and periods.period_end
    union all
    select periods.period, sanctions.nip, sanctions.decree_date as blocked_on,
        -- the sanction in words, as its ladder names it (every code of an SK is on one)
        'hukuman disiplin ' || lower_first(coalesce(labels.sanction_label, sanctions.sanction)) || ' (SK ' || sanctions.decree_number || ' tanggal '
            || tanggal_id(sanctions.decree_date) || ')' as blocker
    from staging.stg_sanctions as sanctions
    left join (
        select sanction, any_value(sanction_label) as sanction_label
        from (select sanction, sanction_label from config.discipline_ladder union all select sanction, sanction_label from config.discipline_run)
        group by sanction
    ) as labels using (sanction)
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
