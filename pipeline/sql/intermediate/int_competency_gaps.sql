-- Every competency assessment against every position class's standard, one row per competency
-- (docs/aturan.md#jpm): the required level, the achieved level, the level that counts towards JPM
-- (capped at the required level unless config.talent says otherwise) and the gap. The
-- technical competency counts only where both the standard and the assessment carry it.
with achieved as (
    unpivot (
        select
            nip, assessed_on, assessment_type, integritas, kerjasama, komunikasi, orientasi_pada_hasil,
            pelayanan_publik, pengembangan_diri_dan_orang_lain, mengelola_perubahan, pengambilan_keputusan,
            perekat_bangsa, teknis
        from staging.stg_competency_assessments
    )
    on integritas, kerjasama, komunikasi, orientasi_pada_hasil, pelayanan_publik, pengembangan_diri_dan_orang_lain,
        mengelola_perubahan, pengambilan_keputusan, perekat_bangsa, teknis
    into name competency value achieved_level
),

required as (
    unpivot (
        select
            position_type, echelon, integritas, kerjasama, komunikasi, orientasi_pada_hasil, pelayanan_publik,
            pengembangan_diri_dan_orang_lain, mengelola_perubahan, pengambilan_keputusan, perekat_bangsa, teknis
        from staging.stg_competency_standards
    )
    on integritas, kerjasama, komunikasi, orientasi_pada_hasil, pelayanan_publik, pengembangan_diri_dan_orang_lain,
        mengelola_perubahan, pengambilan_keputusan, perekat_bangsa, teknis
    into name competency value required_level
)

select
    achieved.nip,
    achieved.assessed_on,
    achieved.assessment_type,
    required.position_type as target_position_type,
    required.echelon as target_echelon,
    achieved.competency,
    -- PermenPANRB 38/2017: eight managerial competencies, one socio-cultural, and the technical one
    case
        when achieved.competency = 'perekat_bangsa' then 'sosial_kultural'
        when achieved.competency = 'teknis' then 'teknis'
        else 'manajerial'
    end as competency_group,
    required.required_level,
    achieved.achieved_level,
    case when settings.jpm_cap_at_standard then least(achieved.achieved_level, required.required_level)
        else achieved.achieved_level end as counted_level,
    achieved.achieved_level - required.required_level as gap
from achieved
inner join required using (competency)
cross join config.talent as settings
