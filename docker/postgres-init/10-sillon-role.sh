#!/bin/sh
# Runs once, when the database is created. The image makes POSTGRES_USER a superuser, which row-level
# security does not bind: Sillon connects as "sillon" instead, neither superuser nor BYPASSRLS, owner of the
# schema its migrations fill (see docs/configuration.md, "Database").
set -e
psql -v ON_ERROR_STOP=1 -v password="$SILLON_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
create role sillon login password :'password' nosuperuser nobypassrls;
alter schema public owner to sillon;
select format('grant create on database %I to sillon', current_database()) \gexec
SQL
