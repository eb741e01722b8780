-- Fingerprint punches, already mapped from device PIN to NIP: ZKTeco attlog (*_attlog.dat) and
-- GLog text exports (GLG_*.TXT), one table.
-- Wall-clock times as the machine wrote them: never shifted through UTC.
with attlog as (
    select device_id, pin, waktu, status, verify_mode, nip from raw.attlog
),

glog as (
    select device_id, pin, waktu, status, verify_mode, nip from raw.glog
),

source as (
    select * from attlog
    union all
    select * from glog
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
