-- Surveys and inspections of models (khảo sát, kiểm tra): the plan (who, when), the team's findings,
-- the unit's answer to the recommendations and whether it came on time. Kept with the model
-- (initiative_id) for the evaluation and the model's history.
create table mh_inspection (
  id                  varchar(36)   not null primary key,
  initiative_id       varchar(36)   not null,
  model_year          integer       not null,
  unit_code           varchar(64)   not null,
  initiative_name     varchar(500),
  kind                varchar(20)   not null,
  planned_on          date          not null,
  team                varchar(1000) not null,
  status              varchar(20)   not null,
  process_instance_id varchar(64),
  started_by          varchar(64),
  started_at          timestamp with time zone not null,
  model_state         varchar(4000),
  strengths           varchar(4000),
  shortcomings        varchar(4000),
  recommendations     varchar(4000),
  rating              varchar(20),
  findings_by         varchar(64),
  findings_at         timestamp with time zone,
  answer_due_at       timestamp with time zone,
  answer              varchar(4000),
  answered_by         varchar(64),
  answered_at         timestamp with time zone,
  answered_on_time    boolean,
  overdue_at          timestamp with time zone
);
create index ix_inspection_initiative on mh_inspection (initiative_id);
create index ix_inspection_year_unit on mh_inspection (model_year, unit_code);
create index ix_inspection_process on mh_inspection (process_instance_id);
