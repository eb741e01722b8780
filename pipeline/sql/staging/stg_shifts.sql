-- Shift types of rostered units (shift*.csv). A shift whose end is not after its start ends the
-- next day (a night shift, docs/aturan.md#pola-kerja).
with source as (
    select * from raw.shift
),

renamed as (
    select
        kode_shift as shift_code,
        nama_shift as shift_name,
        jam_masuk as start_time,
        jam_pulang as end_time,
        coalesce(istirahat_menit, 0)::integer as break_minutes,
        jam_pulang <= jam_masuk as ends_next_day
    from source
)

select * from renamed
