-- SKP ratings (skp*.csv): one row per employee and period (TW1-TW4, TAHUNAN or a month 1-12).
-- Ingestion already turns the export's spellings ("Di Atas Ekspektasi", "diatas_ekspektasi")
-- into di_atas / sesuai / di_bawah, and the predikat's into the contract's five codes.
with source as (
    select * from raw.skp
),

renamed as (
    select
        nip,
        tahun as year,
        periode as period,
        -- PermenPANRB 6/2022: the two ratings, and the predikat the export itself carries
        rating_hasil_kerja as rating_results,
        rating_perilaku_kerja as rating_behaviour,
        predikat_kinerja as source_predikat,
        nip_penilai as appraiser_nip,
        -- evidence
        source_file,
        source_line
    from source
)

select * from renamed
