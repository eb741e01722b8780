-- Recorded discipline decisions (hukuman_disiplin*.csv): the SK, its sanction code and dates.
with source as (
    select * from raw.hukuman_disiplin
),

renamed as (
    select
        nip,
        nomor_sk as decree_number,
        tanggal_sk as decree_date,
        jenis_hukuman as sanction,
        tmt_mulai as start_date,
        tmt_selesai as end_date,
        alasan as reason
    from source
)

select * from renamed
