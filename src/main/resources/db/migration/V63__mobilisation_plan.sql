-- Mass organisations' yearly mobilisation plans (kế hoạch vận động đoàn viên, hội viên tham gia xây
-- dựng mô hình; plan 43-KH/ĐUK, III.2): one per organisation and year, reviewed by the reviewing office.
create table mh_mobilisation_plan (
  id                  varchar(36)   not null primary key,
  plan_year           integer       not null,
  unit_code           varchar(64)   not null,
  status              varchar(20)   not null,
  process_instance_id varchar(64),
  purpose             varchar(8000),
  activities          varchar(8000),
  timeline            varchar(4000),
  coordination        varchar(4000),
  due_at              timestamp with time zone,
  submitted_by        varchar(64),
  submitted_at        timestamp with time zone,
  submitted_on_time   boolean,
  return_count        integer       not null,
  last_comment        varchar(2000),
  decided_by          varchar(64),
  decided_at          timestamp with time zone,
  created_at          timestamp with time zone not null,
  constraint uq_mobilisation_plan unique (plan_year, unit_code),
  constraint fk_mobilisation_plan_unit foreign key (unit_code) references mh_org_unit (code)
);
