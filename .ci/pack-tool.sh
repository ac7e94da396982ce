#!/usr/bin/env bash
# Packs kg as a .NET tool, installs it into a temporary tool path and runs it: the check that
# `dotnet tool install` works for users. Not part of .ci/run (packing takes minutes on two cores).
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts="$(mktemp -d)"
toolpath="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$artifacts" "$toolpath" "$work"' EXIT

dotnet pack src/KnowledgeGraph.Cli -c Release -o "$artifacts" --nologo
dotnet tool install --tool-path "$toolpath" --add-source "$artifacts" KnowledgeGraph.Cli
version="$("$toolpath/kg" --version)"
echo "installed kg $version"
"$toolpath/kg" --help >/dev/null
# The installed tool must find seeds/ and the ontology queries from a clone: run the demo from the repository root.
if "$toolpath/kg" --help | grep -q '^  demo'; then
  (cd "$PWD" && KG_STORE="$work/store" "$toolpath/kg" demo --store "$work/demo-store")
fi
echo "pack-tool: OK"
