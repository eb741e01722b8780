-- Work units (unit*.csv): OPD and their sub-units, with the office point and geofence.
with source as (
    select * from raw.unit
),

renamed as (
    select
        kode_unit as unit_code,
        nama_unit as unit_name,
        nullif(trim(kode_induk), '') as parent_code,
        -- geofence
        lat,
        lon,
        radius_m
    from source
)

select * from renamed
