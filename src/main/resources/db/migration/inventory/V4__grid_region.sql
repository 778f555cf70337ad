-- The grid region an inventory's scope-2 grid electricity comes from, one of the regions of its
-- country that hold stored grid factors; null: the country's national grid factor applies.
alter table inventory add column grid_region varchar(100);
