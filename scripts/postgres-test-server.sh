#!/bin/sh
# A PostgreSQL server for the store tests, from Debian's packages: installed if missing, its
# cluster started, a role and a database made; idempotent. Prints the line to eval:
#   export COMMUNIQUE_TEST_PG=postgresql://communique_test:...@127.0.0.1:PORT/communique_test
# Used by .ci/run; run it by hand (as root) for the same setup on a developer's machine.
set -eu
PORT="${COMMUNIQUE_TEST_PG_PORT:-5432}"
if ! command -v pg_lsclusters >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
fi
VERSION="$(pg_lsclusters -h | awk 'NR == 1 {print $1}')"
if [ -z "$VERSION" ]; then
    VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
CLUSTER_PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"
pg_ctlcluster "$VERSION" main start >&2 2>/dev/null || true  # already running is fine
pg_ctlcluster "$VERSION" main status >/dev/null
# the server takes a moment to accept connections after a start
i=0
until su postgres -c "psql -p $CLUSTER_PORT -qtAc 'SELECT 1'" >/dev/null 2>&1; do
    i=$((i + 1)); [ "$i" -lt 60 ] || { echo "PostgreSQL did not start" >&2; exit 1; }; sleep 1
done
su postgres -c "psql -p $CLUSTER_PORT -qtAc \"DO \\\$\\\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'communique_test') THEN
        CREATE ROLE communique_test LOGIN PASSWORD 'communique_test';
    END IF; END \\\$\\\$\"" >&2
if ! su postgres -c "psql -p $CLUSTER_PORT -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'communique_test'\"" | grep -q 1; then
    su postgres -c "createdb -p $CLUSTER_PORT -O communique_test communique_test" >&2
fi
su postgres -c "psql -p $CLUSTER_PORT -qtAc 'ALTER DATABASE communique_test OWNER TO communique_test'" >&2
echo "export COMMUNIQUE_TEST_PG=postgresql://communique_test:communique_test@127.0.0.1:$CLUSTER_PORT/communique_test"
