-- Each special instruction (IKP, rules.md §6) with its outcome: done on or before the deadline
-- earns reward points; done late, or still open once the deadline has passed in the data, costs
-- a share of the TPP kinerja share in the deadline's month (amounts: config.ikp, regional).
-- An open instruction whose deadline is after the last attendance date is not late yet.
with instructions as (
    select * from staging.stg_instructions
),

classified as (
    select
        instructions.*,
        period.end_date as as_of,
        case
            when instructions.completed_on is null then 'belum_selesai'
            when instructions.completed_on <= instructions.deadline then 'tepat_waktu'
            else 'terlambat'
        end as status,
        instructions.completed_on is null
            and (period.end_date is null or instructions.deadline < period.end_date) as overdue
    from instructions
    cross join intermediate.int_period as period
)

select
    classified.id,
    classified.nip,
    classified.title,
    classified.issued_on,
    classified.deadline,
    classified.completed_on,
    classified.status,
    classified.overdue,
    date_trunc('month', classified.deadline)::date as month,
    case when classified.status = 'terlambat' then (classified.completed_on - classified.deadline)::integer end as days_late,
    case when classified.status = 'tepat_waktu' then settings.reward_points_on_time else 0 end::double as reward_points,
    case
        when classified.status = 'terlambat' then settings.late_pct
        when classified.overdue then settings.not_completed_pct
        else 0
    end::double as tpp_deduction_pct,
    case
        when classified.status = 'tepat_waktu'
            then 'Selesai tepat waktu: ' || pct_label(settings.reward_points_on_time) || ' poin'
        when classified.status = 'terlambat'
            then 'Selesai terlambat ' || (classified.completed_on - classified.deadline) || ' hari: potongan '
                || pct_label(settings.late_pct) || '% bagian kinerja TPP'
        when classified.overdue
            then 'Belum selesai melewati tenggat: potongan ' || pct_label(settings.not_completed_pct) || '% bagian kinerja TPP'
        else 'Belum selesai, tenggat belum lewat per ' || strftime(classified.as_of, '%Y-%m-%d')
    end as rule
from classified
cross join config.ikp as settings
