#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the storage tests and prints its connection string as the last stdout line:
#   export CRMSYNC_TEST_PG=$(bash .ci/start-postgres.sh | tail -1)
# Idempotent: a second call reuses the running server. Stop it with .ci/stop-postgres.sh.
# Env: CRMSYNC_PG_DIR (data dir, default /tmp/crmsync-pg), CRMSYNC_PG_PORT (first port to try, default 55432).
set -euo pipefail

# Everything but the final connection string goes to stderr.
exec 3>&1 1>&2

data_dir="${CRMSYNC_PG_DIR:-/tmp/crmsync-pg}"
first_port="${CRMSYNC_PG_PORT:-55432}"
port_file="$data_dir/crmsync.port"
log_file="$data_dir/server.log"

find_bin_dir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/pg_ctl" && -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  done
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0
  fi
  return 1
}

bin_dir="$(find_bin_dir || true)"
if [[ -z "$bin_dir" ]]; then
  echo "PostgreSQL binaries not found; installing the postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >&2
  bin_dir="$(find_bin_dir)"
fi
echo "Using PostgreSQL binaries in $bin_dir" >&2

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

connection_string() {
  echo "Host=127.0.0.1;Port=$1;Username=postgres;Password=postgres;Database=postgres"
}

wait_ready() {
  local port="$1"
  for _ in $(seq 1 60); do
    if "$bin_dir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then return 0; fi
    sleep 0.5
  done
  echo "PostgreSQL did not become ready on port $port; log: $log_file" >&2
  tail -n 30 "$log_file" >&2 || true
  return 1
}

if [[ -f "$port_file" ]] && as_owner "$bin_dir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  port="$(cat "$port_file")"
  echo "PostgreSQL already running from $data_dir on port $port" >&2
  wait_ready "$port"
  connection_string "$port" >&3
  exit 0
fi

if [[ ! -f "$data_dir/PG_VERSION" ]]; then
  mkdir -p "$data_dir"
  [[ $EUID -eq 0 ]] && chown postgres: "$data_dir"
  chmod 700 "$data_dir"
  # Trust auth on loopback only: a disposable test server, never a deployed one.
  as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --no-locale >&2
fi

port="$first_port"
while port_taken "$port"; do
  port=$((port + 1))
  if (( port > first_port + 100 )); then echo "No free port from $first_port to $port" >&2; exit 1; fi
done
echo "$port" > "$port_file"
[[ $EUID -eq 0 ]] && chown postgres: "$port_file"

# fsync off: test data is disposable and CREATE DATABASE per test class gets much faster.
# 3>&- : the server must not inherit the captured stdout, or `$(... | tail -1)` waits for it to exit.
as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data_dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  >&2 3>&-
wait_ready "$port"
echo "PostgreSQL started from $data_dir on port $port" >&2
connection_string "$port" >&3
