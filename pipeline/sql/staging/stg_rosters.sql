-- Roster days of shift workers (jadwal*.csv): the shift worked on a date, or a rostered day off
-- (`LIBUR`). Shift codes are compared upper-case, as the source stores them.
with source as (
    select * from raw.jadwal
),

renamed as (
    select
        nip,
        tanggal as date,
        kode_shift as shift_code,
        kode_shift = 'LIBUR' as is_day_off
    from source
)

select * from renamed
