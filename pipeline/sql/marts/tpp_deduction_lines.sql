-- One line per priced event on the TPP discipline share (docs/aturan.md#tpp, regional: config.tpp_*):
-- late arrival (TL) and early leave (PSW) by minute band, a missing check-in or check-out, and
-- each day tanpa keterangan, and (when the instansi prices it) each missed apel. Every line names its event and the rule that priced it.
with days as (
    select *, date_trunc('month', date)::date as month
    from marts.daily_attendance
),

bands as (
    select
        *,
        case event when 'late' then 'TL' else 'PSW' end
        || ' ' || min_minutes || coalesce('-' || max_minutes, ' ke atas') || ' menit: '
        || pct_label(pct) || '%' as rule
    from config.tpp_bands
),

-- late arrival and early leave as one list of (event, minutes), priced against their own bands
timed as (
    select nip, date, month, 'late' as band, 'terlambat' as event, late_minutes as minutes
    from days
    where status = 'hadir'
    union all
    select nip, date, month, 'early', 'pulang_cepat', early_minutes
    from days
    where status = 'hadir'
),

banded as (
    select timed.nip, timed.date, timed.month, timed.event, timed.minutes, bands.pct, bands.rule
    from timed
    inner join bands
        on bands.event = timed.band
        and timed.minutes >= bands.min_minutes
        and (bands.max_minutes is null or timed.minutes <= bands.max_minutes)
),

flagged as (
    select nip, date, month, 'tidak_absen_masuk' as event, null::integer as minutes,
        settings.tpp_missing_punch_pct as pct, 'Tidak absen masuk: ' || pct_label(settings.tpp_missing_punch_pct) || '%' as rule
    from days, config.settings as settings
    where missing_check_in
    union all
    select nip, date, month, 'tidak_absen_pulang', null,
        settings.tpp_missing_punch_pct, 'Tidak absen pulang: ' || pct_label(settings.tpp_missing_punch_pct) || '%'
    from days, config.settings as settings
    where missing_check_out
    union all
    select nip, date, month, 'tanpa_keterangan', null,
        settings.tpp_tk_pct_per_day, 'Tanpa keterangan: ' || pct_label(settings.tpp_tk_pct_per_day) || '% per hari'
    from days, config.settings as settings
    where status = 'tanpa_keterangan'
),

-- a missed apel pagi or upacara (docs/aturan.md#pola-kerja; which roll calls count is marts.apel_monthly's
-- rule), priced only when the instansi's rule sets a rate
apel as (
    select missed.nip, missed.date, date_trunc('month', missed.date)::date as month,
        'apel_tidak_hadir' as event, null::integer as minutes, settings.tpp_missed_apel_pct as pct,
        'Tidak mengikuti apel/upacara: ' || pct_label(settings.tpp_missed_apel_pct) || '% per apel' as rule
    from (select nip, unnest(missed_dates) as date from marts.apel_monthly) as missed
    cross join config.settings as settings
    where settings.tpp_missed_apel_pct > 0
),

lines as (
    select * from banded
    union all
    select * from flagged
    union all
    select * from apel
)

select lines.*, settings.tpp_legal_basis as legal_basis
from lines
cross join config.settings as settings
