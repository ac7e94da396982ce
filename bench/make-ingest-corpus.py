#!/usr/bin/env python3
"""Writes a JSON Lines corpus for the ingest benchmark: the dev texts of shared/eval (relations-dev and
gum-news-dev) repeated until COUNT articles, each copy with its own id and a numbered closing line so that
every copy is a distinct article (its own content hash, and its own URL and so its own named graph)."""
import json
import pathlib
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path(__file__).parent / "data" / "ingest-2000.jsonl"
shared = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "eval"

sources = []
for path in sorted((shared / "relations-dev").glob("*.json")):
    doc = json.loads(path.read_text(encoding="utf-8"))
    sources.append({"id": doc["id"], "title": doc.get("title"), "date": doc.get("date"),
                    "url": doc.get("source_url"), "text": doc["text"]})
with open(shared / "gum-news-dev.jsonl", encoding="utf-8") as f:
    for line in f:
        doc = json.loads(line)
        sources.append({"id": doc["id"], "title": doc.get("title"), "date": doc.get("date"),
                        "url": doc.get("source_url"), "text": doc["text"]})
if not sources:
    sys.exit("no dev texts found under " + str(shared))

out.parent.mkdir(parents=True, exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        src = sources[i % len(sources)]
        record = dict(src)
        record["id"] = f"{src['id']}-copy{i:05d}"
        record["text"] = src["text"].rstrip("\n") + f"\n\nBench copy {i}.\n"
        if src.get("url"):
            # Article graphs are named after the URL: copies sharing one would replace each other's graph.
            record["url"] = src["url"] + ("&" if "?" in src["url"] else "?") + f"copy={i:05d}"
        f.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
print(f"wrote {count} articles from {len(sources)} dev texts to {out}")
