-- Mobile/web attendance (presensi*.csv): one row per employee and day as exported.
with source as (
    select * from raw.presensi
),

renamed as (
    select
        nip,
        tanggal as date,
        jam_masuk as check_in,
        jam_pulang as check_out,
        -- where the check-in and check-out were made
        lat_masuk as check_in_lat,
        lon_masuk as check_in_lon,
        lat_pulang as check_out_lat,
        lon_pulang as check_out_lon,
        metode as method,
        -- the phone's GPS quality, when the app exports it
        akurasi_m as gps_accuracy_m,
        case lokasi_palsu when 'ya' then true when 'tidak' then false end as mock_location
    from source
)

select * from renamed
