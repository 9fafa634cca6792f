-- Issue 12: nothing that must be shared between web nodes lives in one JVM's memory.

-- The one rate-limit / lockout counter (org.gongkai.platform.DatabaseCounter): API tokens,
-- enforcement lookups, litigant lockouts per (case, client), and the wrong-number budget of each
-- name (key 'wrong-number:' + keyed hash of the name; it replaces enf_lookup_guard).
create table shared_counter (
    counter_key     varchar(255) not null primary key,
    window_start_ms bigint       not null,
    window_ms       bigint       not null,
    used            integer      not null
);
create index shared_counter_end_idx on shared_counter (window_start_ms);

insert into shared_counter (counter_key, window_start_ms, window_ms, used)
    select 'wrong-number:' || name_key, window_start_ms, 86400000, wrong_numbers from enf_lookup_guard;
drop table enf_lookup_guard;

-- Jobs that must run once across all nodes (expiry, session purge, change-log pruning) take a
-- lease first (org.gongkai.platform.JobLease): one conditional UPDATE decides the holder.
create table job_lease (
    name        varchar(100) not null primary key,
    holder      varchar(200) not null,
    until_ms    bigint       not null,
    last_run_ms bigint
);

-- The index outbox becomes a change log: every node's embedded index applies every row and
-- keeps its own cursor (in the index's commit data); rows are pruned once every live node is past
-- them. index_node records each node's cursor for that; index_log_state how far pruning went
-- (a node whose cursor is behind it has missed changes and rebuilds its index).
--
-- GONGKAI_SEARCH=cluster: the nodes share one search cluster, so the log is applied to it once
-- across nodes: the cluster has ONE cursor, the row 'cluster:<alias>' here, and a node applies a
-- batch while it holds that row's lock (select ... for update). Above the mark cursor_id, high_id
-- is the highest id applied and applied_above how many ids in between were (more rows there than
-- that means one committed late into a hole); hole_id / hole_seen_ms say since when the
-- first missing id has been waited for (a transaction still committing, or a rollback once the
-- grace period is over), whichever node noticed it. A cluster rebuild holds the log back with a
-- row 'rebuild:<alias>' until it has replayed what changed meanwhile.
create table index_node (
    node_id      varchar(64)  not null primary key,
    host         varchar(200) not null,
    cursor_id    bigint       not null,
    seen_at_ms   bigint       not null,
    high_id      bigint,
    applied_above integer,
    hole_id      bigint,
    hole_seen_ms bigint
);
-- log_id names this database's log (set by the first node): an index whose cursor was kept in
-- another database's log (a replaced or restored database) is rebuilt, not trusted.
create table index_log_state (
    id             integer     not null primary key,
    pruned_through bigint      not null,
    log_id         varchar(64)
);
insert into index_log_state (id, pruned_through) values (1, 0);
