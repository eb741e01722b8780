-- Approved attendance corrections per employee and working day (docs/aturan.md#pola-kerja), as the times they
-- set. A time given on the correction replaces the machine's; a correction without a time fills
-- only what the machine lacks, with the scheduled start or end: forgot to punch in (lupa absen
-- masuk) sets the check-in, forgot to punch out the check-out, a machine fault or an official task
-- both. On a night shift a time before the shift's start is the next morning. Rejected and pending
-- corrections change nothing (marts.attendance_corrections lists them).
with approved as (
    select
        corrections.*,
        schedule.start_at,
        schedule.end_at,
        shift_time_at(corrections.date, corrections.check_in, schedule.start_time, schedule.ends_next_day) as check_in_at,
        shift_time_at(corrections.date, corrections.check_out, schedule.start_time, schedule.ends_next_day) as check_out_at,
        corrections.correction_type in ('lupa_absen_masuk', 'kendala_mesin', 'tugas_kedinasan') as sets_check_in,
        corrections.correction_type in ('lupa_absen_pulang', 'kendala_mesin', 'tugas_kedinasan') as sets_check_out
    from staging.stg_attendance_corrections as corrections
    inner join intermediate.int_schedule_days as schedule using (nip, date)
    where corrections.status = 'disetujui'
)

select
    nip,
    date,
    min(check_in_at) filter (where sets_check_in) as check_in_replace_at,
    min(start_at) filter (where sets_check_in and check_in_at is null) as check_in_fill_at,
    max(check_out_at) filter (where sets_check_out) as check_out_replace_at,
    max(end_at) filter (where sets_check_out and check_out_at is null) as check_out_fill_at,
    string_agg(letter_number, '; ' order by letter_number) as correction_letter,
    string_agg(correction_type, ', ' order by correction_type) as correction_types
from approved
group by nip, date
