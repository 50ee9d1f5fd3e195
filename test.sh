#!/usr/bin/env bash
# Install everything (first time only) and run the whole test suite headless:
# once on SQLite, then once more against a real PostgreSQL server, which this
# script starts (Debian's postgresql, installed by scripts/bootstrap.sh dev).
#
#   ./test.sh                       both passes
#   ./test.sh tests/app -x          both passes, pytest's arguments
#   REGULARS_TEST_PG=postgresql+psycopg://user:pw@host/db ./test.sh   use that server instead
#   REGULARS_SKIP_POSTGRES=1 ./test.sh                                 SQLite only (said loudly)
#
# If PostgreSQL cannot be started the script fails: the second pass is part
# of the suite, never skipped silently.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh dev
export QT_QPA_PLATFORM=offscreen

PG_ROLE=regulars_test
started_cluster=""

say() { printf '\n== %s\n' "$*"; }
die() { printf '\n!! %s\n' "$*" >&2; exit 1; }

as_postgres() {
  # psql as the cluster's superuser, from a folder it may enter
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

start_postgres() {
  if [ -n "${REGULARS_TEST_PG:-}" ]; then
    pg_url="$REGULARS_TEST_PG"
    return 0
  fi
  command -v pg_lsclusters >/dev/null || die "PostgreSQL is not installed (scripts/bootstrap.sh dev installs it)."
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]; then
    local ver; ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $sudo pg_createcluster "$ver" main >/dev/null || die "could not create a PostgreSQL $ver cluster"
  fi
  local ver name port status
  read -r ver name port status _ <<<"$(pg_lsclusters --no-header | head -1)"
  if [ "$status" != online ]; then
    # started for the tests only: durability off (the per-test databases are
    # thrown away), and stopped again when the tests are done
    $sudo pg_ctlcluster "$ver" "$name" start -- \
      -o "-c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      || die "PostgreSQL $ver/$name did not start: see /var/log/postgresql/postgresql-$ver-$name.log"
    started_cluster="$ver $name"
  fi
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$port" && break; sleep 1; done
  pg_isready -q -h localhost -p "$port" || die "PostgreSQL $ver/$name on port $port does not answer"
  # a role that may create (and drop) the per-test databases, nothing more
  if PGPASSWORD=$PG_ROLE psql -h localhost -p "$port" -U "$PG_ROLE" -d postgres -qtAc "SELECT 1" >/dev/null 2>&1; then
    :  # there and usable (re-setting the password would make a login in progress elsewhere fail)
  elif as_postgres psql -p "$port" -qtAc "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'" | grep -q 1; then
    as_postgres psql -p "$port" -qc "ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_ROLE'" >/dev/null
  else
    as_postgres psql -p "$port" -qc "CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_ROLE'" >/dev/null
  fi
  as_postgres psql -p "$port" -qc "ALTER ROLE $PG_ROLE SET synchronous_commit = off" >/dev/null
  pg_url="postgresql+psycopg://$PG_ROLE:$PG_ROLE@localhost:$port/postgres"
}

stop_postgres() {
  if [ -n "$started_cluster" ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # shellcheck disable=SC2086
    $sudo pg_ctlcluster $started_cluster stop || true
  fi
}
trap stop_postgres EXIT

status=0
say "SQLite pass"
SECONDS=0
env -u REGULARS_TEST_DB .venv/bin/python -m pytest "$@" || status=$?
say "SQLite pass: exit $status, ${SECONDS}s"

if [ "${REGULARS_SKIP_POSTGRES:-}" = 1 ]; then
  printf '\n!! REGULARS_SKIP_POSTGRES=1: the PostgreSQL pass was NOT run\n' >&2
  exit "$status"
fi
pg_url=""
start_postgres
say "PostgreSQL pass (${pg_url/:$PG_ROLE@/:***@})"
SECONDS=0
pg_status=0
REGULARS_TEST_DB="$pg_url" .venv/bin/python -m pytest "$@" || pg_status=$?
say "PostgreSQL pass: exit $pg_status, ${SECONDS}s"
[ "$status" -ne 0 ] && exit "$status"
exit "$pg_status"
