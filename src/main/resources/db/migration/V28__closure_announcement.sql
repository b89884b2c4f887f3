-- baskets: when a closed week was announced to the households it takes a basket from, and by whom; once only.
alter table delivery_closure add column announced_at timestamptz;
alter table delivery_closure add column announced_by varchar(100);
alter table delivery_closure add constraint delivery_closure_announced check ((announced_at is null) = (announced_by is null));
