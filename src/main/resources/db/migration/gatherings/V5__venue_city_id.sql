-- A venue points at the city record; the typed name stays for display and history (and for
-- venues outside the registry). Filled once from the names: a venue whose name is one of a
-- city's names in the same country (case aside) gets that city, unless two cities share it.
-- The city table belongs to another module and may not exist yet on a new database (the
-- gatherings module migrates first); then there are no gatherings to fill either.
alter table gathering add column venue_city_id uuid;
create index gathering_venue_city_idx on gathering (venue_city_id);

do $$
begin
    if to_regclass('city') is not null then
        update gathering g
           set venue_city_id = m.city_id
          from (select g2.id as gathering_id, min(c.id::text)::uuid as city_id, count(*) as matches
                  from gathering g2
                  join city c
                    on c.country_code = g2.venue_country
                   and lower(btrim(g2.venue_city)) in (lower(c.name_en), lower(c.name_zh), lower(c.name_ja),
                       lower(c.name_ko), lower(c.name_ru), lower(c.name_mn), lower(c.name_native))
                 group by g2.id) m
         where m.gathering_id = g.id and m.matches = 1;
    end if;
end $$;
