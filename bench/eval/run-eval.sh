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

# Extracts the facts of a directory of gold relation files and scores them: NAME DIR.
score_relations() {
  local name="$1" gold="$2"
  python3 "$root/bench/eval/gold_to_jsonl.py" "$gold" "$work/$name.input.jsonl"
  rm -rf "${work:?}/$name"
  "$kg" extract "$work/$name.input.jsonl" --format facts-json -o "$work/$name" 2>"$work/$name.log" || true
  echo "== $name (score_relations.py)"
  python3 "$shared/score_relations.py" "$gold" "$work/$name" $verbose
}

score_relations relations-dev "$shared/relations-dev"
# Articles written for this evaluation (fictional people, real places and bodies), annotated by the same guidelines.
score_relations written "$root/bench/eval/written"

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
