-- Every attendance correction request (koreksi_presensi*.csv) with what it did (docs/aturan.md#pola-kerja):
-- an approved one on the person's working day set the day's times, or made the day present; an
-- approved one on a day with an approved absence, or on a day that is not the person's working
-- day, changed nothing; rejected and pending ones change nothing and are listed for BKPSDM to
-- follow up.
with corrections as (
    select * from staging.stg_attendance_corrections
)

select
    corrections.nip,
    employees.opd_code,
    corrections.date,
    corrections.correction_type,
    corrections.status,
    corrections.letter_number,
    corrections.check_in as requested_check_in,
    corrections.check_out as requested_check_out,
    attendance.status as day_status,
    attendance.check_in,
    attendance.check_out,
    coalesce(corrections.status = 'disetujui' and attendance.correction_letter is not null, false) as applied,
    case
        when corrections.status = 'ditolak' then 'ditolak: tidak mengubah presensi'
        when corrections.status = 'menunggu' then 'menunggu persetujuan: belum mengubah presensi'
        when attendance.nip is null then 'bukan hari kerja pegawai: tidak mengubah presensi'
        when attendance.correction_letter is null then 'hari itu ' || replace(attendance.status, '_', ' ') || ': koreksi tidak dipakai'
        else 'diterapkan'
    end as outcome
from corrections
left join marts.employees as employees using (nip)
left join marts.daily_attendance as attendance using (nip, date)
