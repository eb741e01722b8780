-- Each SE MenPANRB 3/2023 bound checked for each rated unit (docs/aturan.md#predikat): the share of the
-- unit's staff with the named predikat, in the configured SKP period (default TAHUNAN),
-- against the bound for the unit's own predikat (rules.se_menpanrb_3_2023_curve).
-- Staff are counted where they are placed now (marts.employees), in the unit or its OPD.
with settings as (
    select curve_period from config.performance
),

staff as (
    select
        unit_predikat.unit_code,
        unit_predikat.year,
        unit_predikat.organisation_predikat,
        performance.period,
        performance.nip,
        performance.predikat
    from staging.stg_unit_predikat as unit_predikat
    inner join marts.employees as employees
        on unit_predikat.unit_code in (employees.opd_code, employees.unit_code)
    inner join marts.performance as performance
        on performance.nip = employees.nip and performance.year = unit_predikat.year
    inner join settings on performance.period = settings.curve_period
),

curve as (
    select *, string_split(predikats, '|') as predikat_list
    from rules.se_menpanrb_3_2023_curve
),

measured as (
    select
        staff.unit_code,
        staff.year,
        staff.period,
        staff.organisation_predikat,
        curve.rule,
        curve.predikats,
        curve.bound,
        curve.pct as bound_pct,
        count(*)::integer as n,
        count(*) filter (where list_contains(curve.predikat_list, staff.predikat))::integer as n_matching,
        curve.description,
        curve.legal_basis
    from staff
    inner join curve using (organisation_predikat)
    group by all
)

select
    *,
    rate_pct(n_matching, n) as actual_pct,
    case bound
        when 'at_most' then rate_pct(n_matching, n) <= bound_pct
        when 'at_least' then rate_pct(n_matching, n) >= bound_pct
        when 'more_than' then rate_pct(n_matching, n) > bound_pct
    end as passed
from measured
