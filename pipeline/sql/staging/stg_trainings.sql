-- Completed training (pelatihan*.csv): hours of lessons (jam pelajaran, JP) per course.
with source as (
    select * from raw.pelatihan
),

renamed as (
    select
        nip,
        nama_pelatihan as training_name,
        tanggal_selesai as completed_on,
        jam_pelajaran as hours,
        source_file,
        source_line
    from source
)

select * from renamed
