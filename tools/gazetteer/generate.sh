#!/usr/bin/env bash
# Installs the source packages into a scratch folder and regenerates src/KnowledgeGraph.Extraction/Data/*.tsv.
# Usage: tools/gazetteer/generate.sh [SCRATCH_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${1:-$(mktemp -d)}"
mkdir -p "$scratch"
cp "$here/package.json" "$scratch/package.json"
(cd "$scratch" && npm install --no-audit --no-fund --silent)
NODE_PATH="$scratch/node_modules" node "$here/generate.js" "$root/src/KnowledgeGraph.Extraction/Data"
