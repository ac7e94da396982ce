#!/usr/bin/env bash
# kg ingest throughput on one thread (read, extract, map, write in turn) against the default pipeline (one extract+map
# worker per core and a writer), and peak memory.
# Goal: default/single-thread throughput >= 1.6x on two cores, peak RSS < 1 GiB.
# Usage: bench/ingest-bench.sh [ARTICLES]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
corpus="bench/data/ingest-$count.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/make-ingest-corpus.py "$count" "$corpus"
dotnet build src/KnowledgeGraph.Cli -c Release --nologo -v q >/dev/null
kg=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)

run() { # name workers-args...
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  CI=true /usr/bin/time -f "%M" -o "$work/$name.rss" "${kg[@]}" ingest "$corpus" --store "$work/$name-store" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" || { echo "$name failed:"; cat "$work/$name.err"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l >"$work/$name.time"
}

run one --single-thread
run default
t1=$(cat "$work/one.time"); t2=$(cat "$work/default.time")
rss1=$(cat "$work/one.rss"); rss2=$(cat "$work/default.rss")
printf '%-16s %10s %14s %12s\n' "run" "seconds" "articles/s" "peak MiB"
printf '%-16s %10.1f %14.1f %12.0f\n' "--single-thread" "$t1" "$(echo "$count / $t1" | bc -l)" "$(echo "$rss1 / 1024" | bc -l)"
printf '%-16s %10.1f %14.1f %12.0f\n' "default" "$t2" "$(echo "$count / $t2" | bc -l)" "$(echo "$rss2 / 1024" | bc -l)"
printf 'throughput ratio default / single thread: %.2fx (goal >= 1.6x)\n' "$(echo "$t1 / $t2" | bc -l)"
peak=$(( rss1 > rss2 ? rss1 : rss2 ))
printf 'peak memory: %.0f MiB (goal < 1024 MiB)\n' "$(echo "$peak / 1024" | bc -l)"
tail -n 12 "$work/default.out"
