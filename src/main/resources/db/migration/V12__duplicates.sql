-- people: pairs an editor said are not duplicates, and the history of merged persons
create sequence duplicate_dismissal_seq start with 50 increment by 50 minvalue 50;
create table duplicate_dismissal (
    id             bigint primary key,
    -- the pair, lower id first, so that (a, b) and (b, a) are one row
    person_low_id  bigint       not null references person (id) on delete cascade,
    person_high_id bigint       not null references person (id) on delete cascade,
    dismissed_by   varchar(100) not null,
    dismissed_at   timestamptz  not null,
    constraint duplicate_dismissal_pair unique (person_low_id, person_high_id),
    constraint duplicate_dismissal_order check (person_low_id < person_high_id)
);
create index duplicate_dismissal_high on duplicate_dismissal (person_high_id);

create sequence person_merge_seq start with 50 increment by 50 minvalue 50;
create table person_merge (
    id          bigint primary key,
    -- no foreign keys: the merged person is deleted, and the survivor may itself be merged later
    survivor_id bigint       not null,
    merged_id   bigint       not null,
    merged_at   timestamptz  not null,
    merged_by   varchar(100) not null,
    -- the merged person's fields (Person.auditState) as JSON; null once the survivor is erased
    snapshot    text
);
create index person_merge_survivor on person_merge (survivor_id);
create index person_merge_merged on person_merge (merged_id);
