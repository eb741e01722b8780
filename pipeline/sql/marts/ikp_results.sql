-- Each special instruction (IKP, docs/aturan.md#ikp) with its outcome: done on or before the deadline
-- earns reward points; done late, or still open once the deadline has passed in the data, costs
-- a share of the TPP kinerja share in the deadline's month (amounts: config.ikp, regional).
--
-- Due, kept and missed: the one definition every figure reads (merit, awards, the IKP, OPD and
-- report pages), as of the data's last day (`as_of`, intermediate.int_period.end_date):
--   is_kept    completed on or before the deadline (the deadline day included);
--   is_missed  completed after the deadline, or still open while the deadline is before as_of;
--   is_due     kept or missed. An open instruction whose deadline is on or after as_of is not
--              due yet: neither kept nor missed, and out of every rate's denominator. The data's
--              last day is the day the export was taken, so an instruction due that day still
--              has that day to be completed. Without attendance data (no as_of) every open
--              instruction is due.
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
    -- the outcome every rate counts (see the header)
    classified.as_of,
    classified.status <> 'belum_selesai' or classified.overdue as is_due,
    classified.status = 'tepat_waktu' as is_kept,
    classified.status = 'terlambat' or classified.overdue as is_missed,
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
