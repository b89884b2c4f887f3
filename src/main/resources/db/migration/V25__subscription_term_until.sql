-- baskets: each term says until which week it runs (exclusive; null for the last), so that the term in force in
-- a week is a plain range condition that a statement over many weeks and subscriptions matches in one pass.
alter table subscription_term add column until_week varchar(8) check (until_week ~ '^[0-9]{4}-W[0-9]{2}$');
update subscription_term t set until_week = n.next_week
  from (select id, lead(from_week) over (partition by subscription_id order by from_week) next_week
          from subscription_term) n
 where n.id = t.id and n.next_week is not null;
alter table subscription_term add check (until_week is null or until_week > from_week);
