-- Non-working days: the shipped national list (rules.holidays, SKB 3 Menteri) merged with any
-- hari_libur*.csv in the input; where both name a date, the agency's export wins.
with shipped as (
    select date, description, holiday_type, 'bawaan' as origin
    from rules.holidays
),

exported as (
    select tanggal as date, keterangan as description, jenis as holiday_type, 'ekspor' as origin
    from raw.hari_libur
),

unioned as (
    select * from exported
    union all
    select * from shipped
)

select * from unioned
qualify row_number() over (partition by date order by origin = 'ekspor' desc) = 1
