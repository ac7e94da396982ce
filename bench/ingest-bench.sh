#!/usr/bin/env bash
# kg ingest throughput on one thread (read, extract, map, write in turn) against the default pipeline (one extract+map
# worker per core and a writer), and peak memory.
# Goal: default/single-thread throughput >= 1.6x on two cores, peak RSS < 1 GiB.
# The single-thread mode still has RocksDB's compaction, the JIT and the GC working on the second core; a third run,
# the same mode pinned to one core with taskset (when present), shows what the pipeline gains over one core.
# A fourth run measures the machine's own ceiling for this work: two independent single-thread processes, each
# ingesting half of the articles into its own store at the same time. Nothing is shared between them, so their
# speed-up over the single-thread run is what two cores of this machine give perfectly parallel work (two virtual
# cores of a shared host may give well under 2x). A fifth measures the same for work that touches no memory and no
# disk at all: one arithmetic loop alone, then two copies at once; what two copies gain is the most any program can
# gain from the second core of this machine at that moment.
# Usage: bench/ingest-bench.sh [ARTICLES]   (default 2000; KG_BENCH_RUNS runs of each, alternating, default 3: medians)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
corpus="bench/data/ingest-$count.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/make-ingest-corpus.py "$count" "$corpus"
half=$(( $(wc -l < "$corpus") / 2 ))
head -n "$half" "$corpus" >"$work/half1.jsonl"
tail -n +"$(( half + 1 ))" "$corpus" >"$work/half2.jsonl"
# The published form of kg, compiled ahead of time as an installed kg is meant to run, so that no run spends its time
# compiling: a native executable (Native AOT; needs clang, installed here when run as root) or, without clang or with
# KG_BENCH_FORM=r2r, the framework-dependent build with ReadyToRun code. The ReadyToRun form still compiles its hot
# methods again with full optimisation, about 4 s of CPU on a background thread, which a --single-thread run gets
# from the second core for free (see docs/ingest.md).
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
form="${KG_BENCH_FORM:-native}"
if [ "$form" = native ] && ! bash .ci/ensure-clang.sh; then
  echo "measuring the ReadyToRun form instead" >&2
  form=r2r
fi
if [ "$form" = native ]; then
  dotnet publish src/KnowledgeGraph.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work/kg" --nologo -v q >/dev/null
  kg=("$work/kg/kg")
else
  dotnet publish src/KnowledgeGraph.Cli -c Release -r "$rid" --self-contained false -o "$work/kg" --nologo -v q >/dev/null
  kg=(dotnet "$work/kg/kg.dll")
fi
echo "kg as published: $form"

pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

run() { # name prefix-command... -- workers-args...
  local name="$1"; shift
  local prefix=()
  while [ "$1" != "--" ]; do prefix+=("$1"); shift; done
  shift
  local start end
  rm -rf "$work/$name-store"
  start=$(date +%s.%N)
  CI=true /usr/bin/time -f "%M" -o "$work/$name.rss" ${prefix[@]+"${prefix[@]}"} "${kg[@]}" ingest "$corpus" --store "$work/$name-store" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" || { echo "$name failed:"; cat "$work/$name.err"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l >>"$work/$name.time"
  cat "$work/$name.rss" >>"$work/$name.rsses"
  # kg's own figure: the pipeline's seconds, without the process's start-up (runtime, store open) and exit.
  sed -n 's/^Done in \([0-9.]*\) s.*/\1/p' "$work/$name.out" >>"$work/$name.pipeline"
}

# Alternating runs: this machine's speed drifts by a fifth from one minute to the next, so medians of
# interleaved runs compare the two modes under the same conditions.
# Two single-thread processes on the two halves at once; wall seconds until both are done.
halves() {
  local start end
  rm -rf "$work/half1-store" "$work/half2-store"
  start=$(date +%s.%N)
  CI=true "${kg[@]}" ingest "$work/half1.jsonl" --store "$work/half1-store" --single-thread >/dev/null 2>"$work/half1.err" &
  local first=$!
  CI=true "${kg[@]}" ingest "$work/half2.jsonl" --store "$work/half2-store" --single-thread >/dev/null 2>"$work/half2.err" \
    || { echo "half 2 failed:"; cat "$work/half2.err"; exit 1; }
  wait "$first" || { echo "half 1 failed:"; cat "$work/half1.err"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l >>"$work/halves.time"
}

# Seconds of one pure arithmetic loop (Python, a fixed count of multiplications): alone, and the slower of two at once.
spin() { python3 -c 'import time
t = time.perf_counter(); x = 0
for i in range(20_000_000): x += i * i % 7
print(time.perf_counter() - t)'; }
spins() {
  spin >>"$work/spin1.time"
  { spin >"$work/spin-a" & spin >"$work/spin-b"; wait; }
  sort -g "$work/spin-a" "$work/spin-b" | tail -1 >>"$work/spin2.time"
}

for _ in $(seq "${KG_BENCH_RUNS:-3}"); do
  spins
  run one -- --single-thread
  run default -- 
  halves
  if [ ${#pin[@]} -gt 0 ]; then run core "${pin[@]}" -- --single-thread; fi
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
t1=$(median "$work/one.time"); t2=$(median "$work/default.time")
rss1=$(sort -g "$work/one.rsses" | tail -1); rss2=$(sort -g "$work/default.rsses" | tail -1)
echo "single-thread runs (s): $(sort -g "$work/one.time" | tr '\n' ' ')"
echo "default runs (s):       $(sort -g "$work/default.time" | tr '\n' ' ')"
printf '%-16s %10s %14s %12s\n' "run" "seconds" "articles/s" "peak MiB"
printf '%-16s %10.1f %14.1f %12.0f\n' "--single-thread" "$t1" "$(echo "$count / $t1" | bc -l)" "$(echo "$rss1 / 1024" | bc -l)"
printf '%-16s %10.1f %14.1f %12.0f\n' "default" "$t2" "$(echo "$count / $t2" | bc -l)" "$(echo "$rss2 / 1024" | bc -l)"
printf 'throughput ratio default / single thread: %.2fx (goal >= 1.6x)\n' "$(echo "$t1 / $t2" | bc -l)"
p1=$(median "$work/one.pipeline"); p2=$(median "$work/default.pipeline")
printf 'pipeline alone (kg'"'"'s "Done in"): single thread %.1f s, default %.1f s: %.2fx\n' "$p1" "$p2" "$(echo "$p1 / $p2" | bc -l)"
if [ -f "$work/core.time" ]; then
  t0=$(median "$work/core.time")
  echo "single-thread pinned to one core (s): $(sort -g "$work/core.time" | tr '\n' ' ')"
  printf 'throughput ratio default / single thread on one core: %.2fx (median %.1f s)\n' "$(echo "$t0 / $t2" | bc -l)" "$t0"
fi
th=$(median "$work/halves.time")
echo "two single-thread processes on half each (s): $(sort -g "$work/halves.time" | tr '\n' ' ')"
printf 'machine ceiling (single thread / two halves at once): %.2fx; the pipeline reaches %.0f%% of it\n' \
  "$(echo "$t1 / $th" | bc -l)" "$(echo "100 * $th / $t2" | bc -l)"
s1=$(median "$work/spin1.time"); s2=$(median "$work/spin2.time")
printf 'compute ceiling (one arithmetic loop / two at once, throughput): %.2fx (alone %.2f s, two at once %.2f s)\n' \
  "$(echo "2 * $s1 / $s2" | bc -l)" "$s1" "$s2"
peak=$(( rss1 > rss2 ? rss1 : rss2 ))
printf 'peak memory: %.0f MiB (goal < 1024 MiB)\n' "$(echo "$peak / 1024" | bc -l)"
tail -n 12 "$work/default.out"
