-- Lines edited one by one on the page and recalculated when the factor library changes.
-- input: what the line was given besides fuel, amount, unit and density (its own factors per
-- gas with source, gases emitted directly), as JSON, so that the edit form shows it again and a
-- recalculation starts from it; library_factors: the line gave no factors of its own and took the
-- library's (a city factor, the country's grid factor or the IPCC defaults), so a later change of
-- the library concerns it. fictitious marks the training inventory of an invented city.
alter table inventory_entry add column input text;
alter table inventory_entry add column library_factors boolean not null default false;
alter table inventory add column fictitious boolean not null default false;
