-- Helpers shared by the models; created before the first model runs.

-- Great-circle distance in metres between two WGS84 points (haversine, mean Earth radius).
create or replace macro distance_m(lat1, lon1, lat2, lon2) as
    2 * 6371008.8 * asin(sqrt(
        pow(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * pow(sin(radians(lon2 - lon1) / 2), 2)
    ));

-- Whole minutes from one wall-clock time to a later one (seconds are dropped).
create or replace macro minutes_between(from_time, to_time) as
    floor((extract(epoch from to_time) - extract(epoch from from_time)) / 60)::integer;

-- A percentage as Indonesians write it: 0.5 -> '0,5', 1.0 -> '1'.
create or replace macro pct_label(x) as
    replace(regexp_replace(round(x, 2)::decimal(6, 2)::varchar, '\.?0+$', ''), '.', ',');

-- A label inside a sentence: its first letter lowered, acronyms kept ('Pemberhentian ... sebagai PNS'
-- -> 'pemberhentian ... sebagai PNS').
create or replace macro lower_first(x) as
    lower(left(x, 1)) || substr(x, 2);

-- A count as Indonesians write it: 5940 -> '5.940'.
create or replace macro count_id(n) as
    replace(format('{:,}', n::bigint), ',', '.');

-- First and last day of an SKP or 360 period (contract: TW1-TW4, TAHUNAN, or a month 1-12).
create or replace macro period_start(year, period) as
    case
        when period = 'TAHUNAN' then make_date(year, 1, 1)
        when period like 'TW_' then make_date(year, 3 * try_cast(right(period, 1) as integer) - 2, 1)
        else make_date(year, try_cast(period as integer), 1)
    end;

create or replace macro period_end(year, period) as
    (period_start(year, period)
        + case when period = 'TAHUNAN' then interval 12 month when period like 'TW_' then interval 3 month else interval 1 month end
        - interval 1 day)::date;

create or replace macro period_kind(period) as
    case when period = 'TAHUNAN' then 'tahunan' when period like 'TW_' then 'triwulan' else 'bulanan' end;


-- A date as Indonesians write it: 2025-08-17 -> '17 Agustus 2025'.
create or replace macro tanggal_id(d) as
    day(d) || ' ' || ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
        'September', 'Oktober', 'November', 'Desember'][month(d)] || ' ' || year(d);

-- A position class as readers name it: ('pengawas', 'IV.a') -> 'Jabatan Pengawas (eselon IV.a)'.
create or replace macro position_class_label(position_type, echelon) as
    case position_type
        when 'jpt' then 'Jabatan Pimpinan Tinggi'
        when 'administrator' then 'Jabatan Administrator'
        when 'pengawas' then 'Jabatan Pengawas'
        when 'pelaksana' then 'Jabatan Pelaksana'
        when 'fungsional' then 'Jabatan Fungsional'
        else position_type
    end || coalesce(' (eselon ' || echelon || ')', '');

-- Discipline levels in their order of weight (PP 94/2021 Pasal 8; also a configured PPPK ladder).
create or replace macro discipline_level_rank(level) as
    case level when 'none' then 0 when 'ringan' then 1 when 'sedang' then 2 when 'berat' then 3 end;

-- A share in percent, and a count per 100 of something: null when the whole is 0 (no data is
-- not 0%), never a division error.
create or replace macro rate_pct(part, whole) as
    100.0 * part / nullif(whole, 0);

create or replace macro per_100(part, whole) as
    100.0 * part / nullif(whole, 0);

-- A wall-clock time on a working day as a timestamp: on a night shift (one that ends the next
-- day) a time before the shift's start is the next morning (docs/aturan.md#pola-kerja).
create or replace macro shift_time_at(day, t, shift_start, ends_next_day) as
    day + t + case when ends_next_day and t < shift_start then interval 1 day else interval 0 day end;

-- An award rank: 1, 2, ... by the tie-break order (marts.award_ranking's tiebreak_order) among the
-- rows of one group (`within`: the period, or the period and OPD) for which `among` holds; null
-- for the others (docs/aturan.md#penghargaan).
create or replace macro award_rank(among, within, tiebreak_order) as
    case when among then row_number() over (partition by within, among order by tiebreak_order)::integer end;

-- A month as Indonesians write it: 2025-12-01 -> 'Desember 2025'.
create or replace macro bulan_id(d) as
    ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
        'September', 'Oktober', 'November', 'Desember'][month(d)] || ' ' || year(d);

-- A report or award period in words: '2025-TW1' -> 'Triwulan I 2025', '2025-S2' -> 'Semester II 2025',
-- '2025' -> 'Tahun 2025' (as src/components/performance-labels.js periodLabel writes it).
create or replace macro period_label_id(period) as
    case
        when period like '%-TW_' then 'Triwulan ' || ['I', 'II', 'III', 'IV'][right(period, 1)::integer] || ' ' || left(period, 4)
        when period like '%-S_' then 'Semester ' || ['I', 'II'][right(period, 1)::integer] || ' ' || left(period, 4)
        else 'Tahun ' || period
    end;

-- A mean that is the same on every run: the values summed as decimals (to 9 places), not as
-- doubles, whose sum depends on the order parallel threads add them in.
create or replace macro exact_mean(x) as
    avg(x::decimal(18, 9))::double;

-- A figure against another (the kabupaten, the period before): 'setara' while the difference is
-- within the figure's tolerance, else 'lebih_baik' or 'lebih_buruk' by its better direction
-- (rules.figures); null without a direction or either value.
create or replace macro figure_verdict(value, reference, better, tolerance) as
    case
        when better is null or value is null or reference is null then null
        when abs(value - reference) <= coalesce(tolerance, 0) then 'setara'
        when (value > reference) = (better = 'higher') then 'lebih_baik'
        else 'lebih_buruk'
    end;
