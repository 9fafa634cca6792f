#!/usr/bin/env bash
# First start of the primary only: the replication role the standby clones and streams with
# (its password: the line for replicator in /etc/gongkai/pgpass, given as a secret).
set -euo pipefail
pass="$(awk -F: '$4 == "replicator" {print $5}' /run/secrets/pgpass 2>/dev/null || true)"
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" \
  -c "CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${pass:?replicator password missing in pgpass}'"
