-- Required competency levels per position class (standar_kompetensi*.csv): jenis jabatan and
-- eselon (empty for pelaksana and fungsional, or for a standard that holds for every eselon).
with source as (
    select * from raw.standar_kompetensi
),

renamed as (
    select
        jenis_jabatan as position_type,
        eselon as echelon,
        integritas,
        kerjasama,
        komunikasi,
        orientasi_pada_hasil,
        pelayanan_publik,
        pengembangan_diri_dan_orang_lain,
        mengelola_perubahan,
        pengambilan_keputusan,
        perekat_bangsa,
        teknis,
        source_file,
        source_line
    from source
)

select * from renamed
