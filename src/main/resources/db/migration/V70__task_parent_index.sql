-- Camunda 7.24 looks up ACT_RU_TASK by PARENT_TASK_ID_ on every task completion (sub-tasks), and
-- neither its H2 nor its PostgreSQL schema indexes that column: each completion scans the task
-- table, which at 100,000 open tasks dominates the completion (issue 10, docs/benchmark.md).
-- Runs after the engine has created its schema (vn.mohinh.platform.EngineSchemaFirst); idempotent.
create index if not exists ix_mh_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
