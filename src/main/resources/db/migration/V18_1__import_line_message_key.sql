-- A report line keeps its message as its key and arguments in JSON ({"key": ..., "args": [...]}), worded in each
-- reader's language. Lines written before keep their English text, as the one argument of the message "verbatim".
alter table import_line alter column message type text;
update import_line set message = json_build_object('key', 'verbatim', 'args', json_build_array(message))::text
 where message is not null;
