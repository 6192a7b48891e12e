-- Evaluation of the result reports by the reviewing office, the commendation list the standing
-- committee approves, the approved commendations and the models chosen for publication.

-- The current evaluation of a report: the weighted total, the decision table's inputs and proposal.
create table mh_evaluation (
  report_id        varchar(36)   not null primary key,
  cycle_year       integer       not null,
  initiative_id    varchar(36)   not null,
  unit_code        varchar(64)   not null,
  total_score      numeric(6, 2) not null,
  comment          varchar(4000),
  on_time          boolean       not null,
  previous_level   varchar(30)   not null,
  commended_years  integer       not null,
  proposed_level   varchar(30),
  proposed_label   varchar(255),
  showcase         boolean,
  proposal_note    varchar(500),
  evaluated_at     timestamp with time zone not null,
  evaluated_by     varchar(64),
  evaluation_round integer       not null,
  reevaluate       boolean       not null,
  constraint fk_evaluation_report foreign key (report_id) references mh_report (id)
);
create index ix_evaluation_year on mh_evaluation (cycle_year);

-- The score per criterion, with the criterion as configured when it was scored.
create table mh_evaluation_score (
  report_id     varchar(36)    not null,
  criterion_key varchar(64)    not null,
  label         varchar(255)   not null,
  weight        numeric(10, 4) not null,
  scale_max     numeric(10, 4) not null,
  score         numeric(10, 2) not null,
  seq           integer        not null,
  constraint pk_evaluation_score primary key (report_id, criterion_key),
  constraint fk_evaluation_score foreign key (report_id) references mh_evaluation (report_id)
);

-- Each decision of the approver on the year's list (approve, or return to the reviewer with a comment),
-- and the reviewer's answer to a return.
create table mh_commendation_round (
  cycle_year       integer       not null,
  round      integer      not null,
  decision   varchar(20)  not null,
  comment    varchar(4000),
  decided_by varchar(64),
  decided_at timestamp with time zone not null,
  reply          varchar(4000),
  replied_by     varchar(64),
  replied_at     timestamp with time zone,
  constraint pk_commendation_round primary key (cycle_year, round)
);

-- The approved commendation of each model evaluated in a year (level NONE: not commended).
create table mh_commendation (
  initiative_id varchar(36)   not null primary key,
  cycle_year       integer       not null,
  report_id     varchar(36)   not null,
  unit_code     varchar(64)   not null,
  level         varchar(30)   not null,
  level_label   varchar(255)  not null,
  total_score   numeric(6, 2) not null,
  showcase      boolean       not null,
  approved_round integer      not null,
  approved_at   timestamp with time zone not null,
  approved_by   varchar(64),
  constraint fk_commendation_report foreign key (report_id) references mh_report (id)
);
create index ix_commendation_year on mh_commendation (cycle_year);

-- Models chosen for publication on the bloc's website ("giới thiệu những cách làm hay"): the showcase
-- feature reads the rows with status TO_PUBLISH and sets PUBLISHED when it has published one.
create table mh_showcase_candidate (
  initiative_id varchar(36)  not null primary key,
  cycle_year       integer       not null,
  report_id     varchar(36)  not null,
  unit_code     varchar(64)  not null,
  level         varchar(30)  not null,
  status        varchar(20)  not null,
  flagged_at    timestamp with time zone not null,
  flagged_by    varchar(64),
  published_at  timestamp with time zone,
  constraint fk_showcase_report foreign key (report_id) references mh_report (id)
);
create index ix_showcase_status on mh_showcase_candidate (status, cycle_year);

-- Open Tasklist tasks of the evaluation (as mh_report_task).
create table mh_evaluation_task (
  task_id    varchar(64) not null primary key,
  kind       varchar(30) not null,
  cycle_year       integer       not null,
  report_id  varchar(36),
  created_at timestamp with time zone not null
);
