-- Logged activities per employee and day: every minute logged, and the approved (disetujui)
-- ones that productivity counts.
select
    nip,
    date,
    count(*)::integer as activities,
    sum(minutes)::integer as activity_minutes,
    coalesce(sum(minutes) filter (where status = 'disetujui'), 0)::integer as approved_minutes,
    min(start_time) as first_start,
    max(end_time) as last_end
from staging.stg_activities
group by all
