-- No oracle for identity numbers in the enforcement channel (issue 9; rules §3.2, §4).
-- Runs on H2 and PostgreSQL.

-- 1. No lookup by part of a number any more: the last 4 / 6 characters are not kept. Together
--    with the date of birth they left two unknown digits of an 18-character number in a dump.
alter table enf_dishonest drop column id_last4;
alter table enf_dishonest drop column id_last6;
alter table enf_restriction drop column id_last4;
alter table enf_restriction drop column id_last6;
alter table enf_termination drop column id_last4;
alter table enf_termination drop column id_last6;

-- 2. The masked number shows the region prefix only (3303**************): the sequence digits
--    and the check character with the age pinned a number down to a few dozen candidates
--    (IdNumbers). Old values (3303**********1234) are masked again here; the read side masks
--    again anyway.
update enf_dishonest set id_masked = left(id_masked, 4) || repeat('*', length(id_masked) - 4)
    where id_masked is not null and length(id_masked) >= 15;
update enf_restriction set id_masked = left(id_masked, 4) || repeat('*', length(id_masked) - 4)
    where id_masked is not null and length(id_masked) >= 15;
update enf_termination set id_masked = left(id_masked, 4) || repeat('*', length(id_masked) - 4)
    where id_masked is not null and length(id_masked) >= 15;

-- 3. Keyed ID hashes (HMAC with a server secret, IdHashes). Rows hashed before are marked
--    unkeyed here and upgraded at start-up (IdHashUpgrade: id_hash := HMAC(key, id_hash), and
--    the record key recomputed), because the key is not known to SQL. New rows get the default.
alter table enf_dishonest add column id_hash_keyed boolean default true not null;
alter table enf_restriction add column id_hash_keyed boolean default true not null;
alter table enf_termination add column id_hash_keyed boolean default true not null;
update enf_dishonest set id_hash_keyed = false where id_hash is not null;
update enf_restriction set id_hash_keyed = false where id_hash is not null;
update enf_termination set id_hash_keyed = false where id_hash is not null;
create index enf_restriction_id_hash_idx on enf_restriction (id_hash);
create index enf_termination_id_hash_idx on enf_termination (id_hash);

-- The fingerprint (an HMAC of a constant) of the key this database is hashed with: a portal
-- started with another key refuses to start instead of silently matching nobody.
create table enf_id_hash_key (
    fingerprint  varchar(64) primary key,
    created_at   timestamp(6) with time zone not null
);

-- 4. Wrong ID numbers per name, across all clients (WrongNumberBudget): the name only as a keyed
--    hash; the window start in epoch milliseconds (the portal's clock).
create table enf_lookup_guard (
    name_key         varchar(64) primary key,
    window_start_ms  bigint      not null,
    wrong_numbers    integer     not null
);
create index enf_lookup_guard_window_idx on enf_lookup_guard (window_start_ms);
