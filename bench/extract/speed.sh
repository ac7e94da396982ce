#!/usr/bin/env bash
# Extraction speed: `kg extract` on the relation dev texts repeated N times (default 600 copies ≈ 3,000 articles)
# next to the npm package compromise 14.17.0 on the same texts. Prints MB/s for both and the ratio.
# Usage: bench/extract/speed.sh [COPIES]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${KG_SHARED:-$root/../shared}/eval"
copies="${1:-600}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/KnowledgeGraph.Cli" -c Release -v q -nologo >/dev/null
python3 "$root/bench/eval/gold_to_jsonl.py" "$shared/relations-dev" "$work/dev.jsonl"
python3 - "$work/dev.jsonl" "$work/many.jsonl" "$copies" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(int(sys.argv[3])):
        for d in docs:
            f.write(json.dumps(dict(d, id=f"{d['id']}_{i}"), ensure_ascii=False) + "\n")
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode('utf-8')) for l in open(sys.argv[1])))" "$work/many.jsonl")
articles=$(wc -l < "$work/many.jsonl")
# CPU seconds (user+sys) of the kg process: the machine may be shared, so wall time is reported too but not used.
read -r kg_cpu kg_wall < <(python3 - "$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg" "$work/many.jsonl" "$work/kg.jsonl" <<'PY'
import resource, subprocess, sys, time
t = time.time()
subprocess.run([sys.argv[1], "extract", sys.argv[2], "--format", "eval-jsonl", "-o", sys.argv[3]], check=True, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{r.ru_utime + r.ru_stime:.3f} {time.time() - t:.3f}")
PY
)
if [ ! -d "$work/npm/node_modules/compromise" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund compromise@14.17.0 >/dev/null)
fi
cat > "$work/cp.js" <<'JS'
const nlp = require('compromise');
const fs = require('fs');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let n = 0;
for (const line of lines) {
  const d = JSON.parse(line);
  const doc = nlp(d.text);
  n += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length + doc.quotations().out('array').length;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
console.log(((c.user + c.system) / 1e6).toFixed(3), s.toFixed(3));
JS
read -r cp_cpu cp_wall < <(NODE_PATH="$work/npm/node_modules" node "$work/cp.js" "$work/many.jsonl")
python3 - "$bytes" "$articles" "$kg_cpu" "$kg_wall" "$cp_cpu" "$cp_wall" <<'PY'
import sys
b, n = int(sys.argv[1]), int(sys.argv[2])
kg, kgw, cp, cpw = (float(x) for x in sys.argv[3:7])
mb = b / 1e6
print(f"articles: {n}, text: {mb:.2f} MB")
print(f"kg extract (whole process incl. start-up, gazetteer load, JSON output): {kg:.2f} CPU s = {mb/kg:.2f} MB/s per core (wall {kgw:.2f} s)")
print(f"compromise 14.17.0 (people/places/organizations/quotations, in-process): {cp:.2f} CPU s = {mb/cp:.2f} MB/s per core (wall {cpw:.2f} s)")
print(f"ratio kg/compromise throughput (CPU time): {cp/kg:.2f}x")
PY
