-- Deletion as a contract. Deleting a person, household or organisation first asks every component
-- (PersonDeleting, HouseholdDeleting, OrganisationDeleting): each one removes or unlinks its own rows with an
-- audit line, or refuses with a reason (a 409). No key deletes or blanks another component's rows behind its
-- back any more: a row that no component dealt with now stops the deletion instead of vanishing silently.
-- Within people, notes, consents, organisations' contacts and solidarity records are handled the same way by
-- their facades; only the parts of one record keep their cascade (a person's tags, an organisation's roles, a
-- household's status history), as does import_line to its job (both exchange's).

-- followup -> people
alter table interaction
    drop constraint interaction_person_id_fkey,
    drop constraint interaction_organisation_id_fkey,
    add constraint interaction_person_id_fkey foreign key (person_id) references person (id) on delete restrict,
    add constraint interaction_organisation_id_fkey foreign key (organisation_id)
        references organisation (id) on delete restrict;
alter table follow_up_task
    drop constraint follow_up_task_person_id_fkey,
    drop constraint follow_up_task_organisation_id_fkey,
    drop constraint follow_up_task_household_id_fkey,
    add constraint follow_up_task_person_id_fkey foreign key (person_id) references person (id) on delete restrict,
    add constraint follow_up_task_organisation_id_fkey foreign key (organisation_id)
        references organisation (id) on delete restrict,
    add constraint follow_up_task_household_id_fkey foreign key (household_id)
        references household (id) on delete restrict;

-- exchange -> people
alter table import_line
    drop constraint import_line_person_id_fkey,
    add constraint import_line_person_id_fkey foreign key (person_id) references person (id) on delete restrict;

-- dedupe -> people
alter table duplicate_dismissal
    drop constraint duplicate_dismissal_person_low_id_fkey,
    drop constraint duplicate_dismissal_person_high_id_fkey,
    add constraint duplicate_dismissal_person_low_id_fkey foreign key (person_low_id)
        references person (id) on delete restrict,
    add constraint duplicate_dismissal_person_high_id_fkey foreign key (person_high_id)
        references person (id) on delete restrict;

-- within people: rows with a life of their own, removed by their facades' observers
alter table person_note
    drop constraint person_note_person_id_fkey,
    add constraint person_note_person_id_fkey foreign key (person_id) references person (id) on delete restrict;
alter table consent_record
    drop constraint consent_record_person_id_fkey,
    add constraint consent_record_person_id_fkey foreign key (person_id) references person (id) on delete restrict;
alter table organisation_contact
    drop constraint organisation_contact_person_id_fkey,
    drop constraint organisation_contact_organisation_id_fkey,
    add constraint organisation_contact_person_id_fkey foreign key (person_id)
        references person (id) on delete restrict,
    add constraint organisation_contact_organisation_id_fkey foreign key (organisation_id)
        references organisation (id) on delete restrict;
alter table household_solidarity
    drop constraint household_solidarity_household_id_fkey,
    drop constraint household_solidarity_referred_by_organisation_id_fkey,
    add constraint household_solidarity_household_id_fkey foreign key (household_id)
        references household (id) on delete restrict,
    add constraint household_solidarity_referred_by_organisation_id_fkey foreign key (referred_by_organisation_id)
        references organisation (id) on delete restrict;
-- an organisation's deletion looks up the records it referred
create index household_solidarity_referrer on household_solidarity (referred_by_organisation_id);
