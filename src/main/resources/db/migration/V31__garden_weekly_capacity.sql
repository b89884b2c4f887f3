-- baskets: how many baskets the garden can grow and pack in a week, all drop-off points and rounds together;
-- null for no limit but each point's. A subscription that would pass it in one of its weeks waits its turn.
alter table basket_settings add column weekly_capacity integer check (weekly_capacity between 1 and 100000);
