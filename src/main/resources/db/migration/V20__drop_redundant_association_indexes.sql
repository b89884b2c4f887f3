-- Each association-owned table with an id got two indexes led by association_id in V19: one of its own and the
-- unique (association_id, id) that the keys between tables refer to. The second serves every lookup the first
-- did (the key to association included), so the first only cost one more index write per inserted row: five of
-- them for each row an import creates (person, household, status change, audit line, report line).
drop index account_association;
drop index api_token_association;
drop index audit_event_association;
drop index background_job_association;
drop index consent_record_association;
drop index duplicate_dismissal_association;
drop index follow_up_task_association;
drop index household_association;
drop index household_status_change_association;
drop index import_job_association;
drop index import_line_association;
drop index interaction_association;
drop index organisation_association;
drop index outbox_message_association;
drop index person_association;
drop index person_merge_association;
drop index person_note_association;
drop index personal_data_request_association;
drop index saved_filter_association;
