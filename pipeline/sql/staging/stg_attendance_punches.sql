-- Fingerprint punches (*_attlog.dat), already mapped from device PIN to NIP.
-- Wall-clock times as the machine wrote them: never shifted through UTC.
with source as (
    select * from raw.attlog
),

renamed as (
    select
        nip,
        waktu as punched_at,
        waktu::date as date,
        waktu::time as punch_time,
        device_id,
        pin,
        status as punch_status,
        verify_mode
    from source
)

select * from renamed
