-- baskets: what is in each size of basket in a week (vegetables and quantities, with the partner farm a bought-in
-- product comes from), the animator's paragraph of news or a recipe, and when the week's letter (the "feuille de
-- chou") went to the households receiving a basket: once a week.
create sequence week_contents_seq start with 50 increment by 50 minvalue 50;
create table week_contents (
    id             bigint primary key,
    association_id integer     not null default sillon_association() references association (id),
    iso_week       varchar(8)  not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    news           varchar(4000),
    sent_at        timestamptz,
    sent_by        varchar(100),
    letters        integer,
    version        bigint      not null,
    unique (association_id, id),
    unique (association_id, iso_week),
    check ((sent_at is null) = (sent_by is null))
);

create table week_content_line (
    association_id   integer      not null default sillon_association() references association (id),
    week_contents_id bigint       not null,
    position         integer      not null,
    size_offer_id    bigint       not null,
    product          varchar(100) not null,
    quantity         varchar(50),
    origin           varchar(100),
    primary key (week_contents_id, position),
    foreign key (association_id, week_contents_id) references week_contents (association_id, id) on delete cascade,
    foreign key (association_id, size_offer_id) references basket_offer (association_id, id) on delete restrict
);

alter table week_contents enable row level security;
alter table week_contents force row level security;
create policy association_only on week_contents using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table week_content_line enable row level security;
alter table week_content_line force row level security;
create policy association_only on week_content_line using (sillon_visible(association_id)) with check (sillon_visible(association_id));
