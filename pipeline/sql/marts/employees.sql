-- One row per employee with the unit and OPD they belong to (the data contract's mart; built in
-- intermediate.int_employees, which the intermediate models read, so that layers run one way).
select * from intermediate.int_employees
