-- Milestone reviews (sơ kết, tổng kết) and phase plans: one run per configured milestone, the
-- reports of the base units (and of the committees' cells) on the period, and the bloc's report with
-- its commendation proposals as approved by the standing committee.
create table mh_milestone_review (
  id                    varchar(36)    not null primary key,
  milestone_key         varchar(64)    not null,
  milestone_name        varchar(500)   not null,
  kind                  varchar(20)    not null,
  from_year             integer        not null,
  to_year               integer        not null,
  due_at                timestamp with time zone not null,
  cell_due_at           timestamp with time zone not null,
  status                varchar(20)    not null,
  process_instance_id   varchar(64),
  started_by            varchar(64),
  started_at            timestamp with time zone not null,
  bloc_report           varchar(20000),
  commendation_proposal varchar(8000),
  compiled_by           varchar(64),
  compiled_at           timestamp with time zone,
  return_count          integer        not null,
  last_comment          varchar(2000),
  approved_by           varchar(64),
  approved_at           timestamp with time zone
);
create index ix_milestone_review_key on mh_milestone_review (milestone_key);
create index ix_milestone_review_process on mh_milestone_review (process_instance_id);

-- A unit's report on the period: a base unit's (committee or base cell) or a committee's cell's.
create table mh_milestone_report (
  id                    varchar(36)    not null primary key,
  review_id             varchar(36)    not null,
  unit_code             varchar(64)    not null,
  parent_code           varchar(64),
  model_count           integer,
  models_overview       varchar(8000),
  situation             varchar(8000),
  results               varchar(8000),
  lessons               varchar(4000),
  shortcomings          varchar(4000),
  next_steps            varchar(4000),
  commendation_proposal varchar(4000),
  due_at                timestamp with time zone not null,
  submitted_by          varchar(64),
  submitted_at          timestamp with time zone not null,
  on_time               boolean        not null,
  constraint uq_milestone_report unique (review_id, unit_code),
  constraint fk_milestone_report_review foreign key (review_id) references mh_milestone_review (id)
);
