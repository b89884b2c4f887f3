-- people: folded search text (lower case, no accents; written by the entities with Folding.foldAll) and
-- saved filters of the registry lists. Rows that exist already get their text from V10_1 (Java, so that
-- the very same Folding fills them).
create extension if not exists pg_trgm;

alter table person add column search_text varchar(1000);
alter table household add column search_text varchar(200);
alter table organisation add column search_text varchar(800);

-- trigram indexes serve LIKE '%word%' for words of three characters or more
create index person_search on person using gin (search_text gin_trgm_ops);
create index household_search on household using gin (search_text gin_trgm_ops);
create index organisation_search on organisation using gin (search_text gin_trgm_ops);

create sequence saved_filter_seq start with 50 increment by 50 minvalue 50;
create table saved_filter (
    id         bigint primary key,
    owner      varchar(100) not null,
    list       varchar(20)  not null check (list in ('PERSONS', 'HOUSEHOLDS', 'ORGANISATIONS')),
    name       varchar(100) not null,
    -- {"q": "...", "filters": {"city": "..."}, "sort": "field,desc"}
    criteria   text         not null,
    shared     boolean      not null default false,
    created_at timestamptz  not null
);
create unique index saved_filter_name on saved_filter (owner, list, lower(name));
create index saved_filter_list on saved_filter (list, shared);
