#!/usr/bin/env python3
"""List named-entity errors of a prediction file against an evaluation corpus, grouped by error class.

  python3 bench/eval/ner_errors.py GOLD.jsonl PRED.jsonl [--type PERSON|ORG|GPE_LOC] [--class CLASS] [--limit N]

Matching follows score.py (exact span or name span, compatible type; uncounted gold mentions absorb
predictions). Each unmatched prediction or gold mention is put in one class:
  type       same span as a counted gold mention, but an incompatible type
  boundary   overlaps a counted gold mention with a compatible type, different span
  bound+type overlaps a counted gold mention, different span and type
  spurious   a prediction overlapping no counted gold mention
  missed     a counted gold mention overlapped by no prediction
Prints counts per class and type, then examples with a little context.
"""

import argparse
import collections
import json

TARGET = ("PERSON", "ORG", "GPE_LOC")


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(line) for line in f if line.strip())}


def spans(g):
    out = {(g["start"], g["end"])}
    if "name_start" in g:
        out.add((g["name_start"], g["name_end"]))
    return out


def ok_type(t, g):
    return t == g["type"] or t in g.get("alt_types", ())


def context(text, s, e, width=40):
    left = text[max(0, s - width):s].replace("\n", " ")
    right = text[e:e + width].replace("\n", " ")
    return f"{left}[{text[s:e]}]{right}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--type")
    ap.add_argument("--cls", "--class", dest="cls")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    gold, pred = load(a.gold), load(a.pred)
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for doc_id, g in gold.items():
        text = g["text"]
        counted = [m for m in g["entities"] if not m.get("uncertain") and m.get("kind") in ("NAM", None)
                   and m["type"] in TARGET]
        excluded = [m for m in g["entities"] if m not in counted]
        preds = []
        for p in (pred.get(doc_id) or {}).get("entities") or []:
            key = (p["start"], p["end"], p["type"])
            if key not in preds:
                preds.append(key)
        used = set()
        unmatched = []
        for s, e, t in preds:
            hit = next((j for j, m in enumerate(counted) if j not in used and ok_type(t, m) and (s, e) in spans(m)), None)
            if hit is not None:
                used.add(hit)
            elif not any(ok_type(t, m) and (s, e) in spans(m) for m in excluded):
                unmatched.append((s, e, t))
        for s, e, t in unmatched:
            over = [m for m in counted if min(e, m["end"]) > max(s, m["start"])]
            if any((s, e) in spans(m) for m in over):
                m = next(m for m in over if (s, e) in spans(m))
                cls, note = "type", f"gold {m['type']}"
            elif any(ok_type(t, m) for m in over):
                m = next(m for m in over if ok_type(t, m))
                cls, note = "boundary", f"gold [{m['text']}]"
            elif over:
                cls, note = "bound+type", f"gold {over[0]['type']} [{over[0]['text']}]"
            else:
                cls, note = "spurious", ""
            counts[(cls, t)] += 1
            examples[(cls, t)].append(f"{doc_id}: {context(text, s, e)}  {note}")
        for j, m in enumerate(counted):
            if j in used:
                continue
            if any(min(e, m["end"]) > max(s, m["start"]) for s, e, _ in preds):
                continue  # reported from the prediction side
            counts[("missed", m["type"])] += 1
            examples[("missed", m["type"])].append(f"{doc_id}: {context(text, m['start'], m['end'])}")
    print("class       " + "".join(f"{t:>9}" for t in TARGET))
    for cls in ("type", "boundary", "bound+type", "spurious", "missed"):
        print(f"{cls:<12}" + "".join(f"{counts[(cls, t)]:>9}" for t in TARGET))
    for (cls, t), lines in sorted(examples.items()):
        if (a.type and t != a.type) or (a.cls and cls != a.cls):
            continue
        print(f"\n== {cls} {t} ({len(lines)})")
        for line in lines[:a.limit]:
            print("  " + line)


if __name__ == "__main__":
    main()
