-- Competency assessments (kompetensi*.csv): one row per employee, date and kind (pemetaan or
-- seleksi), with the nine managerial/socio-cultural levels, the technical one and skor_potensi.
with source as (
    select * from raw.kompetensi
),

-- the nine managerial/socio-cultural levels, teknis and the source columns keep their names (levels 1-5,
-- docs/aturan.md#jpm); skor_potensi is the 0-100 assessment part of potential (docs/aturan.md#talenta)
renamed as (
    select * rename (
        tanggal_asesmen as assessed_on,
        jenis_asesmen as assessment_type,
        skor_potensi as potential_score
    )
    from source
)

select * from renamed
