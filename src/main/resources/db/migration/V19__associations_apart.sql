-- Several associations on one database, strictly apart. Every association-owned row carries its association;
-- row-level security shows a transaction only the rows of the association it is bound to (the transaction-local
-- setting sillon.association, set by AssociationBinder), so that a query that forgets to filter finds nothing
-- rather than another association's data. The application's role must not be a superuser nor BYPASSRLS
-- (SchemaMigration refuses to start otherwise); FORCE makes the policies hold for the tables' owner too.

-- The association a statement works for, or null (then association-owned tables show nothing). The maintenance
-- setting opens them, transaction-locally, for the few reads that look across associations (AcrossAssociations)
-- and for migrations that must touch every association's rows (set local sillon.maintenance = 'on').
create function sillon_association() returns bigint language sql stable as $$
    select nullif(current_setting('sillon.association', true), '')::bigint
$$;
create function sillon_visible(owner bigint) returns boolean language sql stable as $$
    select owner = sillon_association() or coalesce(current_setting('sillon.maintenance', true), '') = 'on'
$$;

-- association_id is an integer (not a bigint like the ids): EclipseLink's tenant discriminator reads it as an
-- Integer, and relationships fetched in batches find their rows by keys that include it (a Long would not match).

-- One association per installation stays the default: an installation without one gets a first, to be named.
insert into association (id, name, version)
select nextval('association_seq'), 'Mon association', 0 where not exists (select 1 from association);

alter table production_site alter column association_id type integer;

do $$
declare
    first_association bigint := (select min(id) from association);
    t text;
    c record;
    owned text[] := array['account', 'account_role', 'api_token', 'audit_event', 'background_job',
        'consent_record', 'duplicate_dismissal', 'follow_up_task', 'household', 'household_solidarity',
        'household_status_change', 'import_job', 'import_line', 'interaction', 'organisation',
        'organisation_contact', 'organisation_role', 'outbox_message', 'person', 'person_merge', 'person_note',
        'person_tag', 'personal_data_request', 'saved_filter'];
begin
    foreach t in array owned loop
        execute format('alter table %I add column association_id integer', t);
        execute format('update %I set association_id = %s', t, first_association);
        execute format('alter table %I alter column association_id set not null,'
            || ' alter column association_id set default sillon_association(),'
            || ' add foreign key (association_id) references association (id)', t);
        execute format('create index %I on %I (association_id)', t || '_association', t);
    end loop;

    -- A row refers only to rows of its own association: each key between association-owned tables includes
    -- the association (foreign key checks do not see the policies, so the policies alone would not stop it).
    foreach t in array owned || array['production_site'] loop
        if exists (select 1 from information_schema.columns where table_name = t and column_name = 'id') then
            execute format('alter table %I add constraint %I unique (association_id, id)', t, t || '_association_id_key');
        end if;
    end loop;
    for c in
        select k.conname, k.conrelid::regclass::text as tbl, a.attname as col, pg_get_constraintdef(k.oid) as def
          from pg_constraint k
          join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
         where k.contype = 'f' and cardinality(k.conkey) = 1 and a.attname <> 'association_id'
           and k.conrelid::regclass::text = any(owned) and k.confrelid::regclass::text = any(owned)
    loop
        execute format('alter table %I drop constraint %I', c.tbl, c.conname);
        execute format('alter table %I add constraint %I %s', c.tbl, c.conname,
            regexp_replace(regexp_replace(c.def,
                '^FOREIGN KEY \((\w+)\) REFERENCES (\w+)\(id\)', 'FOREIGN KEY (association_id, \1) REFERENCES \2(association_id, id)'),
                'ON DELETE SET NULL', 'ON DELETE SET NULL (' || c.col || ')'));
    end loop;

    foreach t in array owned || array['production_site'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy association_only on %I using (sillon_visible(association_id))'
            || ' with check (sillon_visible(association_id))', t);
    end loop;
end $$;

-- An association sees its own row only.
alter table association enable row level security;
alter table association force row level security;
create policy association_only on association using (sillon_visible(id)) with check (sillon_visible(id));

-- What was unique in the installation is unique in the association. Usernames, account emails and token
-- hashes stay unique across all: they are how a person logs in, before any association is known.
drop index person_email_key;
create unique index person_email_key on person (association_id, email) where email is not null;
