-- baskets: when the household was reminded that its subscription ends, for its last week as it then stood; a
-- renewal or an earlier end clears it, so that each last week is reminded once.
alter table subscription add column reminded_at timestamptz;
