-- The attendance calendar: the configured period, else the first to the last working day in the
-- attendance exports (docs/aturan.md#kehadiran: days after the last export are not absences yet). A night
-- shift's morning check-out counts on the day the shift began.
with exported_dates as (
    select date from staging.stg_attendance_mobile
    union all
    select work_date as date from intermediate.int_attendance_events where kind = 'mesin'
),

bounds as (
    select min(date) as first_date, max(date) as last_date from exported_dates
)

select
    coalesce(settings.period_start, bounds.first_date) as start_date,
    coalesce(settings.period_end, bounds.last_date) as end_date
from config.settings as settings, bounds
