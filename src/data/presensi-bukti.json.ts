// Attendance evidence for BKPSDM's follow-up (internal: names): attendance corrections with what
// each did, roll calls missed, GPS warnings with the day's activity, per OPD and month and per
// person. Every rule is in the marts (attendance_corrections, apel_monthly, gps_flag_days,
// attendance_evidence_monthly); this loader only selects.
import { queryEach } from "./lib/query.ts";
import { internalOnly } from "./lib/profile.ts";

internalOnly("presensi-bukti.json"); // internal-only page: names and NIPs

const people = `left join marts.employees as employees using (nip)`;
const out: Record<string, unknown> = {};
await queryEach(
  [
    ["monthly", `select evidence.* exclude (month), strftime(evidence.month, '%Y-%m') as month, opds.opd_name
      from marts.attendance_evidence_monthly as evidence
      left join marts.opds as opds using (opd_code)
      order by month, opds.opd_name`],
    ["corrections", `select corrections.nip, employees.name, employees.opd_name, strftime(corrections.date, '%Y-%m-%d') as date,
        corrections.correction_type, corrections.status, corrections.letter_number,
        left(corrections.requested_check_in::varchar, 5) as requested_check_in, left(corrections.requested_check_out::varchar, 5) as requested_check_out,
        corrections.day_status, left(corrections.check_in::varchar, 5) as check_in, left(corrections.check_out::varchar, 5) as check_out,
        corrections.applied, corrections.outcome
      from marts.attendance_corrections as corrections ${people}
      order by corrections.status = 'disetujui', corrections.date desc, employees.opd_name, employees.name`],
    ["apel", `select apel.nip, employees.name, employees.opd_name, strftime(apel.month, '%Y-%m') as month,
        apel.apel_expected, apel.apel_attended, apel.apel_missed, apel.upacara_missed,
        list_transform(apel.missed_dates, (d) -> strftime(d, '%Y-%m-%d')) as missed_dates
      from marts.apel_monthly as apel ${people}
      where apel.apel_missed > 0
      order by apel.month desc, apel.apel_missed desc, employees.opd_name, employees.name`],
    ["gps", `select gps.nip, employees.name, employees.opd_name, strftime(gps.date, '%Y-%m-%d') as date,
        left(gps.check_in::varchar, 5) as check_in, left(gps.check_out::varchar, 5) as check_out,
        gps.mock_location, gps.low_gps_accuracy, gps.outside_geofence, gps.gps_accuracy_m, gps.activity_minutes, gps.no_activity
      from marts.gps_flag_days as gps ${people}
      where gps.mock_location or gps.low_gps_accuracy
      order by gps.date desc, employees.opd_name, employees.name`],
  ],
  (name, rows) => (out[name] = rows),
);
process.stdout.write(JSON.stringify(out));
