-- "ASN teladan" awards (rules.md §11), one row per candidate and award period: every active
-- employee in each quarter (2025-TW1, ranked in their OPD; the top ones nominated, the best of
-- them kabupaten winners), the semester shortlists (2025-S1) drawn from the quarters' nominees,
-- and the year (2025) chosen from the shortlists. Every row says why, in Bahasa Indonesia.
-- Ranking and tie-break: intermediate/int_award_quarters.sql.
with settings as (
    select * from config.awards
),

quarters as (
    select
        quarters.period,
        'triwulan' as award_level,
        quarters.nip,
        quarters.opd_code,
        'opd' as scope,
        quarters.opd_rank as rank,
        quarters.score,
        quarters.can_rank as eligible,
        quarters.nominated as selected,
        coalesce(quarters.kabupaten_rank <= settings.quarter_winners, false) as winner,
        case
            when not quarters.eligible then 'Tidak memenuhi syarat: ' || quarters.ineligible_reason
            when quarters.predikat is null then 'Tidak memenuhi syarat: tidak ada predikat SKP ' || right(quarters.period, 3)
            when quarters.kabupaten_rank <= settings.quarter_winners
                then 'ASN teladan ' || quarters.period || ' tingkat kabupaten (peringkat ' || quarters.kabupaten_rank
                    || '); nominasi peringkat ' || quarters.opd_rank || ' di ' || quarters.opd_name
                    || ', skor ' || pct_label(quarters.score)
            when quarters.nominated
                then 'Nominasi ASN teladan ' || quarters.period || ': peringkat ' || quarters.opd_rank || ' di '
                    || quarters.opd_name || ', skor ' || pct_label(quarters.score)
            else 'Memenuhi syarat, peringkat ' || quarters.opd_rank || ' di ' || quarters.opd_name || ' (skor '
                || pct_label(quarters.score) || '): di luar ' || settings.nominees_per_opd || ' besar OPD'
        end as reason,
        quarters.kabupaten_rank,
        -- the components, and the raw values the tie-break reads
        quarters.predikat,
        quarters.behaviour_score,
        quarters.productivity_pct,
        quarters.predikat_points,
        quarters.behaviour_points,
        quarters.productivity_points,
        quarters.discipline_points,
        quarters.ikp_points
    from intermediate.int_award_quarters as quarters
    cross join settings
),

semesters as (
    select
        semesters.period,
        'semester' as award_level,
        semesters.nip,
        semesters.opd_code,
        'kabupaten' as scope,
        semesters.rank,
        semesters.score,
        semesters.eligible,
        semesters.shortlisted as selected,
        false as winner,
        case
            when not semesters.eligible then 'Tidak masuk daftar pendek: ' || semesters.ineligible_reason
            when semesters.shortlisted
                then 'Daftar pendek ' || semesters.period || ': peringkat ' || semesters.rank
                    || ' kabupaten, rata-rata skor triwulan ' || pct_label(semesters.score)
                    || ' (nominasi ' || semesters.quarters_nominated || ' triwulan)'
            else 'Peringkat ' || semesters.rank || ' kabupaten (rata-rata skor ' || pct_label(semesters.score)
                || '): di luar ' || settings.shortlist_size || ' besar daftar pendek'
        end as reason
    from intermediate.int_award_semesters as semesters
    cross join settings
),

years as (
    select
        years.period,
        'tahunan' as award_level,
        years.nip,
        years.opd_code,
        'kabupaten' as scope,
        years.rank,
        years.score,
        years.eligible,
        years.winner as selected,
        years.winner,
        case
            when not years.eligible then 'Tidak memenuhi syarat: ' || years.ineligible_reason
            when years.winner
                then 'ASN teladan tahun ' || years.period || ': peringkat ' || years.rank
                    || ' dari daftar pendek semester, rata-rata skor triwulan ' || pct_label(years.score)
            else 'Daftar pendek semester, peringkat ' || years.rank || ' tahun ' || years.period
                || ' (rata-rata skor ' || pct_label(years.score) || ')'
        end as reason
    from intermediate.int_award_years as years
)

select * from quarters
union all by name
select * from semesters
union all by name
select * from years
