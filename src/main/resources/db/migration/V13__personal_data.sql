-- people: GDPR erasure (the person row stays, anonymised) and the register of personal-data requests
alter table person add column erased_at timestamptz;

create sequence personal_data_request_seq start with 50 increment by 50 minvalue 50;
create table personal_data_request (
    id           bigint primary key,
    -- no foreign key: the register outlives whatever becomes of the person
    person_id    bigint       not null,
    kind         varchar(10)  not null check (kind in ('ACCESS', 'ERASURE')),
    requested_at timestamptz  not null,
    completed_at timestamptz,
    handled_by   varchar(100) not null,
    note         varchar(500)
);
create index personal_data_request_requested on personal_data_request (requested_at);
create index personal_data_request_person on personal_data_request (person_id);
