-- How complete each kind of data is (docs/aturan.md#kelengkapan): one row per source and month
-- (presensi, e-Kinerja, IKP) or period (SKP and 360 per quarter; SKP, competency assessments and merit
-- parts per year), with what is covered of what is expected and a status:
--   final      complete enough to judge people and OPDs by it;
--   not_final  there but incomplete: an export that stops inside the month, e-Kinerja approvals
--              still open (config.productivity.open_approval_pct), a recent month's IKP mostly not
--              reported done yet (ikp_open_pct, ikp_reporting_days), fewer records or ratings than
--              config.completeness asks (min_attendance_pct, min_rated_pct);
--   missing    nothing at all for the month or period.
-- Employees expected: those with a working day in the month or period (marts.daily_attendance).
with settings as (
    select completeness.*, productivity.open_approval_pct
    from config.completeness as completeness
    cross join config.productivity as productivity
),

calendar as (
    select start_date, end_date from intermediate.int_period
),

-- working days of the default week left in the month after the calendar ends (an export cut short)
days_after as (
    select date_trunc('month', calendar.end_date)::date as month, count(*) as working_days
    from calendar
    cross join generate_series(calendar.end_date + interval 1 day, last_day(calendar.end_date), interval 1 day) as days(day)
    anti join rules.holidays on holidays.date = days.day::date
    where isodow(days.day) <= 5
    group by all
),

employee_days as (
    select date_trunc('month', date)::date as month, opd_code, count(*) as expected,
        count(*) filter (where status <> 'tanpa_keterangan') as covered
    from marts.daily_attendance
    group by all
),

attendance as (
    select
        'presensi' as source,
        days.month,
        'pegawai-hari' as unit,
        sum(days.expected)::bigint as expected,
        sum(days.covered)::bigint as covered,
        null::bigint as pending,
        -- an OPD with working days and not one record: its export is likely missing
        (count(*) filter (where days.covered = 0))::integer as opds_without_data,
        case when any_value(days_after.working_days) > 0 then any_value(calendar.end_date) end as data_through
    from employee_days as days
    cross join calendar
    left join days_after using (month)
    group by days.month
),

activity as (
    select
        'e_kinerja' as source,
        months.month,
        'menit' as unit,
        coalesce(activity.activity_minutes, 0)::bigint as expected,
        coalesce(activity.approved_minutes, 0)::bigint as covered,
        coalesce(activity.pending_minutes, 0)::bigint as pending
    from attendance as months
    left join marts.productivity_months as activity using (month)
),

-- IKP: of the instructions due in the month, those with a completion recorded and those still open
ikp as (
    select
        'ikp' as source,
        months.month,
        'instruksi' as unit,
        coalesce(count(results.month) filter (where results.is_due), 0)::bigint as expected,
        coalesce(count(results.month) filter (where results.status <> 'belum_selesai'), 0)::bigint as covered,
        coalesce(count(results.month) filter (where results.overdue), 0)::bigint as pending
    from attendance as months
    left join marts.ikp_results as results using (month)
    group by all
),

-- the monthly sources, each month named once
monthly as (
    select
        sources.source,
        'bulan' as period_kind,
        strftime(sources.month, '%Y-%m') as period,
        bulan_id(sources.month) as period_label,
        sources.month as period_start,
        last_day(sources.month) as period_end,
        sources.* exclude (source, month)
    from (
        select * from attendance
        union all by name
        select * from activity
        union all by name
        select * from ikp
    ) as sources
),

-- the quarters and years of the calendar, and who had a working day in each
periods as (
    select
        kind.period_kind,
        case kind.period_kind when 'triwulan' then year(day) || '-TW' || quarter(day) else year(day)::varchar end as period,
        min(day) as period_start,
        max(day) as period_end
    from (select distinct date as day from marts.daily_attendance)
    cross join (values ('triwulan'), ('tahun')) as kind(period_kind)
    group by all
),

period_people as (
    select distinct periods.period_kind, periods.period, attendance.nip
    from periods
    inner join marts.daily_attendance as attendance on attendance.date between periods.period_start and periods.period_end
),

-- SKP ratings of the quarter (TW1-TW4) or the year (TAHUNAN)
skp as (
    select people.period_kind, people.period, count(*) as expected, count(rated.nip) as covered
    from period_people as people
    left join (
        select distinct nip, case period_kind when 'triwulan' then year || '-TW' || right(period, 1) else year::varchar end as period
        from marts.performance
        where period_kind in ('triwulan', 'tahunan')
    ) as rated using (period, nip)
    group by all
),

-- a final 360 score for the quarter as the awards read it (marts.award_score_parts): one ending in
-- the quarter, else the latest earlier in the same year
behaviour as (
    select people.period_kind, people.period, count(distinct people.nip) as expected, count(distinct scored.nip) as covered
    from period_people as people
    inner join periods using (period_kind, period)
    left join marts.behaviour_360 as scored
        on scored.nip = people.nip and scored.status = 'final'
        and scored.year = year(periods.period_start) and scored.period_end <= last_day(periods.period_end)
    where people.period_kind = 'triwulan'
    group by all
),

-- the year's merit scores: a valid competency assessment, and every part present
merit as (
    select
        year::varchar as period,
        count(*) as expected,
        count(*) filter (where competency is not null) as assessed,
        count(*) filter (where weight_available_pct >= 100) as complete
    from marts.merit_scores
    group by all
),

rated as (
    select 'skp' as source, period_kind, period, 'pegawai' as unit, expected, covered from skp
    union all
    select 'penilaian360', period_kind, period, 'pegawai', expected, covered from behaviour
    union all
    select 'kompetensi', 'tahun', period, 'pegawai', expected, assessed from merit
    union all
    select 'merit', 'tahun', period, 'pegawai', expected, complete from merit
),

rated_periods as (
    select
        rated.source,
        rated.period_kind,
        rated.period,
        case rated.period_kind when 'triwulan' then period_label_id(rated.period) else 'Tahun ' || rated.period end as period_label,
        periods.period_start,
        periods.period_end,
        rated.unit,
        rated.expected::bigint as expected,
        rated.covered::bigint as covered,
        null::bigint as pending,
        null::integer as opds_without_data,
        null::date as data_through
    from rated
    inner join periods using (period_kind, period)
),

all_rows as (
    select * from monthly
    union all by name
    select * from rated_periods
),

classified as (
    select
        all_rows.*,
        rate_pct(all_rows.covered, all_rows.expected)::double as covered_pct,
        rate_pct(all_rows.pending, all_rows.expected)::double as pending_pct,
        case
            -- a month without an instruction due lacks nothing
            when all_rows.source = 'ikp' and all_rows.expected = 0 then 'final'
            when all_rows.covered = 0 and coalesce(all_rows.pending, 0) = 0 then 'missing'
            when all_rows.source = 'presensi'
                and (all_rows.data_through is not null or all_rows.opds_without_data > 0
                    or rate_pct(all_rows.covered, all_rows.expected) < settings.min_attendance_pct) then 'not_final'
            when all_rows.source = 'e_kinerja' and rate_pct(all_rows.pending, all_rows.expected) > settings.open_approval_pct then 'not_final'
            when all_rows.source = 'ikp' and rate_pct(all_rows.pending, all_rows.expected) > settings.ikp_open_pct
                and all_rows.period_end > calendar.end_date - to_days(settings.ikp_reporting_days) then 'not_final'
            when all_rows.source in ('skp', 'penilaian360') and rate_pct(all_rows.covered, all_rows.expected) < settings.min_rated_pct then 'not_final'
            -- assessments last several years and merit has fewer parts without one: shown, never final
            when all_rows.source in ('kompetensi', 'merit') and all_rows.covered < all_rows.expected then 'not_final'
            else 'final'
        end as status
    from all_rows
    cross join settings
    cross join calendar
)

select
    source,
    period_kind,
    period,
    period_label,
    period_start,
    period_end,
    unit,
    expected,
    covered,
    pending,
    covered_pct,
    pending_pct,
    opds_without_data,
    data_through,
    status,
    -- what a reader is told, in the trust line and on Kualitas Data
    case source
        when 'presensi' then case
            when status = 'missing' then 'presensi belum ada'
            when data_through is not null then 'presensi s.d. ' || tanggal_id(data_through)
            when opds_without_data > 0 then opds_without_data || ' OPD tanpa presensi'
            else 'presensi tercatat ' || pct_label(round(covered_pct, 1)) || '% pegawai-hari'
        end
        when 'e_kinerja' then case
            when status = 'missing' then 'e-Kinerja belum ada'
            else 'e-Kinerja ' || pct_label(round(pending_pct, 1)) || '% menit menunggu persetujuan'
        end
        when 'ikp' then case
            when expected = 0 then 'tidak ada IKP jatuh tempo'
            else 'IKP ' || pct_label(round(pending_pct, 1)) || '% yang jatuh tempo belum dilaporkan selesai'
        end
        when 'skp' then case
            when status = 'missing' then 'SKP ' || period_label || ' belum ada'
            else 'SKP ' || period_label || ' ' || pct_label(round(covered_pct, 1)) || '% pegawai'
        end
        when 'penilaian360' then case
            when status = 'missing' then 'penilaian 360 ' || period_label || ' belum ada'
            else 'penilaian 360 ' || period_label || ' ' || pct_label(round(covered_pct, 1)) || '% pegawai'
        end
        when 'kompetensi' then 'asesmen kompetensi berlaku untuk ' || pct_label(round(covered_pct, 1)) || '% pegawai (' || period_label || ')'
        when 'merit' then 'skor merit ' || period_label || ' dengan kelima bagian: ' || pct_label(round(covered_pct, 1)) || '% pegawai'
    end as note
from classified
