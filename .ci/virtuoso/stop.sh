#!/usr/bin/env bash
# Stops the Virtuoso database started by .ci/virtuoso/start.sh.
#
#   .ci/virtuoso/stop.sh DBDIR [--wipe]
#
# Asks for a clean shutdown (checkpoint) over the SQL port recorded in DBDIR/virtuoso.ini, then falls back
# to TERM and KILL, always by the PID recorded in DBDIR/server.pid (never by process name).
# --wipe removes DBDIR afterwards.
set -uo pipefail

db=""
wipe=0
for arg in "$@"; do
  case "$arg" in
    --wipe) wipe=1 ;;
    *) db=$arg ;;
  esac
done
if [ -z "$db" ]; then
  echo "usage: $0 DBDIR [--wipe]" >&2
  exit 2
fi

pid_file="$db/server.pid"
if [ ! -f "$pid_file" ]; then
  echo "no server PID file in $db" >&2
  [ "$wipe" = 1 ] && rm -rf "$db"
  exit 1
fi
pid=$(cat "$pid_file")

# The SQL port of this very database, so that another instance is never shut down by mistake.
sql_address=$(awk -F= '
  /^\[/ { section = $0 }
  section == "[Parameters]" && $1 ~ /^ServerPort/ { gsub(/[ \t]/, "", $2); print $2; exit }' "$db/virtuoso.ini" 2>/dev/null)

wait_gone() {
  for _ in $(seq 1 "$1"); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  return 1
}

if kill -0 "$pid" 2>/dev/null; then
  if [ -n "$sql_address" ]; then
    timeout 60 isql-vt "$sql_address" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF exec='shutdown;' > /dev/null 2>&1 || true
  fi
  if ! wait_gone 150; then
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone 100; then
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone 50 || true
    fi
  fi
  echo "Virtuoso (PID $pid) stopped" >&2
else
  echo "Virtuoso (PID $pid) was not running" >&2
fi
rm -f "$pid_file"
if [ "$wipe" = 1 ]; then
  rm -rf "$db"
  echo "removed $db" >&2
fi
