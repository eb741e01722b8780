-- One row per month of the attendance calendar: whether its attendance, e-Kinerja and IKP are final
-- (marts.data_completeness, docs/aturan.md#kelengkapan). A figure of a month whose data is not final
-- is provisional: charts grey it, and it gets no change against the month before, no rank, no
-- "lebih buruk" and puts nobody on a list. `is_final`: all three are.
with completeness as (
    select * from marts.data_completeness where period_kind = 'bulan'
)

select
    attendance.period_start as month,
    attendance.period_label as month_label,
    attendance.status as attendance_status,
    activity.status as e_kinerja_status,
    ikp.status as ikp_status,
    attendance.status = 'final' and activity.status = 'final' and ikp.status = 'final' as is_final,
    nullif(concat_ws('; ',
        case when attendance.status <> 'final' then attendance.note end,
        case when activity.status <> 'final' then activity.note end,
        case when ikp.status <> 'final' then ikp.note end), '') as note
from completeness as attendance
inner join completeness as activity on activity.source = 'e_kinerja' and activity.period = attendance.period
inner join completeness as ikp on ikp.source = 'ikp' and ikp.period = attendance.period
where attendance.source = 'presensi'
