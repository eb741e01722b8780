-- The years a nine-box can be drawn for: every year with SKP ratings.
select distinct year
from staging.stg_skp
where year is not null
