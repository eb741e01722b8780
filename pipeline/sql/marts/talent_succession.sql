-- Succession (docs/aturan.md#talenta, #jpm): for each echelon III and IV position held today (scope
-- 'jabatan') and for each position class a career path leads to (scope 'kelas_jabatan'), the
-- talent-pool members of the latest nine-box year whose position feeds it (config.career_path),
-- ranked by JPM against the position's standard, then box, performance and potential scores.
-- Readiness follows the seleksi scale of the JPM: memenuhi syarat -> siap, masih memenuhi syarat
-- -> siap dengan pengembangan, kurang memenuhi syarat -> belum siap. A position nobody in the
-- pool can fill keeps one row without a candidate, so the gap shows. PPPK are no candidates for
-- administrator or pengawas posts.
with settings as (
    select * from config.talent
),

pool as (
    select *
    from marts.talent_nine_box
    where in_talent_pool and year = (select max(year) from marts.talent_nine_box)
),

standards as (
    select distinct position_type, echelon from staging.stg_competency_standards
),

positions as (
    select
        'jabatan' as scope,
        employees.unit_code || ' | ' || employees.position_name as position_key,
        employees.opd_code,
        employees.unit_code,
        employees.position_name,
        employees.position_type,
        employees.echelon,
        min(employees.nip) as incumbent_nip,
        count(*)::integer as incumbents
    from marts.employees as employees
    where employees.active
        and employees.position_type in ('administrator', 'pengawas')
        and (employees.echelon like 'III.%' or employees.echelon like 'IV.%')
    group by all

    union all

    select
        'kelas_jabatan',
        standards.position_type || coalesce(' ' || standards.echelon, ''),
        null,
        null,
        position_class_label(standards.position_type, standards.echelon),
        standards.position_type,
        standards.echelon,
        null,
        0
    from standards
    where standards.position_type in (select to_position_type from config.career_path)
),

candidates as (
    select
        positions.position_key,
        pool.nip,
        pool.year,
        pool.opd_code as candidate_opd_code,
        pool.position_type as candidate_position_type,
        pool.echelon as candidate_echelon,
        pool.box,
        pool.performance_score,
        pool.potential_score,
        pool.performance_history,
        jpm.assessed_on,
        jpm.jpm_pct,
        jpm.competencies_below,
        jpm.selection_category,
        row_number() over (
            partition by positions.position_key
            order by jpm.jpm_pct desc nulls last, pool.box desc, pool.performance_score desc,
                pool.potential_score desc, pool.nip
        ) as rank
    from positions
    left join intermediate.int_position_standards as position_standards
        on position_standards.position_type = positions.position_type
        and position_standards.echelon is not distinct from positions.echelon
    inner join config.career_path as path on path.to_position_type = positions.position_type
    inner join pool on pool.position_type = path.from_position_type
    left join marts.competency_jpm as jpm
        on jpm.nip = pool.nip
        and jpm.is_latest
        and jpm.target_position_type = position_standards.standard_position_type
        and jpm.target_echelon is not distinct from position_standards.standard_echelon
    where pool.nip is distinct from positions.incumbent_nip
        -- docs/aturan.md#talenta: administrator and pengawas posts (jabatan administrasi) are for PNS only
        -- (UU 5/2014; Perpres 38/2020 opens JF and certain JPT to PPPK); PPPK stay in the grid
        and (pool.employee_type = 'PNS' or positions.position_type not in ('administrator', 'pengawas'))
)

-- a position without any candidate keeps one row (rank and nip empty): a gap in the pipeline
select
    positions.scope,
    positions.position_key,
    positions.opd_code,
    positions.unit_code,
    positions.position_name,
    positions.position_type,
    positions.echelon,
    positions.incumbent_nip,
    coalesce(candidates.year, (select max(year) from marts.talent_nine_box)) as year,
    candidates.rank::integer as rank,
    candidates.nip,
    candidates.candidate_opd_code,
    candidates.candidate_position_type,
    candidates.candidate_echelon,
    candidates.candidate_opd_code is not distinct from positions.opd_code as same_opd,
    candidates.box,
    candidates.performance_score,
    candidates.potential_score,
    candidates.performance_history,
    candidates.assessed_on,
    candidates.jpm_pct,
    candidates.competencies_below,
    candidates.selection_category,
    case
        when candidates.nip is null then 'tanpa_kandidat'
        when candidates.jpm_pct is null then 'tanpa_jpm'
        else 'kandidat'
    end as candidate_status,
    case
        when candidates.nip is null or candidates.jpm_pct is null then null
        when candidates.selection_category = 'memenuhi_syarat' then 'siap'
        when candidates.selection_category = 'masih_memenuhi_syarat' then 'siap_dengan_pengembangan'
        else 'belum_siap'
    end as readiness,
    case
        when candidates.nip is null then 'Belum ada kandidat dari kelompok rencana suksesi'
        when candidates.jpm_pct is null then 'JPM belum dapat dihitung: standar kompetensi jabatan atau asesmen belum ada'
        when candidates.selection_category = 'memenuhi_syarat' then 'Siap'
        when candidates.selection_category = 'masih_memenuhi_syarat' then 'Siap dengan pengembangan'
        else 'Belum siap'
    end as readiness_label,
    'PermenPANRB 3/2020 (kelompok rencana suksesi: kotak 7-9); JPM terhadap standar kompetensi jabatan (Peraturan BKN 26/2019, kategori seleksi)' as legal_basis
from positions
cross join settings
left join candidates
    on candidates.position_key = positions.position_key
    and candidates.rank <= settings.succession_candidates
