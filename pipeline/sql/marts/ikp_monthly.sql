-- IKP per employee and month of the deadline: how many, their outcomes, points and TPP cost.
-- due, kept and missed are ikp_results' is_due, is_kept and is_missed (the one definition).
select
    nip,
    month,
    count(*)::integer as instructions,
    count(*) filter (where status = 'tepat_waktu')::integer as on_time,
    count(*) filter (where status = 'terlambat')::integer as late,
    count(*) filter (where status = 'belum_selesai')::integer as not_completed,
    count(*) filter (where overdue)::integer as overdue,
    count(*) filter (where is_due)::integer as due,
    count(*) filter (where is_kept)::integer as kept,
    count(*) filter (where is_missed)::integer as missed,
    sum(reward_points)::double as reward_points,
    sum(tpp_deduction_pct)::double as tpp_deduction_pct
from marts.ikp_results
group by all
