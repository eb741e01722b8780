-- The organisation's own predikat per unit and year (predikat_unit*.csv), which decides the
-- distribution of employee predikat the unit may give (SE MenPANRB 3/2023).
with source as (
    select * from raw.predikat_unit
),

renamed as (
    select
        kode_unit as unit_code,
        tahun as year,
        predikat_organisasi as organisation_predikat
    from source
)

select * from renamed
