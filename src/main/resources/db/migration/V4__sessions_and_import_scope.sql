-- Litigant sessions that the server can end (issue 9): the signed cookie carries a random
-- session id; its hash is kept here, so logout, a reissued query code or a party leaving the
-- case end the session on every portal node and across restarts.
-- Runs on H2 (default) and PostgreSQL (production).
create table litigant_session (
    id_hash     varchar(64)  not null primary key,
    party_id    bigint       not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    ended_at    timestamp(6) with time zone,
    end_reason  varchar(16)
);
create index litigant_session_party_idx on litigant_session (party_id);
create index litigant_session_expires_idx on litigant_session (expires_at);

-- Text-import ids are a court's own document ids: scope them by court (issue 9), so that one
-- court's id can neither overwrite nor hide another court's document.
-- 'text:<id>' becomes 'text:<court code>:<id>'.
alter table judgment alter column external_id set data type varchar(200);
update judgment set external_id = 'text:' || court_code || ':' || substring(external_id from 6)
    where external_id like 'text:%';
