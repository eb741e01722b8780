-- One row per month of the attendance calendar: whether its attendance and its e-Kinerja are final
-- (marts.data_completeness, docs/aturan.md#kelengkapan). A figure of a month whose data is not final
-- is provisional: charts grey it, and it gets no change against the month before, no rank, no
-- "lebih buruk" and puts nobody on a list. `is_final`: both are.
with completeness as (
    select * from marts.data_completeness where period_kind = 'bulan'
)

select
    attendance.period_start as month,
    attendance.period_label as month_label,
    attendance.status as attendance_status,
    activity.status as e_kinerja_status,
    attendance.status = 'final' and activity.status = 'final' as is_final,
    nullif(concat_ws('; ',
        case when attendance.status <> 'final' then attendance.note end,
        case when activity.status <> 'final' then activity.note end), '') as note
from completeness as attendance
inner join completeness as activity on activity.source = 'e_kinerja' and activity.period = attendance.period
where attendance.source = 'presensi'
