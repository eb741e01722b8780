-- 360-degree behaviour ratings (penilaian360*.csv): one rater's BerAKHLAK scores (1-5) of a
-- colleague for a period. The seven core values keep their Indonesian names (the acronym).
with source as (
    select * from raw.penilaian360
),

renamed as (
    select
        tahun as year,
        periode as period,
        nip_dinilai as nip,
        nip_penilai as rater_nip,
        -- atasan (superior), rekan (peer), bawahan (subordinate)
        hubungan as relation,
        berorientasi_pelayanan,
        akuntabel,
        kompeten,
        harmonis,
        loyal,
        adaptif,
        kolaboratif,
        -- the rater's mean of the seven, kept as a whole-number total so sums stay exact
        berorientasi_pelayanan + akuntabel + kompeten + harmonis + loyal + adaptif + kolaboratif as rating_total,
        (berorientasi_pelayanan + akuntabel + kompeten + harmonis + loyal + adaptif + kolaboratif) / 7 as rating_mean,
        -- evidence, and the order "latest" is read in (the last file by name, its last line)
        source_file,
        source_line
    from source
)

select * from renamed
