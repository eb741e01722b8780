-- TPP deduction per employee and month. discipline_pct is the share of the discipline part lost
-- (sum of the lines, capped monthly); total_pct weighs it with the performance part into a share
-- of the whole TPP (default 40% disiplin + 60% kinerja, rules.md §7). The performance part is
-- computed from predikat/productivity once those marts exist; until then it is null and adds 0.
with months as (
    select nip, opd_code, date_trunc('month', date)::date as month, count(*)::integer as working_days
    from marts.daily_attendance
    group by all
),

lines as (
    select nip, month, sum(pct) as lines_pct, count(*)::integer as events
    from marts.tpp_deduction_lines
    group by all
)

select
    months.nip,
    months.opd_code,
    months.month,
    months.working_days,
    coalesce(lines.events, 0) as events,
    coalesce(lines.lines_pct, 0)::double as discipline_lines_pct,
    least(coalesce(lines.lines_pct, 0), settings.tpp_monthly_cap_pct)::double as discipline_pct,
    null::double as performance_pct,
    (least(coalesce(lines.lines_pct, 0), settings.tpp_monthly_cap_pct) * settings.tpp_discipline_share_pct / 100)::double
        as total_pct
from months
left join lines using (nip, month)
cross join config.settings as settings
