-- The yearly cycle: a year is opened once; the deadlines in force for that year are stored here
-- and are the single source of truth for timers, due dates and reminders (key: year + kind).
create table mh_cycle_year (
  cycle_year    integer     not null primary key,
  status                 varchar(30)  not null,
  opened_at              timestamp with time zone not null,
  opened_by              varchar(64),
  process_instance_id    varchar(64),
  registration_closed_at timestamp with time zone,
  registration_closed_by varchar(64)
);

create table mh_deadline (
  cycle_year    integer     not null,
  kind       varchar(30) not null,
  due_at     timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  updated_by varchar(64),
  constraint pk_deadline primary key (cycle_year, kind),
  constraint fk_deadline_year foreign key (cycle_year) references mh_cycle_year (cycle_year)
);
