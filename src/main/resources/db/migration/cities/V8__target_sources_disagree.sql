-- Two targets whose sources state the same commitment in ways that cannot both be true (the
-- 2014 note gives Jilin's 2030 figure once as 60 % of business as usual, once as a 60 % cut of
-- carbon intensity). Both are kept as the sources say them; each points to the other so that
-- the registry can show the disagreement instead of silently choosing one.
alter table climate_target add column sources_disagree_with uuid references climate_target (id) on delete set null;
