-- Roll calls (apel*.csv): one employee at one apel pagi or upacara, present or not.
with source as (
    select * from raw.apel
),

renamed as (
    select
        nip,
        tanggal as date,
        jenis as roll_call_type,
        hadir = 'ya' as attended
    from source
)

select * from renamed
