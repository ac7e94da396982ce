#!/usr/bin/env bash
# Pushes a generated 1M-triple graph to a running Virtuoso three ways and prints triples/s and ratios:
#   kg push (Graph Store: a PUT, then POSTs of KG_PUSH_CHUNK triples, default 100000, KG_PUSH_PARALLEL in flight,
#   default 2, sent while the file is still being read)  vs  curl (one Graph Store PUT of the same file)  vs  the
#   Virtuoso bulk loader. Every figure is wall clock for the whole command, kg's start-up and parsing included.
#
#   bench/push/push-bench.sh [TRIPLES]        (default 1000000; KG_BENCH_RUNS rounds, default 3: medians)
# Each round runs kg, curl and the bulk loader in turn, into emptied graphs: this machine's speed drifts by a fifth
# from one minute to the next, so medians of interleaved runs compare the methods under the same conditions.
# Needs Virtuoso from .ci/virtuoso/start.sh (env KG_VIRTUOSO_HTTP_PORT / KG_VIRTUOSO_SQL_PORT as there) and
# the data generator at ../shared/docs/stores/gen-news-kg.py. Data goes to /tmp/kg-push-bench.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
triples=${1:-1000000}
runs=${KG_BENCH_RUNS:-3}
http=http://127.0.0.1:${KG_VIRTUOSO_HTTP_PORT:-18890}
sql=127.0.0.1:${KG_VIRTUOSO_SQL_PORT:-11111}
data=/tmp/kg-push-bench
mkdir -p "$data"
file=$data/news-$triples.nt
if [ ! -f "$file" ]; then
  python3 "$root/../shared/docs/stores/gen-news-kg.py" --triples "$triples" --out "$data/news-$triples" >&2
fi
count=$(wc -l < "$file")
dotnet build -c Release "$root/src/KnowledgeGraph.Cli" -o "$data/kg" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
drop() { curl -s -o /dev/null -X DELETE "$http/sparql-graph-crud?graph=$1" || true; }
remote_count() {
  curl -s -G -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$1> { ?s ?p ?o } }" "$http/sparql" | tail -1
}
check() { # graph name: the remote graph must hold every triple
  local n; n=$(remote_count "$1")
  [ "$n" = "$count" ] || { echo "$2: remote graph holds $n triples, expected $count" >&2; exit 1; }
}
timed() { # name command...: appends the wall time to $work/name
  local name=$1 t0 t1; shift
  t0=$(now); "$@"; t1=$(now)
  echo "$t1 - $t0" | bc -l >> "$work/$name"
}

g_kg=http://example.org/bench/kg; g_curl=http://example.org/bench/curl; g_bulk=http://example.org/bench/bulk
push_kg() {
  "$data/kg/kg" push --endpoint "$http/sparql" --default-graph "$g_kg" --chunk-size "${KG_PUSH_CHUNK:-100000}" \
    --parallel "${KG_PUSH_PARALLEL:-2}" "$file" > "$data/kg-push.log" 2>&1 || { cat "$data/kg-push.log" >&2; exit 1; }
}
push_curl() {
  curl -s -f -o /dev/null --max-time 600 -X PUT -H 'Content-Type: application/n-triples' --data-binary @"$file" "$http/sparql-graph-crud?graph=$g_curl"
}
bulk_load() {
  isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
    exec="ld_dir('$data', 'news-$triples.nt', '$g_bulk'); rdf_loader_run(); checkpoint;" > /dev/null
}

for _ in $(seq "$runs"); do
  drop "$g_kg"; drop "$g_curl"; drop "$g_bulk"
  isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF exec="DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$data/%';" > /dev/null
  timed kg push_kg; check "$g_kg" "kg push"
  timed curl push_curl; check "$g_curl" curl
  timed bulk bulk_load; check "$g_bulk" "bulk loader"
done
drop "$g_kg"; drop "$g_curl"; drop "$g_bulk"

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rate() { awk -v n="$count" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
echo "triples in file: $count; $runs rounds; every remote graph checked to hold them all"
printf '%-38s %12s %12s   %s\n' method "median s" triples/s "runs (s)"
for m in kg curl bulk; do
  case $m in
    kg) label="kg push (${KG_PUSH_CHUNK:-100000}/chunk, ${KG_PUSH_PARALLEL:-2} in flight)" ;;
    curl) label="curl (one GSP PUT)" ;;
    bulk) label="Virtuoso bulk loader" ;;
  esac
  s=$(median "$work/$m")
  printf '%-38s %12.2f %12s   %s\n' "$label" "$s" "$(rate "$s")" "$(sort -g "$work/$m" | awk '{ printf "%.2f ", $1 }')"
done
awk -v k="$(median "$work/kg")" -v c="$(median "$work/curl")" -v b="$(median "$work/bulk")" \
  'BEGIN { printf "kg/curl = %.2f (goal >= 0.8), kg/bulk = %.2f\n", c / k, b / k }'
