-- followup: interactions logged with persons and organisations, and follow-up tasks with an owner.
-- Subjects are referred to by id only (the people component owns those tables). Deleting a person or an
-- organisation deletes the interactions about it; a task loses its subject instead (its owner still has
-- the work to do). Merges and erasures move or delete these rows explicitly (observers in the followup
-- component), so these cascades only serve plain deletions.
create sequence interaction_seq start with 50 increment by 50 minvalue 50;
create table interaction (
    id              bigint primary key,
    kind            varchar(20)   not null check (kind in ('CALL', 'MEETING', 'EMAIL', 'LETTER', 'OTHER')),
    occurred_at     timestamptz   not null,
    subject         varchar(200)  not null,
    notes           varchar(4000),
    person_id       bigint references person (id) on delete cascade,
    organisation_id bigint references organisation (id) on delete cascade,
    author          varchar(100)  not null,
    recorded_at     timestamptz   not null,
    version         bigint        not null,
    check (person_id is not null or organisation_id is not null)
);
create index interaction_person on interaction (person_id, occurred_at);
create index interaction_organisation on interaction (organisation_id, occurred_at);

create sequence follow_up_task_seq start with 50 increment by 50 minvalue 50;
create table follow_up_task (
    id              bigint primary key,
    title           varchar(200)  not null,
    notes           varchar(4000),
    due_on          date          not null,
    owner           varchar(100)  not null,
    person_id       bigint references person (id) on delete set null,
    organisation_id bigint references organisation (id) on delete set null,
    household_id    bigint references household (id) on delete set null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    done_at         timestamptz,
    done_by         varchar(100),
    version         bigint        not null,
    check (num_nonnulls(person_id, organisation_id, household_id) <= 1),
    check ((done_at is null) = (done_by is null))
);
-- the home page and the tasks page: one owner's open tasks by due date
create index follow_up_task_owner_open on follow_up_task (owner, due_on) where done_at is null;
create index follow_up_task_person on follow_up_task (person_id);
create index follow_up_task_organisation on follow_up_task (organisation_id);
create index follow_up_task_household on follow_up_task (household_id);
