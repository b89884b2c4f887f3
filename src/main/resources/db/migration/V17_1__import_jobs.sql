-- Imports run as background jobs (V17): a report line of a created person names the household created with
-- them, so that a run given up can delete what its earlier chunks created.
alter table import_line add column household_id bigint references household (id) on delete set null;

-- Imports left RUNNING by the former in-memory runner died with the server that ran them, and with them their
-- one transaction: nothing of theirs was created. They run again, from the start, as background jobs.
update import_job set processed = 0 where status = 'RUNNING';
insert into background_job (id, kind, subject_id, actor, status, total, lease_until, created_at)
select nextval('background_job_seq'), 'import', id, uploaded_by, 'QUEUED', total, now(), now()
  from import_job where status = 'RUNNING';
