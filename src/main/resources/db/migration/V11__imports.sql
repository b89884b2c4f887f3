-- Imports of member lists (CSV, XLSX): the job with its file until it has run, and the report line by line.
create sequence import_job_seq start with 50 increment by 50 minvalue 50;
create sequence import_line_seq start with 50 increment by 50 minvalue 50;

create table import_job (
    id                 bigint primary key,
    file_name          varchar(255) not null,
    format             varchar(8) not null check (format in ('CSV', 'XLSX')),
    encoding           varchar(20),
    separator          varchar(8),
    uploaded_by        varchar(100) not null,
    uploaded_at        timestamp with time zone not null,
    status             varchar(10) not null check (status in ('UPLOADED', 'RUNNING', 'DONE', 'FAILED')),
    mapping            text not null,
    total              integer not null default 0,
    processed          integer not null default 0,
    created_persons    integer not null default 0,
    created_households integer not null default 0,
    duplicates         integer not null default 0,
    errors             integer not null default 0,
    content            bytea,
    version            bigint not null default 0
);
create index import_job_uploaded_at on import_job (uploaded_at desc);

create table import_line (
    id        bigint primary key,
    job_id    bigint not null references import_job (id) on delete cascade,
    line_no   integer not null,
    outcome   varchar(10) not null check (outcome in ('CREATED', 'DUPLICATE', 'ERROR')),
    field     varchar(40),
    message   varchar(500),
    person_id bigint references person (id) on delete set null
);
create index import_line_job on import_line (job_id, line_no);
create index import_line_person on import_line (person_id);
