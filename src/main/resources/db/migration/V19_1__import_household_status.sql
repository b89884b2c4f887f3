-- The status an import gives the households it creates; null: active from its join date when the file gives
-- one, a prospect otherwise.
alter table import_job add column household_status varchar(10)
    check (household_status in ('PROSPECT', 'ACTIVE', 'LAPSED', 'LEFT'));
