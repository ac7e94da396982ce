#!/usr/bin/env bash
# Quick NER loop: builds `kg`, extracts the GUM and re3d dev texts and the relation dev set, and prints the
# per-type exact scores of score.py plus the relation SUMMARY. With a label, appends the figures to
# bench/eval/ner-log.md. Usage: bench/eval/ner-eval.sh [LABEL]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${KG_SHARED:-$root/../shared}/eval"
work="${KG_EVAL_OUT:-$root/bench/eval/out}"
mkdir -p "$work"
dotnet build "$root/src/KnowledgeGraph.Cli" -c Release -v q -nologo >/dev/null
kg="$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg"
out=""
for corpus in gum-news-dev re3d-dev; do
  python3 "$root/bench/eval/gold_to_jsonl.py" "$shared/$corpus.jsonl" "$work/$corpus.input.jsonl"
  "$kg" extract "$work/$corpus.input.jsonl" --format eval-jsonl -o "$work/$corpus.pred.jsonl" 2>"$work/$corpus.log"
  table=$(python3 "$shared/score.py" "$shared/$corpus.jsonl" "$work/$corpus.pred.jsonl" --mentions named | grep -E '^(PERSON|ORG|GPE_LOC|micro)')
  out+="$corpus"$'\n'"$table"$'\n'
done
python3 "$root/bench/eval/gold_to_jsonl.py" "$shared/relations-dev" "$work/relations-dev.input.jsonl"
rm -rf "$work/relations-dev"
"$kg" extract "$work/relations-dev.input.jsonl" --format facts-json -o "$work/relations-dev" 2>"$work/relations-dev.log"
out+="relations-dev "$(python3 "$shared/score_relations.py" "$shared/relations-dev" "$work/relations-dev" | tail -1)$'\n'
printf '%s' "$out"
if [ -n "${1:-}" ]; then
  { echo "## $1 ($(date -u +%H:%M))"; echo '```'; printf '%s' "$out"; echo '```'; } >> "$root/bench/eval/ner-log.md"
fi
