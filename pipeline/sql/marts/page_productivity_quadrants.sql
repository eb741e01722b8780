-- The productivity map, one row per employee and year: verified output (minutes counted over
-- minutes expected, marts.productivity_monthly) against discipline (the PP 94/2021 count: TK days
-- plus late/early minutes as days, unfloored so that people spread along the axis), and the
-- quadrant they fall in. Both cut-offs come from the rules the pipeline already applies:
--   productive   the year's productivity reaches the lowest band of config.tpp_productivity_bands
--                that costs no TPP kinerja deduction (docs/aturan.md#tpp; default 75%)
--   disciplined  no rung of the PP 94/2021 ladder reached in the year (docs/aturan.md#disiplin; the first
--                rung's days are the axis' mark)
-- Months below the productivity cut-off are the evidence for coaching; needs_attention marks a
-- run of at least attention_min_months (3: a whole quarter, the shortest SKP period) such
-- consecutive months: a display choice of this page, not a regulation, so it is not config.
-- A month whose approvals are still open (productivity_monthly.approvals_open) is no evidence:
-- its minutes are partly unverified, so it is never a low month and, like a month without data,
-- it breaks a run; the year's productivity_pct still counts what is approved so far.
with settings as (
    select
        (select min_pct from config.tpp_productivity_bands order by deduction_pct, min_pct limit 1) as productivity_cutoff_pct,
        (select min(min_days) from rules.pp94_2021_ladder where level <> 'none') as discipline_cutoff_days,
        3 as attention_min_months, -- this page's display choice (see above), not a regulation
        minutes_per_day,
        include_converted_days
    from config.settings
),

assessed as (
    select
        productivity.nip,
        year(productivity.month)::integer as year,
        productivity.month,
        productivity.counted_minutes,
        productivity.expected_minutes,
        productivity.productivity_pct,
        productivity.present_no_activity_days,
        productivity.approvals_open,
        productivity.productivity_pct < settings.productivity_cutoff_pct and not productivity.approvals_open as is_low
    from marts.productivity_monthly as productivity
    cross join settings
),

months as (
    select
        *,
        -- consecutive low months share a run key (gaps and islands)
        (year(month) * 12 + month(month)) - row_number() over (partition by nip, is_low order by month) as run_key
    from assessed
),

runs as (
    select nip, year, run_key, count(*)::integer as run_months
    from months
    where is_low
    group by all
),

per_year as (
    select
        nip,
        year,
        count(*)::integer as months,
        rate_pct(sum(counted_minutes), sum(expected_minutes)) as productivity_pct,
        sum(present_no_activity_days)::integer as present_no_activity_days,
        count(*) filter (where is_low)::integer as low_months,
        count(*) filter (where approvals_open)::integer as open_months,
        list(struct_pack(month, productivity_pct) order by month) filter (where is_low) as low_month_list
    from months
    group by all
),

longest as (
    select nip, year, max(run_months)::integer as longest_low_run
    from runs
    group by all
),

placed as (
    select
        per_year.*,
        coalesce(longest.longest_low_run, 0) as longest_low_run,
        discipline.days_tk,
        discipline.late_early_minutes,
        discipline.days_tk + case when settings.include_converted_days
            then discipline.late_early_minutes / settings.minutes_per_day else 0 end as discipline_days,
        discipline.level as discipline_level,
        settings.productivity_cutoff_pct,
        settings.discipline_cutoff_days,
        settings.attention_min_months,
        per_year.productivity_pct >= settings.productivity_cutoff_pct as productive,
        discipline.score_level = 'none' as disciplined -- a PPPK's days weigh as a PNS's would
    from per_year
    inner join marts.discipline_recommendations as discipline using (nip, year)
    left join longest using (nip, year)
    cross join settings
)

select
    placed.nip,
    employees.opd_code,
    placed.year,
    placed.months,
    placed.productivity_pct,
    placed.discipline_days,
    placed.days_tk,
    placed.late_early_minutes,
    placed.discipline_level,
    placed.productivity_cutoff_pct,
    placed.discipline_cutoff_days,
    case
        when placed.productivity_pct is null then null
        when placed.productive and placed.disciplined then 'teladan'
        when placed.disciplined then 'rajin_kurang_hasil'
        when placed.productive then 'produktif_kurang_disiplin'
        else 'perlu_pembinaan'
    end as quadrant,
    placed.present_no_activity_days,
    placed.low_months,
    placed.open_months,
    placed.longest_low_run,
    placed.attention_min_months,
    placed.longest_low_run >= placed.attention_min_months as needs_attention,
    coalesce(placed.low_month_list, []) as low_month_list
from placed
inner join marts.employees as employees using (nip)
