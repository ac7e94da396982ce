#!/usr/bin/env bash
# Six-query SPARQL benchmark: our in-memory engine vs Oxigraph (node, in memory) vs Virtuoso (bulk loaded, HTTP+JSON)
# on the 1M-triple news graph, with the peer kit's queries. Each query: one cold run, then the median of WARM runs.
#
#   bench/sparql/run.sh [TRIPLES] [WARM]        (defaults 1000000 and 5)
#
# Data goes to /tmp/kg-sparql-bench. Uses a Virtuoso already answering on KG_VIRTUOSO_HTTP_PORT (default 18890),
# else starts one with .ci/virtuoso/start.sh in /tmp/kg-sparql-bench/vdb. The loaded graph is dropped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
triples=${1:-1000000}
warm=${2:-5}
queries=$root/../shared/docs/stores/bench/queries
http=http://127.0.0.1:${KG_VIRTUOSO_HTTP_PORT:-18890}
sql=127.0.0.1:${KG_VIRTUOSO_SQL_PORT:-11111}
data=/tmp/kg-sparql-bench
graph=http://example.org/kg-sparql-bench/graph
mkdir -p "$data"
file=$data/news-$triples.nt
if [ ! -f "$file" ]; then
  python3 "$root/../shared/docs/stores/gen-news-kg.py" --triples "$triples" --out "$data/news-$triples" >&2
fi

# Ours: the real engine on the real file.
dotnet build -c Release "$root/bench/KnowledgeGraph.Benchmarks" -o "$data/bench" >&2
"$data/bench/KnowledgeGraph.Benchmarks" sparql-queries "$file" "$queries" --warm "$warm" | tee "$data/ours.txt" >&2

# Oxigraph in node.
(cd "$root/bench/sparql" && { [ -d node_modules/oxigraph ] || npm ci --no-audit --no-fund >&2; })
node --max-old-space-size=8192 "$root/bench/sparql/oxigraph-queries.mjs" "$file" "$warm" "$queries"/*.rq | tee "$data/oxigraph.txt" >&2

# Virtuoso: bulk loader, then queries over HTTP timed through the full JSON body.
if ! curl -s -f -o /dev/null --max-time 5 -G --data-urlencode 'query=ASK {}' "$http/sparql"; then
  "$root/.ci/virtuoso/start.sh" "$data/vdb" >&2
fi
isql() { isql-vt "$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF exec="$1" > /dev/null; }
isql "SPARQL CLEAR GRAPH <$graph>; DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$data/%';"
isql "ld_dir('$data', 'news-$triples.nt', '$graph'); rdf_loader_run(); checkpoint;"
python3 - "$http/sparql" "$graph" "$warm" "$queries" > "$data/virtuoso.txt" <<'PY'
import glob, json, os, statistics, sys, time, urllib.parse, urllib.request
endpoint, graph, warm, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def run(q):
    body = urllib.parse.urlencode({"query": q, "default-graph-uri": graph}).encode()
    req = urllib.request.Request(endpoint, body, {"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        return len(json.loads(r.read())["results"]["bindings"])
for f in sorted(glob.glob(os.path.join(folder, "*.rq"))):
    q = open(f, encoding="utf-8").read()
    t = time.perf_counter(); rows = run(q); cold = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(warm):
        t = time.perf_counter(); run(q); times.append((time.perf_counter() - t) * 1000)
    print(f"{os.path.basename(f)[:-3]} {rows} {cold:.2f} {statistics.median(times):.2f}")
PY
cat "$data/virtuoso.txt" >&2
[ -n "${KG_BENCH_KEEP:-}" ] || isql "SPARQL CLEAR GRAPH <$graph>;"

python3 - "$data/ours.txt" "$data/oxigraph.txt" "$data/virtuoso.txt" <<'PY'
import statistics, sys
def read(path):
    out = {}
    for line in open(path):
        if line.startswith("#") or not line.strip():
            continue
        name, rows, cold, warm = line.split()
        out[name] = (int(rows), float(warm))
    return out
ours, ox, virt = (read(p) for p in sys.argv[1:4])
print(f"{'query':<14} {'rows':>6} {'ours ms':>9} {'oxigraph ms':>12} {'virtuoso ms':>12} {'ours/oxigraph':>14} {'ours/virtuoso':>14}")
speedups = []
for name in sorted(ours):
    rows, o = ours[name]
    x = ox.get(name, (None, float("nan")))[1]
    v = virt.get(name, (None, float("nan")))[1]
    rows_ok = "" if ox.get(name, (rows,))[0] == rows == virt.get(name, (rows,))[0] or name.startswith("q3") else "  (row counts differ)"
    speedups.append(x / o)
    print(f"{name:<14} {rows:>6} {o:>9.2f} {x:>12.2f} {v:>12.2f} {o / x:>14.2f} {o / v:>14.2f}{rows_ok}")
print(f"median speed-up vs Oxigraph: {statistics.median(speedups):.2f}x (goal >= 1.5x; no query slower; each within 2x of Virtuoso)")
PY
