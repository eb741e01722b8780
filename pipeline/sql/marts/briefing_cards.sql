-- The home page's answer cards (docs/aturan.md#kelengkapan), one row per card, each for the latest
-- period whose data is final for what it reads, with the figure before it and a monthly or
-- quarterly series for its sparkline:
--   teladan            the ASN teladan of the latest quarter with final data (marts.awards winner),
--                      the margin to the runner-up, the winner's scores over the year's quarters;
--   opd_memburuk       the OPD whose TK + late days per 100 employee-days rose most beyond the
--                      tolerance (marts.page_unit_discipline_change), its monthly rate;
--   disiplin_menunggu  PP 94/2021 recommendations of the latest year without a decision
--                      (marts.discipline_followup belum_diputus), how many were reached each month;
--   kelengkapan        the months whose data is final (marts.data_months) of all months.
-- n of n_of: the card's count and what it is out of; parts: the count by level (disiplin_menunggu).
-- nip is the teladan's (the loader shows a name only in the internal build).
with final_quarters as (
    select periods.period, periods.period_start
    from marts.report_periods as periods
    anti join marts.report_period_left_out as left_out
        on left_out.period = periods.period and left_out.which = 'current' and left_out.source = 'semua'
    where periods.award_level = 'triwulan'
),

latest_quarter as (
    select arg_max(period, period_start) as period from final_quarters
),

winner as (
    select awards.*, runner_up.score as runner_up_score
    from marts.awards as awards
    inner join latest_quarter using (period)
    left join marts.awards as runner_up
        on runner_up.period = awards.period and runner_up.kabupaten_rank = awards.kabupaten_rank + 1
    where awards.winner
    order by awards.kabupaten_rank
    limit 1
),

winner_quarters as (
    select list({x: ranking.period, y: ranking.score} order by ranking.period) as spark
    from marts.award_ranking as ranking
    inner join winner using (nip)
    semi join final_quarters on final_quarters.period = ranking.period
    where ranking.award_level = 'triwulan' and left(ranking.period, 4) = left(winner.period, 4)
),

teladan as (
    select
        'teladan' as card,
        1 as position,
        winner.period,
        period_label_id(winner.period) as period_label,
        winner.score as value,
        winner.runner_up_score as previous_value,
        winner.opd_code,
        winner.nip,
        null::integer as n,
        null::integer as n_of,
        []::struct(label varchar, n integer)[] as parts,
        winner_quarters.spark,
        'pages/penghargaan' as link
    from winner
    cross join winner_quarters
),

worse as (
    select *
    from marts.page_unit_discipline_change
    where verdict = 'lebih_buruk'
    order by change desc, opd_code
    limit 1
),

worse_months as (
    select list({x: strftime(units.month, '%Y-%m-%d'), y: per_100(units.tk_days + units.late_days, units.employee_days)} order by units.month) as spark
    from marts.unit_summary as units
    inner join worse using (opd_code)
    semi join marts.data_final_months as final on final.source = 'presensi' and final.month = units.month
    where year(units.month) = year(worse.current_quarter)
),

opd_worse as (
    select
        'opd_memburuk' as card,
        2 as position,
        strftime(worse.current_quarter, '%Y') || '-TW' || quarter(worse.current_quarter) as period,
        period_label_id(strftime(worse.current_quarter, '%Y') || '-TW' || quarter(worse.current_quarter)) as period_label,
        worse.current_rate as value,
        worse.previous_rate as previous_value,
        worse.opd_code,
        null as nip,
        worse.current_tk_late_days as n,
        worse.current_employee_days as n_of,
        []::struct(label varchar, n integer)[] as parts,
        worse_months.spark,
        'opd/' || worse.opd_code as link
    from worse
    cross join worse_months
),

followup_year as (
    select max(year) as year from marts.discipline_followup
),

waiting as (
    select
        followup_year.year,
        (count(*) filter (where followup.followup_status = 'belum_diputus'))::integer as waiting,
        (count(*) filter (where followup.followup_status <> 'tanpa_rekomendasi'))::integer as recommended
    from marts.discipline_followup as followup
    inner join followup_year using (year)
    group by all
),

-- how many wait at each level, heaviest first
waiting_levels as (
    select list({label: level, n: n} order by discipline_level_rank(level) desc) as parts
    from (
        select followup.level, count(*)::integer as n
        from marts.discipline_followup as followup
        inner join followup_year using (year)
        where followup.followup_status = 'belum_diputus'
        group by all
    )
),

waiting_months as (
    select list({x: strftime(month, '%Y-%m-%d'), y: n} order by month) as spark
    from (
        select date_trunc('month', followup.reached_on)::date as month, count(*)::double as n
        from marts.discipline_followup as followup
        inner join followup_year using (year)
        where followup.followup_status = 'belum_diputus'
        group by all
    )
),

discipline as (
    select
        'disiplin_menunggu' as card,
        3 as position,
        waiting.year::varchar as period,
        'Tahun ' || waiting.year as period_label,
        waiting.waiting::double as value,
        null::double as previous_value,
        null as opd_code,
        null as nip,
        waiting.waiting as n,
        waiting.recommended as n_of,
        coalesce(waiting_levels.parts, []) as parts,
        waiting_months.spark,
        'pages/disiplin-tindak-lanjut' as link
    from waiting
    cross join waiting_levels
    cross join waiting_months
),

completeness as (
    select
        'kelengkapan' as card,
        4 as position,
        strftime(status.latest_month, '%Y-%m') as period,
        bulan_id(status.latest_month) as period_label,
        (select count(*) filter (where is_final) from marts.data_months)::double as value,
        (select count(*) from marts.data_months)::double as previous_value,
        null as opd_code,
        null as nip,
        status.months_not_final as n,
        null::integer as n_of,
        []::struct(label varchar, n integer)[] as parts,
        (select list({x: strftime(month, '%Y-%m-%d'), y: is_final::integer::double} order by month) from marts.data_months) as spark,
        'pages/kualitas-data#kelengkapan' as link
    from marts.data_status as status
)

select * from teladan
union all by name
select * from opd_worse
union all by name
select * from discipline
union all by name
select * from completeness
