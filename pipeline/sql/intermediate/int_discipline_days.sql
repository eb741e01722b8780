-- Per employee and working day, the running counts that the PP 94/2021 ladder reads:
-- tanpa keterangan days and late/early minutes accumulated within the calendar year (Pasal 15
-- ayat (1): "sampai dengan akhir tahun berjalan"), and the length of the current run of
-- consecutive TK working days. The run has no "dalam 1 tahun" (Pasal 11 ayat (2) huruf d angka 4):
-- it goes on across 31 December, and belongs to the year of the day it is counted on. Only working
-- days are rows, so weekends and holidays inside a run neither break it nor count; an approved
-- absence breaks it.
with days as (
    select
        nip,
        date,
        year(date)::integer as year,
        status = 'tanpa_keterangan' as is_tk,
        late_minutes + early_minutes as late_early_minutes
    from intermediate.int_daily_attendance
),

islands as (
    select
        *,
        row_number() over (partition by nip order by date)
        - row_number() over (partition by nip, is_tk order by date) as run_id
    from days
),

running as (
    select
        *,
        sum(is_tk::integer) over year_so_far as cumulative_tk,
        sum(late_early_minutes) over year_so_far as cumulative_minutes,
        case when is_tk then row_number() over (partition by nip, is_tk, run_id order by date) else 0 end
            as consecutive_tk
    from islands
    window year_so_far as (partition by nip, year order by date rows unbounded preceding)
)

select
    running.nip,
    running.date,
    running.year,
    running.is_tk,
    running.late_early_minutes,
    running.cumulative_tk::integer as cumulative_tk,
    running.cumulative_minutes::integer as cumulative_minutes,
    running.consecutive_tk::integer as consecutive_tk,
    max(running.consecutive_tk) over (
        partition by running.nip, running.year order by running.date rows unbounded preceding
    )::integer as longest_run_so_far,
    -- docs/aturan.md#disiplin: whole days of minutes_per_day (default 450 = 7,5 jam), joined when switched on
    (running.cumulative_tk
        + case when settings.include_converted_days
            then floor(running.cumulative_minutes / settings.minutes_per_day) else 0 end
    )::integer as cumulative_days_total
from running
cross join config.settings as settings
