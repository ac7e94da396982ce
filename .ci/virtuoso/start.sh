#!/usr/bin/env bash
# Starts a private Virtuoso Open Source 7.2 database for integration tests and benchmarks.
#
#   .ci/virtuoso/start.sh DBDIR
#
# The database lives in DBDIR (created when missing, reused when present) and listens on 127.0.0.1 only.
# The Debian package's own system service (0.0.0.0:8890/1111) is never used.
#
# Environment (all optional):
#   KG_VIRTUOSO_HTTP_PORT  HTTP port (SPARQL, Graph Store)      default 18890
#   KG_VIRTUOSO_SQL_PORT   SQL port (isql-vt)                    default 11111
#   KG_VIRTUOSO_BUFFERS    NumberOfBuffers (8 KiB pages)         default 100000 (~800 MB)
#   KG_VIRTUOSO_DIRS       extra folders the bulk loader may read default /tmp
#   KG_VIRTUOSO_TIMEOUT    seconds to wait for readiness         default 120
#
# On success the last line on stdout is the server PID; the endpoints to export for the tests are printed
# on stderr. Writes through /sparql and /sparql-graph-crud are open to anyone on loopback: test use only.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DBDIR" >&2
  exit 2
fi

db=$1
http_port=${KG_VIRTUOSO_HTTP_PORT:-18890}
sql_port=${KG_VIRTUOSO_SQL_PORT:-11111}
buffers=${KG_VIRTUOSO_BUFFERS:-100000}
dirty=$(( buffers * 3 / 4 ))
extra_dirs=${KG_VIRTUOSO_DIRS:-/tmp}
wait_seconds=${KG_VIRTUOSO_TIMEOUT:-120}

server=$(command -v virtuoso-t || true)
isql=$(command -v isql-vt || true)
if [ -z "$server" ] || [ -z "$isql" ]; then
  echo "virtuoso-t or isql-vt is missing; install with:" >&2
  echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource" >&2
  exit 2
fi

# The folder that holds the Conductor VAD, looked up through dpkg so that a package layout change is noticed.
vad_file=$(dpkg -L virtuoso-vad-conductor 2>/dev/null | grep -m1 '\.vad$' || true)
vad_dir=$(dirname "${vad_file:-/nonexistent/x}")

mkdir -p "$db/www"
db=$(cd "$db" && pwd)
pid_file="$db/server.pid"
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "a Virtuoso server (PID $(cat "$pid_file")) already runs on $db" >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; then
  echo "port $http_port on 127.0.0.1 is already in use; set KG_VIRTUOSO_HTTP_PORT" >&2
  exit 1
fi

cat > "$db/virtuoso.ini" <<INI
; Written by .ci/virtuoso/start.sh for a private test database on loopback.
[Database]
DatabaseFile       = $db/kg.db
ErrorLogFile       = $db/kg.log
LockFile           = $db/kg.lck
TransactionFile    = $db/kg.trx
xa_persistent_file = $db/kg.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $db/kg-temp.db
TransactionFile    = $db/kg-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$sql_port
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 20
CheckpointInterval       = 60
CaseMode                 = 2
AllowOSCalls             = 0
DirsAllowed              = ., $db, $vad_dir, $extra_dirs
VADInstallDir            = $vad_dir/
NumberOfBuffers          = $buffers
MaxDirtyBuffers          = $dirty
MaxQueryMem              = 1G
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4

[HTTPServer]
ServerPort               = 127.0.0.1:$http_port
ServerRoot               = $db/www
MaxClientConnections     = 20
ServerThreads            = 20
MaxKeepAlives            = 10
KeepAliveTimeout         = 10
EnabledDavVSP            = 0
HTTPProxyEnabled         = 0
HttpPrintWarningsInOutput = 0
Charset                  = UTF-8
EnabledGzipContent       = 1

[Client]
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT   = 0

[SPARQL]
; The stock limits (10000 rows, 60 s) make Virtuoso truncate results without an error.
ResultSetMaxRows           = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
INI

cd "$db"
started=$(date +%s)
# +foreground keeps the real server as our child, so $! is its PID.
nohup "$server" +foreground +configfile "$db/virtuoso.ini" > "$db/console.log" 2>&1 < /dev/null &
pid=$!
echo "$pid" > "$pid_file"

ready=0
deadline=$(( started + wait_seconds ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "Virtuoso stopped during start-up:" >&2
    tail -n 20 "$db/kg.log" "$db/console.log" >&2 2>/dev/null || true
    rm -f "$pid_file"
    exit 1
  fi
  # Ready means the log reports the server online and the HTTP listener answers a query.
  if grep -q "Server online at" "$db/kg.log" 2>/dev/null \
     && curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; then
    ready=1
    break
  fi
  sleep 0.25
done
if [ "$ready" != 1 ]; then
  echo "Virtuoso (PID $pid) did not become ready within $wait_seconds s; see $db/kg.log" >&2
  exit 1
fi

# One grant lets the anonymous "SPARQL" user run SPARQL Update on /sparql and write through the Graph Store
# endpoint /sparql-graph-crud (without it: SR186 on updates, 403 SR575 on Graph Store writes).
if ! "$isql" "127.0.0.1:$sql_port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
     exec='GRANT SPARQL_UPDATE TO "SPARQL"; checkpoint;' > "$db/grant.log" 2>&1; then
  echo "granting SPARQL_UPDATE failed; see $db/grant.log" >&2
  exit 1
fi

# Prove the grants: a Graph Store PUT and DELETE on a scratch graph.
probe="http://127.0.0.1:$http_port/sparql-graph-crud?graph-uri=urn%3Akg%3Astart-probe"
if ! printf '<urn:kg:s> <urn:kg:p> "probe" .\n' | curl -sf -o /dev/null --max-time 10 -X PUT \
       -H 'Content-Type: application/n-triples' --data-binary @- "$probe" \
   || ! curl -sf -o /dev/null --max-time 10 -X DELETE "$probe"; then
  echo "Virtuoso runs but the Graph Store endpoint refuses writes; see $db/kg.log" >&2
  exit 1
fi

echo "Virtuoso ready after $(( $(date +%s) - started )) s in $db" >&2
echo "  export KG_TEST_SPARQL_ENDPOINT=http://127.0.0.1:$http_port/sparql" >&2
echo "  export KG_TEST_GSP_ENDPOINT=http://127.0.0.1:$http_port/sparql-graph-crud" >&2
echo "  isql-vt 127.0.0.1:$sql_port dba dba" >&2
echo "$pid"
