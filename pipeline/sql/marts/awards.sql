-- "ASN teladan" awards (docs/aturan.md#penghargaan), one row per candidate and award period: every active
-- employee in each quarter (2025-TW1, ranked in their OPD; the top ones nominated, the best of
-- them kabupaten winners), the semester shortlists (2025-S1) drawn from the quarters' nominees,
-- and the year (2025) chosen from the shortlists. Every row says why, in Bahasa Indonesia.
-- Ranking and tie-break: marts/award_ranking.sql; the score's parts: marts/award_score_parts.sql.
with settings as (
    select * from config.awards
),

ranking as (
    select * from marts.award_ranking
),

-- the quarter's parts beside each candidate, and the raw values the tie-break reads
quarter_parts as (
    select
        period,
        nip,
        any_value(value) filter (where part = 'behaviour_360') as behaviour_score,
        any_value(points) filter (where part = 'predikat') as predikat_points,
        any_value(points) filter (where part = 'behaviour_360') as behaviour_points,
        any_value(points) filter (where part = 'productivity') as productivity_points,
        any_value(points) filter (where part = 'discipline') as discipline_points,
        any_value(points) filter (where part = 'ikp') as ikp_points
    from marts.award_score_parts
    where award_level = 'triwulan'
    group by all
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
        quarters.selected,
        quarters.winner,
        case
            when not quarters.eligible then 'Tidak memenuhi syarat: ' || quarters.ineligible_reason
            when quarters.predikat is null then 'Tidak memenuhi syarat: tidak ada predikat SKP ' || period_label_id(quarters.period)
            when quarters.winner
                then 'ASN teladan ' || period_label_id(quarters.period) || ' tingkat kabupaten (peringkat ' || quarters.kabupaten_rank
                    || '); nominasi peringkat ' || quarters.opd_rank || ' di ' || quarters.opd_name
                    || ', skor ' || pct_label(quarters.score)
            when quarters.nominated
                then 'Nominasi ASN teladan ' || period_label_id(quarters.period) || ': peringkat ' || quarters.opd_rank || ' di '
                    || quarters.opd_name || ', skor ' || pct_label(quarters.score)
            else 'Memenuhi syarat, peringkat ' || quarters.opd_rank || ' di ' || quarters.opd_name || ' (skor '
                || pct_label(quarters.score) || '): di luar ' || settings.nominees_per_opd || ' besar OPD'
        end as reason,
        quarters.kabupaten_rank,
        -- the components, and the raw values the tie-break reads
        quarters.predikat,
        parts.behaviour_score,
        quarters.productivity_pct,
        parts.predikat_points,
        parts.behaviour_points,
        parts.productivity_points,
        parts.discipline_points,
        parts.ikp_points
    from ranking as quarters
    inner join quarter_parts as parts using (period, nip)
    cross join settings
    where quarters.award_level = 'triwulan'
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
        semesters.selected,
        false as winner,
        case
            when not semesters.eligible then 'Tidak masuk daftar pendek: ' || semesters.ineligible_reason
            when semesters.selected
                then 'Daftar pendek ' || period_label_id(semesters.period) || ': peringkat ' || semesters.rank
                    || ' kabupaten, rata-rata skor triwulan ' || pct_label(semesters.score)
                    || ' (nominasi ' || semesters.quarters_nominated || ' triwulan)'
            else 'Peringkat ' || semesters.rank || ' kabupaten (rata-rata skor ' || pct_label(semesters.score)
                || '): di luar ' || settings.shortlist_size || ' besar daftar pendek'
        end as reason
    from ranking as semesters
    cross join settings
    where semesters.award_level = 'semester'
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
        years.selected,
        years.winner,
        case
            when not years.eligible then 'Tidak memenuhi syarat: ' || years.ineligible_reason
            when years.winner
                then 'ASN teladan tahun ' || years.period || ': peringkat ' || years.rank
                    || ' dari daftar pendek semester, rata-rata skor triwulan ' || pct_label(years.score)
            else 'Daftar pendek semester, peringkat ' || years.rank || ' tahun ' || years.period
                || ' (rata-rata skor ' || pct_label(years.score) || ')'
        end as reason
    from ranking as years
    where years.award_level = 'tahunan'
),

unioned as (
    select * from quarters
    union all by name
    select * from semesters
    union all by name
    select * from years
)

-- who the pages list, defined once: the awards page shows the winners, the quarter's and the
-- semester's selected nominees and the year's candidates; the periodic report shows the winners,
-- a quarter's best awards.report_nominees by kabupaten rank, the semester's shortlist and the year's
-- candidates. Only the eligible.
select
    unioned.*,
    coalesce(unioned.eligible and (unioned.award_level = 'tahunan' or unioned.selected or unioned.winner), false) as on_page,
    coalesce(unioned.eligible and (unioned.winner
        or (unioned.award_level = 'triwulan' and unioned.kabupaten_rank <= award_settings.report_nominees)
        or (unioned.award_level = 'semester' and unioned.selected)
        or unioned.award_level = 'tahunan'), false) as in_report
from unioned
cross join config.awards as award_settings
