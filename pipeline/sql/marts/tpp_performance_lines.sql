-- One line per priced event on the TPP kinerja (performance) share (docs/aturan.md#tpp, regional:
-- config.tpp_performance): the month's productivity band, or the month's predikat (a monthly
-- SKP, else the quarter's), or the larger of the two, as configured; and each IKP done late or
-- left open past its deadline. Only events that cost something are lines; each names its rule.
-- A month whose e-Kinerja approvals are still open (productivity_monthly.approvals_open) is
-- priced as if every pending (menunggu) minute were approved: the TPP is not cut for an atasan's
-- backlog of minutes that may still be approved. Such a line is provisional: the rerun after the
-- approvals close gives the final figure, which can only be the same or a larger deduction (if
-- pending minutes are rejected). tpp_deductions.performance_provisional marks the month.
with settings as (
    select * from config.tpp_performance
),

priced_months as (
    select
        nip,
        month,
        approvals_open as provisional,
        case when approvals_open then productivity_if_approved_pct else productivity_pct end as priced_pct
    from marts.productivity_monthly
),

productivity as (
    select
        months.nip,
        months.month,
        'produktivitas' as event,
        bands.deduction_pct as pct,
        case when months.provisional then 'Sementara, persetujuan belum selesai: produktivitas ' || pct_label(months.priced_pct)
            || '% bila menit menunggu disetujui' else 'Produktivitas ' || pct_label(months.priced_pct) || '%' end
            || ' (pita ' || pct_label(bands.min_pct)
            || coalesce('-<' || pct_label(bands.max_pct), ' ke atas') || '%): ' || pct_label(bands.deduction_pct) || '%'
            as rule,
        months.provisional
    from priced_months as months
    inner join config.tpp_productivity_bands as bands
        on months.priced_pct >= bands.min_pct
        and (bands.max_pct is null or months.priced_pct < bands.max_pct)
),

month_predikat as (
    select months.nip, months.month, performance.period, performance.predikat
    from (select distinct nip, date_trunc('month', date)::date as month from marts.daily_attendance) as months
    inner join marts.performance as performance
        on performance.nip = months.nip
        and months.month between performance.period_start and performance.period_end
        and performance.period_kind in ('bulanan', 'triwulan')
    qualify row_number() over (partition by months.nip, months.month order by performance.period_kind = 'bulanan' desc) = 1
),

predikat as (
    select
        month_predikat.nip,
        month_predikat.month,
        'predikat' as event,
        deductions.deduction_pct as pct,
        -- in words (rules.permenpanrb_6_2022_predikat_levels.label; the SKP period as a quarter or month)
        'Predikat ' || levels.label || ' (SKP ' || case when month_predikat.period like 'TW_'
            then 'Triwulan ' || ['I', 'II', 'III', 'IV'][right(month_predikat.period, 1)::integer] else bulan_id(month_predikat.month) end || '): '
            || pct_label(deductions.deduction_pct) || '%' as rule,
        false as provisional
    from month_predikat
    inner join config.tpp_predikat as deductions using (predikat)
    inner join rules.permenpanrb_6_2022_predikat_levels as levels using (predikat)
),

-- basis "both": the larger of the two prices the month (one underperformance, one deduction)
candidates as (
    select productivity.* from productivity, settings where settings.basis in ('productivity', 'both')
    union all
    select predikat.* from predikat, settings where settings.basis in ('predikat', 'both')
),

kinerja as (
    select * from candidates
    qualify row_number() over (partition by nip, month order by pct desc, event) = 1
),

ikp as (
    select
        nip,
        month,
        case status when 'terlambat' then 'ikp_terlambat' else 'ikp_belum_selesai' end as event,
        tpp_deduction_pct as pct,
        'IKP ' || id || ': ' || rule as rule,
        false as provisional
    from marts.ikp_results
    where tpp_deduction_pct > 0
),

lines as (
    select * from kinerja where pct > 0
    union all
    select * from ikp
)

select lines.*, settings.legal_basis
from lines
cross join settings
