-- Moves on with every write of indicator values: caches of derived views (the peer space, the
-- standard index) compare it instead of counting the values on every request.
create sequence benchmarking_values_version;
