-- Logged daily activities (aktivitas*.csv, e-kinerja) with their verification status.
with source as (
    select * from raw.aktivitas
),

renamed as (
    select
        nip,
        tanggal as date,
        jam_mulai as start_time,
        jam_selesai as end_time,
        uraian as description,
        volume,
        satuan as volume_unit,
        menit as minutes,
        -- disetujui (approved), ditolak (rejected), menunggu (not yet verified)
        status
    from source
)

select * from renamed
