-- One row per active employee and working day with exactly one status (the data contract's mart;
-- built in intermediate.int_daily_attendance, which the discipline counts read, so that layers
-- run one way: intermediate never reads a mart).
select * from intermediate.int_daily_attendance
