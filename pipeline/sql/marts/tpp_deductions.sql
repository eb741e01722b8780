-- TPP deduction per employee and month (docs/aturan.md#tpp). discipline_pct is the share of the
-- discipline part lost (sum of the lines, capped monthly); performance_pct the share of the
-- kinerja part lost (productivity or predikat, and IKP: marts.tpp_performance_lines, capped
-- monthly); total_pct weighs both into a share of the whole TPP (default 40% disiplin +
-- 60% kinerja). A month with no performance line loses nothing on the kinerja part.
-- performance_provisional: the kinerja part is priced on productivity in a month whose approvals
-- are still open (tpp_performance_lines), so performance_pct may still grow once they close.
with months as (
    select nip, opd_code, date_trunc('month', date)::date as month, count(*)::integer as working_days
    from marts.daily_attendance
    group by all
),

lines as (
    select nip, month, sum(pct) as lines_pct, count(*)::integer as events
    from marts.tpp_deduction_lines
    group by all
),

performance_lines as (
    select nip, month, sum(pct) as lines_pct, count(*)::integer as events
    from marts.tpp_performance_lines
    group by all
),

priced as (
    select
        months.*,
        coalesce(lines.events, 0) as events,
        coalesce(lines.lines_pct, 0)::double as discipline_lines_pct,
        least(coalesce(lines.lines_pct, 0), settings.tpp_monthly_cap_pct)::double as discipline_pct,
        coalesce(performance_lines.events, 0) as performance_events,
        coalesce(performance_lines.lines_pct, 0)::double as performance_lines_pct,
        least(coalesce(performance_lines.lines_pct, 0), performance.monthly_cap_pct)::double as performance_pct,
        settings.tpp_discipline_share_pct,
        settings.tpp_performance_share_pct,
        coalesce(productivity.approvals_open, false) and performance.basis in ('productivity', 'both')
            as performance_provisional
    from months
    left join lines using (nip, month)
    left join performance_lines using (nip, month)
    left join marts.productivity_monthly as productivity using (nip, month)
    cross join config.settings as settings
    cross join config.tpp_performance as performance
)

select
    nip,
    opd_code,
    month,
    working_days,
    events,
    discipline_lines_pct,
    discipline_pct,
    performance_events,
    performance_lines_pct,
    performance_pct,
    (discipline_pct * tpp_discipline_share_pct / 100 + performance_pct * tpp_performance_share_pct / 100)::double
        as total_pct,
    performance_provisional
from priced
