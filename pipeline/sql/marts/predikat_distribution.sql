-- Each unit's predikat distribution in the curve period (default TAHUNAN) beside the unit's own
-- predikat, and whether it breaks the SE MenPANRB 3/2023 curve (docs/aturan.md#predikat): more high
-- predikat than the unit's result allows points at lenient raters. An OPD without a predikat
-- of its own is shown unchecked.
with settings as (
    select curve_period from config.performance
),

rated_units as (
    select unit_code, year, organisation_predikat from staging.stg_unit_predikat
),

unrated_opds as (
    select distinct employees.opd_code as unit_code, performance.year, null::varchar as organisation_predikat
    from marts.performance as performance
    inner join marts.employees as employees using (nip)
    inner join settings on performance.period = settings.curve_period
    anti join rated_units on rated_units.unit_code = employees.opd_code and rated_units.year = performance.year
),

units as (
    select * from rated_units
    union all
    select * from unrated_opds
),

counts as (
    select
        units.unit_code,
        units.year,
        any_value(employees.opd_code) as opd_code,
        any_value(employees.opd_name) as opd_name,
        count(*)::integer as n,
        count(*) filter (where performance.predikat = 'sangat_baik')::integer as n_sangat_baik,
        count(*) filter (where performance.predikat = 'baik')::integer as n_baik,
        count(*) filter (where performance.predikat = 'butuh_perbaikan')::integer as n_butuh_perbaikan,
        count(*) filter (where performance.predikat = 'kurang_misconduct')::integer as n_kurang_misconduct,
        count(*) filter (where performance.predikat = 'sangat_kurang')::integer as n_sangat_kurang
    from units
    inner join marts.employees as employees on units.unit_code in (employees.opd_code, employees.unit_code)
    inner join marts.performance as performance on performance.nip = employees.nip and performance.year = units.year
    inner join settings on performance.period = settings.curve_period
    group by all
),

checks as (
    select
        unit_code,
        year,
        count(*)::integer as rules_checked,
        count(*) filter (where not passed)::integer as rules_failed,
        string_agg(description || ' (ada ' || pct_label(actual_pct) || '%)', '; ' order by rule) filter (where not passed)
            as failed_rules
    from marts.predikat_curve_checks
    group by all
)

select
    units.unit_code,
    coalesce(counts.opd_code, units.unit_code) as opd_code,
    counts.opd_name,
    units.year,
    settings.curve_period as period,
    units.organisation_predikat,
    -- the distribution: n and its n_<predikat> counts, each with its share of n
    coalesce(columns(counts.* exclude (unit_code, year, opd_code, opd_name)), 0),
    rate_pct(columns('^n_(.*)$'), counts.n) as 'share_\1_pct',
    -- the SE MenPANRB 3/2023 check
    coalesce(checks.rules_checked, 0) as rules_checked,
    coalesce(checks.rules_failed, 0) as rules_failed,
    case when checks.rules_checked > 0 then checks.rules_failed > 0 end as breaks_curve,
    case
        when units.organisation_predikat is null
            then 'Predikat organisasi tidak ada di predikat_unit: distribusi tidak diperiksa'
        when counts.n is null
            then 'Tidak ada pegawai dengan predikat periode ' || settings.curve_period || ' ' || units.year
        when checks.rules_failed > 0
            then 'Melanggar kurva SE MenPANRB 3/2023 untuk organisasi berpredikat ' || coalesce(levels.label, upper(left(units.organisation_predikat, 1)) || replace(substr(units.organisation_predikat, 2), '_', ' '))
                || ': ' || checks.failed_rules || '. Periksa kemungkinan penilai terlalu longgar.'
        else 'Sesuai kurva SE MenPANRB 3/2023 untuk organisasi berpredikat ' || coalesce(levels.label, upper(left(units.organisation_predikat, 1)) || replace(substr(units.organisation_predikat, 2), '_', ' '))
    end as reason
from units
cross join settings
left join counts using (unit_code, year)
left join checks using (unit_code, year)
-- the organisation's predikat in words (the organisation scale's istimewa and kurang are not employee levels)
left join rules.permenpanrb_6_2022_predikat_levels as levels on levels.predikat = units.organisation_predikat
