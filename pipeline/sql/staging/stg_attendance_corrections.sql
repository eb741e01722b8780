-- Requests to correct a day's attendance (koreksi_presensi*.csv), with their approval status.
with source as (
    select * from raw.koreksi_presensi
),

renamed as (
    select
        nip,
        tanggal as date,
        jenis as correction_type,
        jam_masuk as check_in,
        jam_pulang as check_out,
        nomor_surat as letter_number,
        status
    from source
)

select * from renamed
