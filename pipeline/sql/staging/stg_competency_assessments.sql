-- Competency assessments (kompetensi*.csv): one row per employee, date and kind (pemetaan or
-- seleksi), with the nine managerial/socio-cultural levels, the technical one and skor_potensi.
with source as (
    select * from raw.kompetensi
),

renamed as (
    select
        nip,
        tanggal_asesmen as assessed_on,
        jenis_asesmen as assessment_type,
        -- levels 1-5 (docs/aturan.md#jpm)
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
        -- 0-100, the assessment part of potential (docs/aturan.md#talenta)
        skor_potensi as potential_score,
        source_file,
        source_line
    from source
)

select * from renamed
