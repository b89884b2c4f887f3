-- Background jobs (platform): long work claimed by one server at a time, run in chunks whose checkpoint is
-- committed with their work, resumed from the last one after a crash. See docs/architecture.md.
-- Ids are taken with nextval by the native insert (no JPA allocation), hence a plain sequence.
create sequence background_job_seq;

create table background_job (
    id          bigint primary key,
    kind        varchar(40) not null,   -- which JobHandler runs it ('import')
    subject_id  bigint,                 -- what it works on, a row of the handler's component (an import_job)
    actor       varchar(100) not null,  -- who started it: the audit trail names them for what it changes
    status      varchar(10) not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    checkpoint  text,                   -- where the last committed chunk ended, in the handler's terms
    progress    integer not null default 0,
    total       integer,
    claims      integer not null default 0,  -- times a server took it; fences every write of a claim
    failures    integer not null default 0,  -- failed chunks and takeovers since the last committed chunk
    owner       varchar(200),                -- the server holding the lease; null when handed back
    lease_until timestamp with time zone not null, -- claimable from then on while QUEUED or RUNNING
    last_error  varchar(2000),
    failure     varchar(2000),               -- why the work was given up; its undo phase follows
    created_at  timestamp with time zone not null,
    started_at  timestamp with time zone,
    ended_at    timestamp with time zone
);
create index background_job_due on background_job (lease_until, id) where status in ('QUEUED', 'RUNNING');
create index background_job_subject on background_job (kind, subject_id);
