-- Roll calls per employee and month (docs/aturan.md#pola-kerja): an apel pagi or upacara counts only on the
-- person's own working day without an approved absence (rostered days off, leave and duty travel
-- are never a missed apel). One row per roll call (the natural key), so a roll call listed twice
-- counts once.
with roll_calls as (
    select roll_calls.*, attendance.opd_code, attendance.status
    from staging.stg_roll_calls as roll_calls
    inner join marts.daily_attendance as attendance using (nip, date)
    where attendance.status in ('hadir', 'tanpa_keterangan')
)

select
    nip,
    opd_code,
    date_trunc('month', date)::date as month,
    count(*)::integer as apel_expected,
    count(*) filter (where attended)::integer as apel_attended,
    count(*) filter (where not attended)::integer as apel_missed,
    count(*) filter (where not attended and roll_call_type = 'upacara')::integer as upacara_missed,
    coalesce(list(date order by date) filter (where not attended), []) as missed_dates
from roll_calls
group by all
