#!/usr/bin/env python3
"""Checks the annotation files of this directory: JSON, schema keys, exact substrings, entity ids, statuses and types.

  python3 bench/eval/written/check.py
"""
import glob, json, os, re, sys, datetime

TYPES = {"PERSON", "ORG", "GPE", "LOC", "GROUP"}
STATUSES = {"controls", "claims", "captured", "lost", "recaptured", "de_facto", "besieges", "part_of"}
TOP = ["id", "title", "source_url", "license", "date", "note", "text", "entities", "quotes", "control", "roles"]

def check(path):
    errs = []
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"invalid JSON: {e}"], None
    for k in TOP:
        if k not in d: errs.append(f"missing key {k}")
    extra = set(d) - set(TOP)
    if extra: errs.append(f"unexpected keys {sorted(extra)}")
    if errs: return errs, d
    text = d["text"]
    if d["id"] != os.path.basename(path)[:-5]: errs.append("id does not match file name")
    try:
        dt = datetime.date.fromisoformat(d["date"])
        dl = dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")
        if not text.startswith(dl): errs.append(f"text does not start with dateline {dl!r}")
    except ValueError:
        errs.append(f"bad date {d['date']!r}")
    ids = set()
    for e in d["entities"]:
        if set(e) != {"id", "type", "name", "aliases"}: errs.append(f"entity keys {sorted(e)}")
        if e["id"] in ids: errs.append(f"duplicate entity id {e['id']}")
        ids.add(e["id"])
        if e["type"] not in TYPES: errs.append(f"entity {e['id']}: bad type {e['type']}")
        if not e["aliases"]: errs.append(f"entity {e['id']}: no aliases")
        for a in e["aliases"]:
            if a not in text: errs.append(f"entity {e['id']}: alias not in text: {a!r}")
        if len(set(e["aliases"])) != len(e["aliases"]): errs.append(f"entity {e['id']}: duplicate alias")
    used = set()
    for i, q in enumerate(d["quotes"]):
        if set(q) != {"speaker", "content", "direct", "cue", "addressee"}: errs.append(f"quote {i} keys {sorted(q)}")
        if q["speaker"] not in ids: errs.append(f"quote {i}: unknown speaker {q['speaker']}")
        if q["addressee"] is not None and q["addressee"] not in ids: errs.append(f"quote {i}: unknown addressee {q['addressee']}")
        if not isinstance(q["direct"], bool): errs.append(f"quote {i}: direct not bool")
        if q["content"] not in text: errs.append(f"quote {i}: content not in text: {q['content'][:60]!r}")
        if not q["cue"] or q["cue"].lower() not in text.lower(): errs.append(f"quote {i}: cue not in text: {q['cue']!r}")
        c = q["content"]
        # An indirect report may open with a quoted fragment ('"criminal gangs" that run ...'); a direct one has no marks.
        if c != c.strip() or c.endswith(",") or (q["direct"] and (c.startswith('"') or c.endswith('"'))):
            errs.append(f"quote {i}: untrimmed content {c[:60]!r}")
        if q["direct"] and ('"' + c) not in text and ('"' + c + '"') not in text and not re.search(r'" ?' + re.escape(c), text):
            errs.append(f"quote {i}: direct content not preceded by a quote mark: {c[:60]!r}")
        used.add(q["speaker"])
    seen = set()
    for i, c in enumerate(d["control"]):
        if set(c) != {"party", "place", "status", "time", "evidence"}: errs.append(f"control {i} keys {sorted(c)}")
        for k in ("party", "place"):
            if c[k] not in ids: errs.append(f"control {i}: unknown {k} {c[k]}")
        if c["status"] not in STATUSES: errs.append(f"control {i}: bad status {c['status']}")
        if c["evidence"] not in text: errs.append(f"control {i}: evidence not in text: {c['evidence'][:60]!r}")
        if c["time"] is not None and c["time"] not in text: errs.append(f"control {i}: time not in text: {c['time']!r}")
        key = (c["party"], c["place"], c["status"])
        if key in seen: errs.append(f"control {i}: duplicate {key}")
        seen.add(key)
    seen = set()
    for i, r in enumerate(d["roles"]):
        if set(r) != {"person", "role", "of", "evidence"}: errs.append(f"role {i} keys {sorted(r)}")
        if r["person"] not in ids: errs.append(f"role {i}: unknown person {r['person']}")
        if r["of"] is not None and r["of"] not in ids: errs.append(f"role {i}: unknown of {r['of']}")
        if r["evidence"] not in text: errs.append(f"role {i}: evidence not in text: {r['evidence'][:60]!r}")
        key = (r["person"], r["role"])
        if key in seen: errs.append(f"role {i}: duplicate {key}")
        seen.add(key)
    return errs, d

def main():
    d0 = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(d0, "*.json")))
    bad = 0
    for f in files:
        errs, d = check(f)
        if d and not errs:
            body = d["text"].split("\n\n", 1)[-1]
            print(f"OK   {os.path.basename(f)}: words={len(body.split())} entities={len(d['entities'])} "
                  f"quotes={len(d['quotes'])} control={len(d['control'])} roles={len(d['roles'])}")
        else:
            bad += 1
            print(f"FAIL {os.path.basename(f)}")
            for e in errs: print("     ", e)
    print(f"{len(files)} files, {bad} with errors")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
