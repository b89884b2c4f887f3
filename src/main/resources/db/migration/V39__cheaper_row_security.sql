-- Row-level security that costs once per statement instead of once per row, and plans that see the rows.
--
-- Each policy called sillon_visible(association_id): the integer column was cast to bigint, so PostgreSQL
-- estimated the association's share of a table at 0.5 % (it reads no statistics through a cast) and joined
-- 100,000 subscriptions to their terms by 100,000 index probes; and current_setting() was parsed for every
-- row. The settings are now read in scalar subqueries, evaluated once per statement, and compared with the
-- column as it is, whose statistics the planner then uses. The maintenance switch keeps its meaning: on, every
-- association's rows are visible (jobs that work across associations).

-- The one place the policy's form is written: a migration that adds an association-owned table calls
-- select sillon_protect('its_table'); (row-level security enabled and forced, the policy made or remade).
create function sillon_protect(owned regclass) returns void language plpgsql as $$
declare
    owner_column text := case when owned = 'association'::regclass then 'id' else 'association_id' end;
    owner_type text;
    visible text;
begin
    select format_type(a.atttypid, a.atttypmod) into strict owner_type
      from pg_attribute a where a.attrelid = owned and a.attname = owner_column and not a.attisdropped;
    visible := format('%I = (select sillon_association()::%s)'
        || ' or (select coalesce(current_setting(''sillon.maintenance'', true), '''')) = ''on''',
        owner_column, owner_type);
    execute format('alter table %s enable row level security', owned);
    execute format('alter table %s force row level security', owned);
    execute format('drop policy if exists association_only on %s', owned);
    execute format('create policy association_only on %s using (%s) with check (%s)', owned, visible, visible);
end $$;

select sillon_protect(format('%I', tablename)::regclass)
  from pg_policies where schemaname = current_schema() and policyname = 'association_only';

-- The policies no longer call it.
drop function sillon_visible(bigint);

-- ISO weeks ('2026-W49') sort as their bytes do: compared in the "C" collation, without the database locale's
-- rules, which cost a locale-aware comparison on every row that the distribution and the billing read by week.
do $$
declare
    c record;
begin
    for c in select table_name, column_name
               from information_schema.columns
              where table_schema = current_schema() and data_type = 'character varying'
                and character_maximum_length = 8 and (column_name like '%week' or column_name = 'shifted_to')
    loop
        execute format('alter table %I alter column %I type varchar(8) collate "C"', c.table_name, c.column_name);
    end loop;
end $$;
