#!/usr/bin/env bash
# Store load benchmark: bulk-loads a generated news graph with `kg load` and with Oxigraph (npm `oxigraph`,
# in-memory Store.load) and prints triples/s, peak memory, size on disk and the ratio.
#   bench/store/run.sh [TRIPLES]        (default 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-1000000}"
data="$root/bench/data"
file="$data/news-$count.nt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$data"

dotnet build -c Release "$root/src/KnowledgeGraph.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/KnowledgeGraph.StoreBench" -v q -nologo >/dev/null
kg="$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
if [ ! -f "$file" ]; then
  dotnet "$root/bench/KnowledgeGraph.StoreBench/bin/Release/net10.0/KnowledgeGraph.StoreBench.dll" generate "$file" "$count"
fi
echo "input: $file ($(du -h "$file" | cut -f1), $(wc -l < "$file") triples); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# peak RSS in MiB from GNU time's verbose output
rss() { awk '/Maximum resident set size/ { printf "%d", $6 / 1024 }' "$1"; }
cpu() { awk '/User time|System time/ { s += $4 } END { printf "%.2f", s }' "$1"; }
wall() { awk '/Elapsed \(wall clock\)/ { n = split($8, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }

/usr/bin/time -v dotnet "$kg" load "$file" --store "$work/kg" >"$work/kg.out" 2>"$work/kg.time"
kg_seconds="$(wall "$work/kg.time")"
kg_rss="$(rss "$work/kg.time")"
kg_cpu="$(cpu "$work/kg.time")"
kg_size="$(du -sm "$work/kg" | cut -f1)"
grep -E "quads (read|added)|time" "$work/kg.out" | sed 's/^/  kg: /'

if [ ! -d "$root/bench/store/node_modules/oxigraph" ]; then
  (cd "$root/bench/store" && npm install --no-audit --no-fund >/dev/null)
fi
/usr/bin/time -v node "$root/bench/store/oxigraph-load.mjs" "$file" >"$work/ox.out" 2>"$work/ox.time"
ox_seconds="$(wall "$work/ox.time")"
ox_rss="$(rss "$work/ox.time")"
ox_cpu="$(cpu "$work/ox.time")"
sed 's/^/  oxigraph: /' "$work/ox.out"

awk -v n="$count" -v ks="$kg_seconds" -v kr="$kg_rss" -v kd="$kg_size" -v os="$ox_seconds" -v orss="$ox_rss" -v kc="$kg_cpu" -v oc="$ox_cpu" 'BEGIN {
  printf "\n%-28s %12s %10s %10s %14s %12s\n", "tool", "triples/s", "wall s", "cpu s", "peak RSS MiB", "on disk MiB"
  printf "%-28s %12.0f %10.2f %10.2f %14d %12d\n", "kg load (RocksDB store)", n / ks, ks, kc, kr, kd
  printf "%-28s %12.0f %10.2f %10.2f %14d %12s\n", "oxigraph (in-memory load)", n / os, os, oc, orss, "-"
  printf "\nratio kg/oxigraph: %.2fx triples/s (wall clock, incl. process start and parsing)\n", os / ks
}'
