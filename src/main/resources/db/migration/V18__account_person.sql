-- An account may belong to a person of the registry (an adherent's portal login, a staff member who is also a
-- member): at most one person per account and one account per person. The household follows from the person.
-- The key is restrict like every key across components: accounts handles the person's merge, erasure and
-- deletion itself (AccountHolders).
alter table account
    add column person_id bigint references person (id) on delete restrict,
    add constraint account_person_key unique (person_id);
