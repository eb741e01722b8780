-- Required competency levels per position class (standar_kompetensi*.csv): jenis jabatan and
-- eselon (empty for pelaksana and fungsional, or for a standard that holds for every eselon).
with source as (
    select * from raw.standar_kompetensi
),

-- the ten competency levels and the source columns keep their names (docs/aturan.md#jpm)
renamed as (
    select * rename (jenis_jabatan as position_type, eselon as echelon)
    from source
)

select * from renamed
