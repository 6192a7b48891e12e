-- Document numbers (số văn bản): a counter per issuing unit, document type and term (nhiệm kỳ),
-- and the number each document got. A number is never reused and a document keeps its number.
create table mh_document_counter (
  unit_code   varchar(64) not null,
  doc_type    varchar(16) not null,
  term_start  integer     not null,
  last_number integer     not null,
  constraint pk_document_counter primary key (unit_code, doc_type, term_start)
);

create table mh_document_number (
  doc_type     varchar(16) not null,
  subject_id   varchar(64) not null,
  doc_year     integer     not null,
  unit_code    varchar(64) not null,
  term_start   integer     not null,
  number       integer     not null,
  issued_on    date        not null,
  allocated_at timestamp   not null,
  allocated_by varchar(64),
  constraint pk_document_number primary key (doc_type, subject_id, doc_year),
  constraint uq_document_number unique (unit_code, doc_type, term_start, number)
);
