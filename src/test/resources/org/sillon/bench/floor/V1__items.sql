create table item (
    id bigint primary key,
    name text not null,
    email text,
    version bigint not null default 0
);
insert into item (id, name, email)
select n, 'Item ' || lpad(n::text, 4, '0'), 'item' || n || '@example.org' from generate_series(1, 200) n;
