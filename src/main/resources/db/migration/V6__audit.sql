-- platform: who changed what and when, on every record of every component
create sequence audit_event_seq start with 50 increment by 50 minvalue 50;
create table audit_event (
    id           bigint primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    subject_type varchar(40)  not null,
    subject_id   bigint       not null,
    action       varchar(20)  not null,
    -- {"field": {"from": "old", "to": "new"}, ...}; null when the action carries no values
    changes      text
);
create index audit_event_subject on audit_event (subject_type, subject_id, occurred_at);
create index audit_event_occurred on audit_event (occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);
