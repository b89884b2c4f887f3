-- mailing: the persistent outbox every component sends through
create sequence outbox_message_seq start with 50 increment by 50 minvalue 50;
create table outbox_message (
    id              bigint primary key,
    recipient       varchar(254) not null,
    recipient_name  varchar(200),
    subject         varchar(500) not null,
    body_text       text         not null,
    template        varchar(100),
    language        varchar(2)   not null,
    status          varchar(16)  not null check (status in ('QUEUED', 'RETRYING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    message_id      varchar(255),
    version         bigint       not null default 0
);
create index outbox_message_due on outbox_message (next_attempt_at) where status in ('QUEUED', 'RETRYING');
create index outbox_message_created on outbox_message (created_at desc);
create index outbox_message_recipient on outbox_message (recipient);
