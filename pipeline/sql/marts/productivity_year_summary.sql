-- Productivity per year and OPD, and the kabupaten as its own row (opd_code null): the Peta
-- Produktivitas page's cards in both builds (docs/aturan.md#tpp, #penghargaan). Minutes and days
-- from marts.productivity_monthly, people per quadrant and on the coaching list from
-- marts.page_productivity_quadrants (an employee counted in the OPD of their year's row). The
-- minutes read only the months whose e-Kinerja is final (marts.data_final_months), as the OPD
-- figures do, so that the page and the OPD profiles give the kabupaten one rate; months_left_out
-- names the others (docs/aturan.md#kelengkapan).
with months as (
    select year(monthly.month)::integer as year, monthly.*
    from marts.productivity_monthly as monthly
    inner join marts.data_final_months as final on final.source = 'e_kinerja' and final.month = monthly.month
),

left_out as (
    select year(month)::integer as year, string_agg(bulan_id(month), ', ' order by month) as months_left_out
    from (select distinct month from marts.productivity_monthly) as all_months
    where month not in (select month from marts.data_final_months where source = 'e_kinerja')
    group by all
),

quadrants as (
    select * from marts.page_productivity_quadrants where quadrant is not null
),

minutes as (
    select
        year,
        opd_code,
        count(distinct nip)::integer as employees,
        sum(expected_minutes)::bigint as expected_minutes,
        sum(counted_minutes)::bigint as counted_minutes,
        sum(present_days)::integer as present_days,
        sum(present_no_activity_days)::integer as present_no_activity_days
    from months
    group by grouping sets ((year, opd_code), (year))
),

placed as (
    select
        year,
        opd_code,
        count(*)::integer as mapped,
        (count(*) filter (where quadrant = 'teladan'))::integer as teladan,
        (count(*) filter (where quadrant = 'produktif_kurang_disiplin'))::integer as produktif_kurang_disiplin,
        (count(*) filter (where quadrant = 'rajin_kurang_hasil'))::integer as rajin_kurang_hasil,
        (count(*) filter (where quadrant = 'perlu_pembinaan'))::integer as perlu_pembinaan,
        (count(*) filter (where needs_attention))::integer as attention
    from quadrants
    group by grouping sets ((year, opd_code), (year))
)

select
    coalesce(minutes.year, placed.year) as year,
    coalesce(minutes.opd_code, placed.opd_code) as opd_code,
    coalesce(minutes.employees, 0) as employees,
    coalesce(minutes.expected_minutes, 0) as expected_minutes,
    coalesce(minutes.counted_minutes, 0) as counted_minutes,
    rate_pct(minutes.counted_minutes, minutes.expected_minutes)::double as productivity_pct,
    coalesce(minutes.present_days, 0) as present_days,
    coalesce(minutes.present_no_activity_days, 0) as present_no_activity_days,
    per_100(minutes.present_no_activity_days, minutes.present_days)::double as no_activity_per_100,
    -- people on the discipline x productivity map (none placed counts 0)
    coalesce(columns(placed.* exclude (year, opd_code)), 0),
    left_out.months_left_out
from minutes
full join placed on placed.year = minutes.year and placed.opd_code is not distinct from minutes.opd_code
left join left_out on left_out.year = coalesce(minutes.year, placed.year)
