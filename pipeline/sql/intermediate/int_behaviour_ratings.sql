-- Every 360 rating with whether it counts (docs/aturan.md#360): a rater never rates themself, and of
-- several ratings by one rater of one person in one period only the latest counts. Ingestion
-- already keeps one row per (tahun, periode, nip_dinilai, nip_penilai), the last file by name
-- and its last line (pipeline/ingest/dedupe.ts), so here the second rule only bites on rows
-- loaded another way; it reads "latest" in the same order, so the two always agree.
with ratings as (
    select * from staging.stg_behaviour_ratings
),

ordered as (
    select
        *,
        row_number() over (
            partition by year, period, nip, rater_nip
            order by source_file desc, source_line desc
        ) as recency
    from ratings
)

select
    * exclude (recency),
    case
        when nip = rater_nip then 'penilaian_diri'
        when recency > 1 then 'duplikat'
    end as exclusion
from ordered
