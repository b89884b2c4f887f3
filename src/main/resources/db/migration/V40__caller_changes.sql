-- accounts: who a call is (an account, its roles, its tokens) changes rarely and is asked at every request. Each
-- server remembers the callers it authenticated (CallerCache) and listens on the channel sillon_callers, on which
-- any change to these rows is told at its commit, whichever server or script made it: the server then forgets
-- them all. A token's last use and an account's last login, written as they are used, are no change to who calls.
create function sillon_callers_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('sillon_callers', '');
    return null;
end $$;

create trigger account_changes_callers after update on account for each row
    when ((to_jsonb(old) - 'last_login_at' - 'version') is distinct from (to_jsonb(new) - 'last_login_at' - 'version'))
    execute function sillon_callers_changed();
create trigger api_token_changes_callers after update on api_token for each row
    when ((to_jsonb(old) - 'last_used_at' - 'version') is distinct from (to_jsonb(new) - 'last_used_at' - 'version'))
    execute function sillon_callers_changed();
create trigger account_role_changes_callers after insert or update on account_role for each row
    execute function sillon_callers_changed();

-- Rows gone, one by one or all at once.
create trigger account_gone after delete or truncate on account for each statement
    execute function sillon_callers_changed();
create trigger api_token_gone after delete or truncate on api_token for each statement
    execute function sillon_callers_changed();
create trigger account_role_gone after delete or truncate on account_role for each statement
    execute function sillon_callers_changed();
