-- baskets: when the household of a prepaid subscription was last told that its balance runs low; a top-up after it
-- lets the next low balance be told again, so that each time the balance runs low is told once.
alter table subscription add column prepaid_reminded_at timestamptz;
