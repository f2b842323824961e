#!/usr/bin/env bash
# Stops the server started by .ci/start-postgres.sh (same CRMSYNC_PG_DIR); a no-op when it is not running.
set -euo pipefail

data_dir="${CRMSYNC_PG_DIR:-/tmp/crmsync-pg}"
pg_ctl="$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V -r | head -1)"
pg_ctl="${pg_ctl:-$(command -v pg_ctl || true)}"
if [[ -z "$pg_ctl" || ! -f "$data_dir/PG_VERSION" ]]; then
  echo "No PostgreSQL data directory at $data_dir; nothing to stop" >&2
  exit 0
fi

as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if as_owner "$pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  as_owner "$pg_ctl" -D "$data_dir" -m fast -w stop >&2
else
  echo "PostgreSQL from $data_dir is not running" >&2
fi
