-- Productivity per employee and month: approved activity minutes against the minutes expected
-- on the days the employee was at work (hadir or dinas luar), each worth its scheduled minutes
-- net of break (Perpres 21/2023: 450 on a regular day; a shift or work pattern has its own). Only the employee's own working days
-- count (marts.daily_attendance starts at TMT and ends with the employment), so a month joined
-- midway or partly on leave is measured on what is left. Empty when there is no aktivitas export.
-- Minutes still waiting (menunggu) and rejected (ditolak) are counted apart. In a month whose
-- approvals are still open (marts.productivity_months) productivity_pct is provisional:
-- productivity_if_approved_pct says what it becomes if every pending minute is approved.
with days as (
    select
        attendance.nip,
        attendance.opd_code,
        attendance.date,
        date_trunc('month', attendance.date)::date as month,
        attendance.status,
        attendance.check_in,
        attendance.check_out,
        attendance.status in ('hadir', 'dinas_luar') as at_work,
        -- the person's own schedule of the day (work pattern or rostered shift)
        attendance.scheduled_end as end_time,
        attendance.scheduled_minutes
    from marts.daily_attendance as attendance
),

activity as (
    select * from intermediate.int_activity_days
),

joined as (
    select
        days.*,
        -- a day without activity counts 0 activities and minutes
        coalesce(columns(activity.* exclude (nip, date, first_start, last_end)), 0),
        activity.last_end
    from days
    left join activity using (nip, date)
),

-- activity on a day that is none of the employee's working days (weekend, holiday, outside TMT)
off_days as (
    select
        activity.nip,
        date_trunc('month', activity.date)::date as month,
        count(*)::integer as days,
        sum(activity.activity_minutes)::integer as activity_minutes,
        sum(activity.approved_minutes)::integer as approved_minutes,
        sum(activity.pending_minutes)::integer as pending_minutes,
        sum(activity.rejected_minutes)::integer as rejected_minutes
    from activity
    anti join days using (nip, date)
    group by all
),

monthly as (
    select
        nip,
        any_value(opd_code) as opd_code,
        month,
        -- the employee's own days
        count(*)::integer as working_days,
        count(*) filter (where status = 'hadir')::integer as present_days,
        count(*) filter (where status = 'dinas_luar')::integer as duty_days,
        count(*) filter (where status in ('izin', 'sakit', 'cuti', 'tugas_belajar'))::integer as leave_days,
        count(*) filter (where status = 'tanpa_keterangan')::integer as tk_days,
        coalesce(sum(scheduled_minutes) filter (where at_work), 0)::integer as expected_minutes,
        -- minutes logged on working days; productivity counts approved minutes on days at work
        sum(activity_minutes)::integer as working_day_activity_minutes,
        sum(approved_minutes)::integer as working_day_approved_minutes,
        sum(pending_minutes)::integer as working_day_pending_minutes,
        sum(rejected_minutes)::integer as working_day_rejected_minutes,
        coalesce(sum(approved_minutes) filter (where at_work), 0)::integer as counted_minutes,
        -- pending minutes on days at work: what counted_minutes gains if they are all approved
        coalesce(sum(pending_minutes) filter (where at_work), 0)::integer as counted_pending_minutes,
        -- "present but absent" (docs/aturan.md#penghargaan): checked in and out, nothing logged
        count(*) filter (where status = 'hadir' and check_in is not null and check_out is not null and activities = 0)::integer
            as present_no_activity_days,
        -- activity the attendance does not back: logged while absent, or after a check-in never closed
        count(*) filter (where not at_work and activities > 0)::integer as activity_while_absent_days,
        count(*) filter (where status = 'hadir' and check_in is not null and check_out is null and activities > 0)::integer
            as activity_without_checkout_days,
        coalesce(sum(activity_minutes) filter (where status = 'hadir' and check_in is not null and check_out is null), 0)::integer
            as activity_without_checkout_minutes,
        -- of those, days logged past the scheduled end: the worker who forgot to check out
        count(*) filter (where status = 'hadir' and check_in is not null and check_out is null and last_end > end_time)::integer
            as activity_past_end_without_checkout_days
    from joined
    group by nip, month
)

select
    monthly.nip,
    monthly.opd_code,
    monthly.month,
    monthly.working_days,
    monthly.present_days,
    monthly.duty_days,
    monthly.leave_days,
    monthly.tk_days,
    monthly.expected_minutes,
    -- every minute logged in the month (any status, any day) and the approved ones
    (monthly.working_day_activity_minutes + coalesce(off_days.activity_minutes, 0))::integer as activity_minutes,
    (monthly.working_day_approved_minutes + coalesce(off_days.approved_minutes, 0))::integer as approved_minutes,
    monthly.counted_minutes,
    rate_pct(monthly.counted_minutes, monthly.expected_minutes) as productivity_pct,
    -- the rest of activity_minutes: still waiting for the atasan, and rejected (any day)
    (monthly.working_day_pending_minutes + coalesce(off_days.pending_minutes, 0))::integer as pending_minutes,
    (monthly.working_day_rejected_minutes + coalesce(off_days.rejected_minutes, 0))::integer as rejected_minutes,
    monthly.counted_pending_minutes,
    rate_pct(monthly.counted_minutes + monthly.counted_pending_minutes, monthly.expected_minutes)
        as productivity_if_approved_pct,
    coalesce(months.approvals_open, false) as approvals_open,
    monthly.present_no_activity_days,
    monthly.activity_while_absent_days,
    coalesce(off_days.days, 0) as activity_non_working_days,
    monthly.activity_without_checkout_days,
    monthly.activity_without_checkout_minutes,
    monthly.activity_past_end_without_checkout_days,
    (monthly.activity_while_absent_days + coalesce(off_days.days, 0) + monthly.activity_without_checkout_days)::integer
        as activity_unbacked_days
from monthly
left join off_days using (nip, month)
left join marts.productivity_months as months using (month)
where exists (select 1 from staging.stg_activities)
