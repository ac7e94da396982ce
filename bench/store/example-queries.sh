#!/usr/bin/env bash
# The ontology's example queries (ontology/queries/*.rq) over a store of ingested news: `kg ingest` of ARTICLES
# articles (the dev texts repeated with distinct ids, as in bench/ingest-bench.sh), then each query through
# `kg query`, whole process (start-up and opening the store included), the median of RUNS runs, with its row count.
# A count of the whole store (COUNT over GRAPH ?g) runs last.
# Usage: bench/store/example-queries.sh [ARTICLES] [RUNS]   (defaults 2000 and 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-2000}"
runs="${2:-3}"
corpus="bench/data/ingest-$count.jsonl"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/make-ingest-corpus.py "$count" "$corpus" >&2
dotnet build src/KnowledgeGraph.Cli -c Release --nologo -v q >/dev/null
kg=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)
CI=true "${kg[@]}" ingest "$corpus" --store "$work/store" >/dev/null 2>"$work/ingest.log" || { cat "$work/ingest.log"; exit 1; }
echo "store: $count articles; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

printf 'SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }\n' >"$work/count-all.rq"
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-34s %8s %10s\n' "query" "rows" "median s"
for query in ontology/queries/*.rq "$work/count-all.rq"; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "${kg[@]}" query --store "$work/store" --query "$query" --format tsv >"$work/out.tsv"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  rows=$(($(wc -l <"$work/out.tsv") - 1))
  printf '%-34s %8d %10.2f\n' "$(basename "$query")" "$rows" "$(printf '%s\n' "${times[@]}" | median)"
done
