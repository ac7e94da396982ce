#!/usr/bin/env bash
# Parses the same 1M-triple news graph (N-Triples and Turtle) with our readers, rapper (raptor2) and N3.js and
# prints wall time, triples/s, peak resident memory and the ratio of each tool's throughput to rapper's.
#   bench/parse-bench.sh [TRIPLES]        (needs: apt-get install -y raptor2-utils; npm install in bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
TRIPLES="${1:-1000000}"
NAME="news-$((TRIPLES / 1000))k"
[ "$TRIPLES" = 1000000 ] && NAME="news-1m"
DATA="bench/data"
PROJECT="bench/KnowledgeGraph.Benchmarks"
mkdir -p "$DATA"
dotnet build -c Release "$PROJECT" -v quiet -nologo > /dev/null
DLL="$PROJECT/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll"
for ext in nt ttl; do
  [ -f "$DATA/$NAME.$ext" ] || dotnet "$DLL" generate --triples "$TRIPLES" --out "$DATA/$NAME.$ext"
done
[ -d bench/node_modules/n3 ] || (cd bench && npm install --no-audit --no-fund > /dev/null)

# run LABEL FORMAT COMMAND... -> "seconds peak_kb"
measure() {
  local out
  out=$( { /usr/bin/time -f "__TIME__ %e %M" "$@" > /dev/null; } 2>&1 | grep __TIME__ )
  echo "${out#__TIME__ }"
}

printf "%-10s %-8s %9s %12s %10s %8s\n" tool format seconds triples/s peak_MiB vs_rapper
for ext in nt ttl; do
  file="$DATA/$NAME.$ext"
  rformat=$([ "$ext" = nt ] && echo ntriples || echo turtle)
  read -r rs rm <<< "$(measure rapper -q -i "$rformat" -c "$file")"
  for tool in kg rapper n3js; do
    case $tool in
      kg) read -r s m <<< "$(measure dotnet "$DLL" parse "$file")" ;;
      rapper) s=$rs; m=$rm ;;
      n3js) read -r s m <<< "$(measure node bench/n3-count.mjs "$file" "$rformat")" ;;
    esac
    awk -v t="$tool" -v f="$rformat" -v s="$s" -v m="$m" -v n="$TRIPLES" -v r="$rs" \
      'BEGIN { printf "%-10s %-8s %9.2f %12.0f %10.1f %7.2fx\n", t, f, s, n / s, m / 1024, r / s }'
  done
done
