-- platform: the API token a change was made with (null for a session or the system's own work). Its name is
-- kept beside its id so that the line still reads once the token, or its account, is gone; no foreign key
-- for the same reason.
alter table audit_event add column token_id bigint, add column token_name varchar(120);
