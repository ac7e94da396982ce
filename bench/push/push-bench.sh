#!/usr/bin/env bash
# Pushes a generated 1M-triple graph to a running Virtuoso three ways and prints triples/s and ratios:
#   kg push (Graph Store, chunked PUT+POST; chunk size KG_PUSH_CHUNK, default 100000; POSTs in flight KG_PUSH_PARALLEL, default 2)  vs  curl (one Graph Store PUT of the same file)  vs  the bulk loader.
#
#   bench/push/push-bench.sh [TRIPLES]        (default 1000000)
# Needs Virtuoso from .ci/virtuoso/start.sh (env KG_VIRTUOSO_HTTP_PORT / KG_VIRTUOSO_SQL_PORT as there) and
# the data generator at ../shared/docs/stores/gen-news-kg.py. Data goes to /tmp/kg-push-bench.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
triples=${1:-1000000}
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
now() { date +%s.%N; }
rate() { awk -v n="$count" -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", n / (b - a) }'; }
drop() { curl -s -o /dev/null -X DELETE "$http/sparql-graph-crud?graph=$1" || true; }
remote_count() {
  curl -s -G -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$1> { ?s ?p ?o } }" "$http/sparql" | tail -1
}

g_kg=http://example.org/bench/kg; g_curl=http://example.org/bench/curl; g_bulk=http://example.org/bench/bulk
drop "$g_kg"; drop "$g_curl"; drop "$g_bulk"

t0=$(now)
"$data/kg/kg" push --endpoint "$http/sparql" --default-graph "$g_kg" --chunk-size "${KG_PUSH_CHUNK:-100000}" --parallel "${KG_PUSH_PARALLEL:-2}" "$file" > "$data/kg-push.log" 2>&1
t1=$(now)
kg_rate=$(rate "$t0" "$t1"); kg_n=$(remote_count "$g_kg")

t0=$(now)
curl -s -f -o /dev/null --max-time 600 -X PUT -H 'Content-Type: application/n-triples' --data-binary @"$file" "$http/sparql-graph-crud?graph=$g_curl"
t1=$(now)
curl_rate=$(rate "$t0" "$t1"); curl_n=$(remote_count "$g_curl")

isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF exec="DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$data/%';" > /dev/null
t0=$(now)
isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
  exec="ld_dir('$data', 'news-$triples.nt', '$g_bulk'); rdf_loader_run(); checkpoint;" > /dev/null
t1=$(now)
bulk_rate=$(rate "$t0" "$t1"); bulk_n=$(remote_count "$g_bulk")

echo "triples in file: $count"
printf '%-28s %12s %12s\n' method triples/s "remote count"
printf "%-28s %12s %12s\n" "kg push (GSP, ${KG_PUSH_CHUNK:-100000}/chunk)" "$kg_rate" "$kg_n"
printf '%-28s %12s %12s\n' "curl (one GSP PUT)" "$curl_rate" "$curl_n"
printf '%-28s %12s %12s\n' "Virtuoso bulk loader" "$bulk_rate" "$bulk_n"
awk -v k="$kg_rate" -v c="$curl_rate" -v b="$bulk_rate" 'BEGIN { printf "kg/curl = %.2f (goal >= 0.8), kg/bulk = %.2f\n", k / c, k / b }'
drop "$g_kg"; drop "$g_curl"; drop "$g_bulk"
