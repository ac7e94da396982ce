#!/usr/bin/env bash
# Builds the CLI, runs `kg extract` on the evaluation texts and prints the scorers' summaries.
# Usage: bench/eval/run-eval.sh [--verbose]   (reads ../shared/eval next to the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${KG_SHARED:-$root/../shared}/eval"
work="${KG_EVAL_OUT:-$root/bench/eval/out}"
verbose="${1:-}"
mkdir -p "$work"
dotnet build "$root/src/KnowledgeGraph.Cli" -c Release -v q -nologo >/dev/null
kg="$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg"

python3 "$root/bench/eval/gold_to_jsonl.py" "$shared/relations-dev" "$work/relations-dev.input.jsonl"
rm -rf "$work/relations-dev"
"$kg" extract "$work/relations-dev.input.jsonl" --format facts-json -o "$work/relations-dev" 2>"$work/relations-dev.log" || true
echo "== relations-dev (score_relations.py)"
python3 "$shared/score_relations.py" "$shared/relations-dev" "$work/relations-dev" $verbose

# Articles written for this evaluation (fictional people, real places and bodies), annotated by the same guidelines.
written="$root/bench/eval/written"
python3 "$root/bench/eval/gold_to_jsonl.py" "$written" "$work/written.input.jsonl"
rm -rf "$work/written"
"$kg" extract "$work/written.input.jsonl" --format facts-json -o "$work/written" 2>"$work/written.log" || true
echo "== written (score_relations.py)"
python3 "$shared/score_relations.py" "$written" "$work/written" $verbose

for corpus in gum-news-dev re3d-dev; do
  python3 "$root/bench/eval/gold_to_jsonl.py" "$shared/$corpus.jsonl" "$work/$corpus.input.jsonl"
  "$kg" extract "$work/$corpus.input.jsonl" --format eval-jsonl -o "$work/$corpus.pred.jsonl" 2>"$work/$corpus.log" || true
  echo "== $corpus (score.py --mentions named)"
  if [ -n "$verbose" ]; then
    python3 "$shared/score.py" "$shared/$corpus.jsonl" "$work/$corpus.pred.jsonl" --mentions named
  else
    python3 "$shared/score.py" "$shared/$corpus.jsonl" "$work/$corpus.pred.jsonl" --mentions named | tail -1
  fi
done
