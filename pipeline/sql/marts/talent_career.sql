-- The career view (docs/aturan.md#talenta, #jpm), one row per serving employee for the latest nine-box year:
-- where they stand (box, JPM against their own position), what the next step of their career
-- path asks (JPM against it, readiness) and what to do next, in a sentence a non-analyst reads.
-- Personal data: internal build only.
with year as (
    select coalesce(max(year), (select max(year) from intermediate.int_talent_years)) as year
    from marts.talent_nine_box
),

employees as (
    select * from marts.employees where active
),

jpm as (
    select * from marts.competency_jpm where is_latest and target_role <> 'lainnya'
),

-- competencies below the next position's standard, the largest gap first
next_gaps as (
    select
        nip,
        string_agg(
            upper(left(competency, 1)) || replace(substr(competency, 2), '_', ' ')
                || ' (' || achieved_level || ' → ' || required_level || ')',
            ', ' order by gap, competency
        ) as gaps_to_close,
        count(*)::integer as gaps_count
    from marts.competency_gaps
    where target_role = 'jabatan_berikutnya' and gap < 0
    group by nip
),

joined as (
    select
        employees.nip,
        year.year,
        employees.opd_code,
        employees.unit_code,
        employees.position_type,
        employees.position_name,
        employees.echelon,
        box.box,
        box.box_label,
        box.actions,
        box.performance_score,
        box.performance_level,
        box.potential_score,
        box.potential_level,
        box.in_talent_pool,
        box.excluded_reason,
        own.assessed_on,
        own.jpm_pct as jpm_own_pct,
        own.mapping_category,
        own.mapping_label,
        next.target_position_type as next_position_type,
        next.target_echelon as next_echelon,
        position_class_label(next.target_position_type, next.target_echelon) as next_position_label,
        next.jpm_pct as jpm_next_pct,
        next.selection_category as next_selection_category,
        next.selection_label as next_selection_label,
        next_gaps.gaps_to_close,
        coalesce(next_gaps.gaps_count, 0) as gaps_count
    from employees
    cross join year
    left join marts.talent_nine_box as box on box.nip = employees.nip and box.year = year.year
    left join jpm as own on own.nip = employees.nip and own.target_role = 'jabatan_saat_ini'
    left join jpm as next on next.nip = employees.nip and next.target_role = 'jabatan_berikutnya'
    left join next_gaps on next_gaps.nip = employees.nip
)

select
    joined.*,
    case
        when joined.box is not null then null
        when joined.assessed_on is null then 'belum_asesmen'
        else 'belum_skp'
    end as unmapped_reason,
    case
        when joined.box is null and joined.assessed_on is null
            then 'Belum ada asesmen kompetensi yang berlaku: ikuti pemetaan kompetensi agar posisi dalam kotak talenta dapat ditetapkan.'
        when joined.box is null
            then 'Belum ada nilai SKP untuk sumbu kinerja: posisi dalam kotak talenta belum dapat ditetapkan.'
        else 'Kotak ' || joined.box || ' (' || lower(joined.box_label) || '). '
            || case
                when joined.in_talent_pool then 'Masuk kelompok rencana suksesi. '
                when joined.excluded_reason like 'Hukuman%' then joined.excluded_reason || '. '
                else ''
            end
            || 'Langkah berikut: ' || lower(joined.actions) || '.'
            || case
                when joined.next_position_type is null then ''
                when joined.jpm_next_pct is null then ' Standar kompetensi ' || position_class_label(joined.next_position_type, joined.next_echelon) || ' belum tersedia.'
                else ' Untuk ' || position_class_label(joined.next_position_type, joined.next_echelon)
                    || ': JPM ' || pct_label(joined.jpm_next_pct) || '% (' || lower(joined.next_selection_label) || ')'
                    || case when joined.gaps_to_close is null then '; semua kompetensi sudah memenuhi standar.'
                        else '; kompetensi yang perlu ditingkatkan: ' || joined.gaps_to_close || '.' end
            end
    end as next_step
from joined
