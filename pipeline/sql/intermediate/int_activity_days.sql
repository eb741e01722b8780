-- Logged activities per employee and day: every minute logged, the approved (disetujui) ones
-- that productivity counts, and apart the ones still waiting (menunggu) and the rejected (ditolak).
select
    nip,
    date,
    count(*)::integer as activities,
    sum(minutes)::integer as activity_minutes,
    coalesce(sum(minutes) filter (where status = 'disetujui'), 0)::integer as approved_minutes,
    coalesce(sum(minutes) filter (where status = 'menunggu'), 0)::integer as pending_minutes,
    coalesce(sum(minutes) filter (where status = 'ditolak'), 0)::integer as rejected_minutes,
    min(start_time) as first_start,
    max(end_time) as last_end
from staging.stg_activities
group by all
