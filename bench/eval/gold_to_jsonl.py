#!/usr/bin/env python3
"""Converts gold relation files (DIR/*.json) or an evaluation JSONL into extractor input: id, text, title, date only."""
import json, os, sys

src, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    if os.path.isdir(src):
        docs = [json.load(open(os.path.join(src, n), encoding="utf-8")) for n in sorted(os.listdir(src)) if n.endswith(".json")]
    else:
        docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    for d in docs:
        rec = {"id": d["id"], "text": d["text"]}
        for k in ("title", "date"):
            if d.get(k):
                rec[k] = d[k]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
