-- Special instructions from leadership (ikp*.csv, Instruksi Khusus Pimpinan), one per assignee.
with source as (
    select * from raw.ikp
),

renamed as (
    select
        id,
        nip,
        judul as title,
        tanggal_instruksi as issued_on,
        tenggat as deadline,
        -- empty while the instruction is open
        tanggal_selesai as completed_on
    from source
)

select * from renamed
