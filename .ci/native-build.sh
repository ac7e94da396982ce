#!/usr/bin/env bash
# Publishes kg as a native executable (Native AOT) and runs it on the paths a user takes: --version, demo, an ingest
# with a malformed line (exit 3 and a failure report), a query in JSON, a JSON-LD export. Needs clang (Debian
# `clang`), installed here when missing and run as root. Not part of .ci/run: the native compiler takes minutes on
# two cores. Every build already runs the trimming and AOT analysers (IsAotCompatible, warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$out" "$work"' EXIT

bash .ci/ensure-clang.sh

case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
dotnet publish src/KnowledgeGraph.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" --nologo -v q
kg="$out/kg"
echo "native kg $("$kg" --version)"

(cd "$root" && "$kg" demo --store "$work/demo-store" >"$work/demo.out")
grep -q "Hikmet Hajiyev" "$work/demo.out" || { echo "native-build: the demo printed no quotes" >&2; exit 1; }

printf '%s\n' '{"id":"a1","text":"Talks\n\nThe minister told Reuters: \"We will talk.\""}' '{"id": broken' >"$work/batch.jsonl"
set +e
"$kg" ingest "$work/batch.jsonl" --store "$work/store" --report "$work/failures.jsonl" >"$work/ingest.out" 2>&1
status=$?
set -e
[ "$status" = 3 ] || { echo "native-build: ingest exited $status, expected 3 (partial success)" >&2; cat "$work/ingest.out" >&2; exit 1; }
grep -q '"stage":"read"' "$work/failures.jsonl" || { echo "native-build: no failure report" >&2; exit 1; }

"$kg" query --store "$work/store" --format json 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' >"$work/count.json"
grep -q '"n"' "$work/count.json" || { echo "native-build: the query gave no count" >&2; exit 1; }
"$kg" extract seeds -o "$work/seeds.jsonld" >/dev/null
grep -q '"@context"' "$work/seeds.jsonld" || { echo "native-build: no JSON-LD written" >&2; exit 1; }
echo "native-build: OK"
