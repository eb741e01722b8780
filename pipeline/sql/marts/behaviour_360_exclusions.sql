-- Every 360 rating left out of the score, with why (docs/aturan.md#360): self-ratings, and the older
-- ratings of a rater who rated the same person twice in a period. Duplicates dropped already at
-- ingestion are counted per file in marts.load_report (rows_duplicate), not listed here.
with excluded as (
    select * from intermediate.int_behaviour_ratings where exclusion is not null
)

select
    year,
    period,
    nip,
    rater_nip,
    relation,
    exclusion,
    case exclusion
        when 'penilaian_diri' then 'Pegawai menilai dirinya sendiri: penilaian tidak dihitung'
        else 'Penilai yang sama menilai lebih dari sekali pada periode ini: hanya penilaian terakhir yang dihitung'
    end as reason,
    rating_mean,
    source_file,
    source_line
from excluded
