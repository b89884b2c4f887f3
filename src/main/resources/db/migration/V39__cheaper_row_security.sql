-- Row-level security that costs once per statement instead of once per row, and plans that see the rows.
--
-- Each policy called sillon_visible(association_id): the integer column was cast to bigint, so PostgreSQL
-- estimated the association's share of a table at 0.5 % (it reads no statistics through a cast) and joined
-- 100,000 subscriptions to their terms by 100,000 index probes; and current_setting() was parsed for every
-- row. The settings are now read in scalar subqueries, evaluated once per statement, and compared with the
-- column as it is, whose statistics the planner then uses. The maintenance switch keeps its meaning: on, every
-- association's rows are visible (jobs that work across associations).
do $$
declare
    p record;
    visible text;
begin
    for p in select c.table_name, c.column_name, c.data_type
               from pg_policies pol
               join information_schema.columns c on c.table_schema = pol.schemaname and c.table_name = pol.tablename
                and c.column_name = case when pol.tablename = 'association' then 'id' else 'association_id' end
              where pol.schemaname = current_schema() and pol.policyname = 'association_only'
    loop
        visible := format('%I = (select sillon_association()::%s)'
            || ' or (select coalesce(current_setting(''sillon.maintenance'', true), '''')) = ''on''',
            p.column_name, p.data_type);
        execute format('alter policy association_only on %I using (%s) with check (%s)', p.table_name, visible, visible);
    end loop;
end $$;

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
