#!/usr/bin/env bash
# Store benchmarks, side by side with peer tools.
#
#   bench/store/run.sh [TRIPLES]    bulk load (default 1000000 generated news triples): `kg load` (RocksDB store),
#                                   Oxigraph (npm `oxigraph`, in-memory Store.load) and Virtuoso's bulk loader
#                                   (ld_dir + rdf_loader_run + checkpoint); triples/s, CPU, peak memory, size, ratios.
#   bench/store/run.sh queries      the six queries of ../shared/docs/stores/bench/queries over the store and over
#                                   the in-memory dataset on the same 1M-triple graph (gen-news-kg.py), with ratios.
#                                   The store is loaded and compacted, so its snapshots read the read index;
#                                   KG_BENCH_READ_INDEX=0 deletes that first, so that RocksDB answers.
#
# Virtuoso: uses the server on 127.0.0.1:$KG_VIRTUOSO_HTTP_PORT (default 18890, SQL port $KG_VIRTUOSO_SQL_PORT,
# default 11111) when it answers, else starts one with .ci/virtuoso/start.sh in $KG_VIRTUOSO_DB
# (default /tmp/kg-virtuoso-bench) and stops it at the end. KG_BENCH_SKIP_VIRTUOSO=1 leaves Virtuoso out.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/bench/data"
work="$(mktemp -d)"
started_virtuoso=""
cleanup() {
  rm -rf "$work"
  if [ -n "$started_virtuoso" ]; then bash "$root/.ci/virtuoso/stop.sh" "$started_virtuoso" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
mkdir -p "$data"

dotnet build -c Release "$root/bench/KnowledgeGraph.StoreBench" -v q -nologo >/dev/null
bench="$root/bench/KnowledgeGraph.StoreBench/bin/Release/net10.0/KnowledgeGraph.StoreBench.dll"

if [ "${1:-}" = "queries" ]; then
  file="$data/newskg-1000000.nt"
  if [ ! -f "$file" ]; then
    python3 "$root/../shared/docs/stores/gen-news-kg.py" --triples 1000000 --out "$data/newskg-1000000" >&2
  fi
  echo "input: $file; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$bench" queries "$file" "$work/store" "$root/../shared/docs/stores/bench/queries" "${KG_BENCH_RUNS:-5}"
  exit 0
fi

count="${1:-1000000}"
# KG_BENCH_FILE: load this N-Triples file instead (for example the peers' generator, gen-news-kg.py, whose triples
# are all distinct; the built-in generator repeats about a third of its triples).
file="${KG_BENCH_FILE:-$data/news-$count.nt}"
dotnet build -c Release "$root/src/KnowledgeGraph.Cli" -v q -nologo >/dev/null
kg="$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
if [ ! -f "$file" ]; then
  dotnet "$bench" generate "$file" "$count"
fi
lines=$(wc -l < "$file")
echo "input: $file ($(du -h "$file" | cut -f1), $lines triples); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# peak RSS in MiB, CPU seconds and wall seconds from GNU time's verbose output
rss() { awk '/Maximum resident set size/ { printf "%d", $6 / 1024 }' "$1"; }
cpu() { awk '/User time|System time/ { s += $4 } END { printf "%.2f", s }' "$1"; }
wall() { awk '/Elapsed \(wall clock\)/ { n = split($8, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }
now() { date +%s.%N; }

/usr/bin/time -v dotnet "$kg" load "$file" --store "$work/kg" >"$work/kg.out" 2>"$work/kg.time"
kg_seconds="$(wall "$work/kg.time")"
kg_rss="$(rss "$work/kg.time")"
kg_cpu="$(cpu "$work/kg.time")"
kg_size="$(du -sm "$work/kg" | cut -f1)"
# The load's own time (after the process has started and bound the RocksDB library), as kg reports it.
kg_inside_rate="$(awk '/^time/ { gsub(/[(,]/, "", $4); print $4 }' "$work/kg.out")"
grep -E "quads (read|added)|time" "$work/kg.out" | sed 's/^/  kg: /'

if [ ! -d "$root/bench/store/node_modules/oxigraph" ]; then
  (cd "$root/bench/store" && npm install --no-audit --no-fund >/dev/null)
fi
/usr/bin/time -v node "$root/bench/store/oxigraph-load.mjs" "$file" >"$work/ox.out" 2>"$work/ox.time"
ox_seconds="$(wall "$work/ox.time")"
ox_rss="$(rss "$work/ox.time")"
ox_cpu="$(cpu "$work/ox.time")"
ox_inside="$(sed -n 's/.*"seconds":\([0-9.]*\).*/\1/p' "$work/ox.out")"
sed 's/^/  oxigraph: /' "$work/ox.out"

vt_seconds=""
if [ "${KG_BENCH_SKIP_VIRTUOSO:-}" != "1" ]; then
  http="http://127.0.0.1:${KG_VIRTUOSO_HTTP_PORT:-18890}"
  sql="127.0.0.1:${KG_VIRTUOSO_SQL_PORT:-11111}"
  if ! curl -s -f -o /dev/null "$http/sparql?query=ASK%7B%7D"; then
    db="${KG_VIRTUOSO_DB:-/tmp/kg-virtuoso-bench}"
    bash "$root/.ci/virtuoso/start.sh" "$db" >/dev/null
    started_virtuoso="$db"
  fi
  # The loader reads only folders in DirsAllowed (/tmp in .ci/virtuoso/start.sh).
  vdir="$(mktemp -d /tmp/kg-store-bench-virtuoso.XXXXXX)"
  cp "$file" "$vdir/"
  graph="http://example.org/bench/store-load/$(basename "$vdir")"
  isql() { isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF "$@"; }
  isql exec="DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$vdir/%';" >/dev/null
  t0=$(now)
  isql exec="ld_dir('$vdir', '$(basename "$file")', '$graph'); rdf_loader_run(); checkpoint;" >/dev/null
  t1=$(now)
  vt_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  vt_n=$(curl -s -G -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$graph> { ?s ?p ?o } }" "$http/sparql" | tail -1)
  echo "  virtuoso: $vt_n triples in graph after the bulk load"
  curl -s -o /dev/null -X DELETE "$http/sparql-graph-crud?graph=$graph" || true
  isql exec="DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$vdir/%';" >/dev/null
  rm -rf "$vdir"
fi

awk -v n="$lines" -v ks="$kg_seconds" -v kir="$kg_inside_rate" -v kr="$kg_rss" -v kd="$kg_size" -v os="$ox_seconds" -v oi="$ox_inside" -v orss="$ox_rss" -v kc="$kg_cpu" -v oc="$ox_cpu" -v vs="$vt_seconds" 'BEGIN {
  printf "\n%-34s %12s %14s %10s %10s %14s %12s\n", "tool", "triples/s", "in-process/s", "wall s", "cpu s", "peak RSS MiB", "on disk MiB"
  printf "%-34s %12.0f %14.0f %10.2f %10.2f %14d %12d\n", "kg load (RocksDB store)", n / ks, kir, ks, kc, kr, kd
  printf "%-34s %12.0f %14.0f %10.2f %10.2f %14d %12s\n", "oxigraph (in-memory load)", n / os, n / oi, os, oc, orss, "-"
  if (vs != "") printf "%-34s %12.0f %14s %10.2f %10s %14s %12s\n", "virtuoso bulk loader (server)", n / vs, "-", vs, "-", "-", "-"
  printf "\nratio kg/oxigraph: %.2fx triples/s (in-process %.2fx)", os / ks, kir / (n / oi)
  if (vs != "") printf "; kg/virtuoso: %.2fx", vs / ks
  printf "\n(triples/s: wall clock of the whole process, incl. start-up; in-process: the load alone, as each tool times it;\n kg bar: 300000 triples/s, peak < 1024 MiB)\n"
}'
