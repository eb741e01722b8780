-- Approved absences expanded to one row per employee and day. Where two approvals overlap,
-- the longer-running kind wins (tugas belajar, then cuti, sakit, dinas luar, izin).
with expanded as (
    select
        nip,
        unnest(generate_series(start_date, end_date, interval 1 day))::date as date,
        absence_type,
        letter_number
    from staging.stg_absences
    where end_date >= start_date
)

select *
from expanded
qualify row_number() over (
    partition by nip, date
    order by list_position(['tugas_belajar', 'cuti', 'sakit', 'dinas_luar', 'izin'], absence_type), letter_number
) = 1
