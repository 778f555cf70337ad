-- Token buckets of the API's request limits (per API token and per client address), shared by all nodes.
create table api_rate_bucket (
    bucket_key varchar(100) primary key,
    state      bytea        not null,
    updated_at timestamptz  not null
);
create index api_rate_bucket_updated_idx on api_rate_bucket (updated_at);
