-- people: how a person came to us, since when, their tags, free notes and consent per purpose
alter table person add column source varchar(20)
    check (source in ('FAIR', 'WORD_OF_MOUTH', 'PARTNER', 'WEBSITE', 'EVENT', 'PRESS', 'OTHER'));
alter table person add column joined_on date;
update person set joined_on = (created_at at time zone 'Europe/Paris')::date;
alter table person alter column joined_on set not null;

create table person_tag (
    person_id bigint      not null references person (id) on delete cascade,
    tag       varchar(40) not null
);
-- one tag per person whatever its case; the second index serves ?tag= and the list of tags in use
create unique index person_tag_key on person_tag (person_id, lower(tag));
create index person_tag_lower on person_tag (lower(tag));

create sequence person_note_seq start with 50 increment by 50 minvalue 50;
create table person_note (
    id         bigint primary key,
    person_id  bigint        not null references person (id) on delete cascade,
    author     varchar(100)  not null,
    written_at timestamptz   not null,
    text       varchar(4000) not null check (length(trim(text)) > 0)
);
create index person_note_person on person_note (person_id, written_at);

-- append-only: the latest line per person and purpose is the current state
create sequence consent_record_seq start with 50 increment by 50 minvalue 50;
create table consent_record (
    id          bigint primary key,
    person_id   bigint       not null references person (id) on delete cascade,
    purpose     varchar(20)  not null check (purpose in ('NEWSLETTER', 'EVENT_NEWS', 'VOLUNTEERING')),
    granted     boolean      not null,
    recorded_at timestamptz  not null,
    source      varchar(10)  not null check (source in ('FORM', 'PAPER', 'PORTAL', 'EMAIL', 'PHONE', 'IMPORT')),
    recorded_by varchar(100) not null
);
create index consent_record_person on consent_record (person_id, purpose, recorded_at);
