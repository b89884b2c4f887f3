-- accounts: login throttling by client address instead of by username. Locking a username let anyone lock
-- out anyone; its rows are worthless now and go with the table.
drop table login_throttle;

-- one row per client address (an IPv4 address or an IPv6 /64) that failed a password check
create table login_throttle (
    address         varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    -- when a success last forgave the failures: at most once an hour
    forgiven_at     timestamptz
);
-- the table is kept bounded by deleting its quiet and oldest rows
create index login_throttle_last_failure on login_throttle (last_failure_at);
