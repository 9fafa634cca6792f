-- Change feed (issue 15): every public change of a judgment or an enforcement listing, in
-- commit order, with the content hash of the public record after the change. Runs on H2 and
-- PostgreSQL.
--
-- Sequence numbers come from the one row of change_counter, incremented in the same
-- transaction as the change: the row stays locked until that transaction ends, so numbers
-- are handed out in commit order and without gaps (a rolled-back change gives its number
-- back). A reader that has seen seq N has seen every change up to N: a sequence or identity
-- column would let a slow transaction commit N after a reader had already moved past it.
create table change_counter (
    id       integer primary key,
    last_seq bigint  not null
);
insert into change_counter (id, last_seq) values (1, 0);

create table change_log (
    seq             bigint       primary key,
    channel         varchar(16)  not null,
    record_id       bigint       not null,
    kind            varchar(16)  not null,
    at              timestamp(6) with time zone not null,
    hash            varchar(64),
    reason_category varchar(32),
    court_code      varchar(16),
    label           varchar(200)
);
create index change_log_record_idx on change_log (channel, record_id, seq);
create index change_log_kind_idx on change_log (kind, seq);
