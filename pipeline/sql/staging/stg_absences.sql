-- Approved absences (ketidakhadiran*.csv): izin, sakit, cuti, dinas_luar, tugas_belajar.
with source as (
    select * from raw.ketidakhadiran
),

renamed as (
    select
        nip,
        jenis as absence_type,
        tanggal_mulai as start_date,
        tanggal_selesai as end_date,
        nomor_surat as letter_number
    from source
)

select * from renamed
