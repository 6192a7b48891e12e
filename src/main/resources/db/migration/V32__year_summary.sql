-- The figures of a year, stored when its cycle ends (and recomputed if it is stored again).
create table mh_year_summary (
  cycle_year          integer not null primary key,
  registering_units   integer not null,
  units_with_model    integer not null,
  units_without_model integer not null,
  models              integer not null,
  new_models          integer not null,
  continuing_models   integer not null,
  reports_expected    integer not null,
  reports_on_time     integer not null,
  reports_late        integer not null,
  reports_missing     integer not null,
  commended_models    integer not null,
  showcased_models    integer not null,
  computed_at         timestamp with time zone not null
);

-- The breakdowns of a year's figures: models per group (GROUP) and commendations per level (LEVEL).
create table mh_year_summary_count (
  cycle_year       integer       not null,
  dimension varchar(20)  not null,
  item_key  varchar(64)  not null,
  label     varchar(500) not null,
  seq       integer      not null,
  item_count integer     not null,
  constraint pk_year_summary_count primary key (cycle_year, dimension, item_key),
  constraint fk_year_summary_count foreign key (cycle_year) references mh_year_summary (cycle_year)
);
