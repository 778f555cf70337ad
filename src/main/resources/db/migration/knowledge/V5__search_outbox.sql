-- Hibernate Search's outbox-polling coordination (lccp.search.coordination=outbox-polling):
-- every change of an indexed item is queued here in the same transaction as the item, and the
-- event processors of the nodes (registered in hsearch_agent, one shard each) index it. The
-- tables stay empty with the default coordination. Their shape is the one Hibernate Search
-- maps (generated from its mapping for PostgreSQL).
create table hsearch_agent (
    id                   uuid          not null primary key,
    type                 varchar(255)  not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                               'EVENT_PROCESSING_STATIC_SHARDING',
                                                               'MASS_INDEXING')),
    name                 varchar(255)  not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)  not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              bytea
);

create table hsearch_outbox_event (
    id             uuid          not null primary key,
    entity_name    varchar(256)  not null,
    entity_id      varchar(256)  not null,
    entity_id_hash integer       not null,
    payload        bytea         not null,
    retries        integer       not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)  not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);

create index processAfter on hsearch_outbox_event (process_after);
