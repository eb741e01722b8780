-- Predikat kinerja per employee and period (PermenPANRB 6/2022, docs/aturan.md#predikat): recomputed from
-- the two ratings through the 3x3 matrix (rules.permenpanrb_6_2022_predikat), beside the
-- predikat the export carries; any difference is flagged, never silently taken from the export.
with skp as (
    select * from staging.stg_skp
),

matrix as (
    select * from rules.permenpanrb_6_2022_predikat
),

levels as (
    select * from rules.permenpanrb_6_2022_predikat_levels
)

select
    skp.nip,
    skp.year,
    skp.period,
    period_kind(skp.period) as period_kind,
    period_start(skp.year, skp.period) as period_start,
    period_end(skp.year, skp.period) as period_end,
    -- ratings and the predikat they give
    skp.rating_results,
    skp.rating_behaviour,
    matrix.predikat,
    -- Sangat Baik or Baik (rules.permenpanrb_6_2022_predikat_levels): the one "good predikat" every figure counts
    coalesce(levels.is_good, false) as is_good,
    -- what the export says, and whether it agrees (false when the export has no predikat)
    skp.source_predikat,
    coalesce(skp.source_predikat <> matrix.predikat, false) as predikat_mismatch,
    skp.appraiser_nip,
    matrix.legal_basis,
    skp.source_file,
    skp.source_line
from skp
left join matrix
    on matrix.rating_results = skp.rating_results
    and matrix.rating_behaviour = skp.rating_behaviour
left join levels on levels.predikat = matrix.predikat
