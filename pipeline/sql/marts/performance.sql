-- One row per employee and SKP period with the PermenPANRB 6/2022 predikat (the data contract's
-- mart; built in intermediate.int_performance, which the talent models read, so that layers run
-- one way: intermediate never reads a mart).
select * from intermediate.int_performance
