-- Present days whose check-in carries a GPS warning (docs/aturan.md#pola-kerja): a mock location, an accuracy
-- worse than mobile.max_gps_accuracy_m, or a check-in outside the unit's geofence, each with the
-- day's logged activity beside it ("hadir tanpa aktivitas", docs/aturan.md#penghargaan). Evidence for BKPSDM to
-- verify, never a TK.
with flagged as (
    select nip, opd_code, unit_code, date, check_in, check_out, mock_location, low_gps_accuracy, outside_geofence
    from marts.daily_attendance
    where status = 'hadir' and (mock_location or low_gps_accuracy or outside_geofence)
)

select
    flagged.nip,
    flagged.opd_code,
    flagged.unit_code,
    flagged.date,
    flagged.check_in,
    flagged.check_out,
    coalesce(flagged.mock_location, false) as mock_location,
    coalesce(flagged.low_gps_accuracy, false) as low_gps_accuracy,
    flagged.outside_geofence,
    mobile.gps_accuracy_m,
    coalesce(activity.activity_minutes, 0) as activity_minutes,
    coalesce(activity.approved_minutes, 0) as approved_minutes,
    activity.nip is null as no_activity
from flagged
left join staging.stg_attendance_mobile as mobile using (nip, date)
left join intermediate.int_activity_days as activity using (nip, date)
