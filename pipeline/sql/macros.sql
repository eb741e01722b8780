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
