-- Organisation directory: the bloc's units and people, loaded from the organisation file.
create table mh_org_unit (
  code        varchar(64)  not null primary key,
  name        varchar(255) not null,
  kind        varchar(20)  not null,
  parent_code varchar(64),
  sort_order  integer      not null,
  active      boolean      not null,
  updated_at  timestamp    not null,
  constraint fk_org_unit_parent foreign key (parent_code) references mh_org_unit (code)
);
create index ix_org_unit_parent on mh_org_unit (parent_code);

create table mh_person (
  username    varchar(64)  not null primary key,
  full_name   varchar(255) not null,
  email       varchar(255),
  unit_code   varchar(64),
  position    varchar(30),
  roles       varchar(255) not null,
  active      boolean      not null,
  updated_at  timestamp    not null,
  constraint fk_person_unit foreign key (unit_code) references mh_org_unit (code)
);
create index ix_person_unit on mh_person (unit_code);
