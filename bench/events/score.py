#!/usr/bin/env python3
"""Score dyad's events against the PETRARCH-2 real-sentence validation set and the PLOVER gold.

    score.py prepare OUTDIR            # write petrarch.jsonl and plover.jsonl for `dyad analyze`
    score.py petrarch PRED.jsonl [-v]  # PRED: `dyad analyze OUTDIR/petrarch.jsonl --json`
    score.py plover PRED.jsonl [-v]

PETRARCH (../shared/bench/events/petrarch2/PETR2_GSR_validation.flat.jsonl, 78 AFP sentences):
a gold coding (source, target, CAMEO event code) is matched when dyad reports an event in that
sentence with the same source country, target country (the first three letters of the actor
codes; PETRARCH's `---` matches any country) and the same CAMEO root (first two digits).
Extra events: dyad events that match no gold coding of their sentence, over all dyad events.

PLOVER (../shared/bench/events/plover/PLOVER_GSR_CAMEO.txt, 322 records from the CAMEO manual's
examples, one event each): type accuracy is the share of records where one of dyad's events in
the sentence has the record's event type. The GSR uses PLOVER 0.5 names, so dyad's CAMEO code
is mapped to them by root: 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 19 FIGHT, 20 ASSAULT,
081-083 CONCEDE, 084-087 RETREAT, others as dyad's PLOVER type. Source (target) match: the share
of records with a gold source (target) where that event's source (target) words overlap one of
the gold actor texts, case-insensitively.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "bench" / "events"
PETRARCH = SHARED / "petrarch2" / "PETR2_GSR_validation.flat.jsonl"
PLOVER = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"


def petrarch_rows():
    return [json.loads(l) for l in PETRARCH.read_text(encoding="utf-8").splitlines() if l.strip()]


def plover_rows():
    return [r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]


def iso(d):
    d = str(d)
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else None


def prepare(outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "petrarch.jsonl", "w", encoding="utf-8") as f:
        for r in petrarch_rows():
            if not r["text"].strip():
                continue
            f.write(json.dumps({"id": r["id"], "text": r["text"], "published": iso(r["date"])}) + "\n")
    with open(out / "plover.jsonl", "w", encoding="utf-8") as f:
        for r in plover_rows():
            f.write(json.dumps({"id": r["id"], "text": r["text"], "published": r.get("date") or None}) + "\n")


def load_pred(path):
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            key = rec["id"].split(":", 1)[1] if ":" in rec["id"] else rec["id"]
            out[key] = rec
    return out


def country(code):
    return (code or "")[:3]


def actor_code(p):
    return (p or {}).get("actor_code") or ""


def petrarch(pred_path, verbose):
    pred = load_pred(pred_path)
    gold_total = matched = events_total = extra = 0
    for r in petrarch_rows():
        events = (pred.get(r["id"]) or {}).get("events", [])
        events = [e for e in events if not e.get("hypothetical")]
        used = set()
        for c in r["codings"]:
            gold_total += 1
            hit = None
            for i, e in enumerate(events):
                ok = lambda g, p: country(g) == "---" or country(g) == country(p)
                if i not in used and ok(c["sourcecode"], actor_code(e.get("source"))) and ok(c["targetcode"], actor_code(e.get("target"))) and e["cameo"][:2] == c["eventcode"][:2]:
                    hit = i
                    break
            if hit is None:
                if verbose:
                    print(f"MISS {r['id']}: {c['sourcecode']} -> {c['targetcode']} {c['eventcode']} | {r['text'][:140]}")
                    for e in events:
                        print(f"      dyad: {actor_code(e.get('source'))} -> {actor_code(e.get('target'))} {e['cameo']} ({e['trigger']})")
            else:
                used.add(hit)
                matched += 1
        events_total += len(events)
        for i, e in enumerate(events):
            if i not in used:
                extra += 1
                if verbose:
                    print(f"EXTRA {r['id']}: {actor_code(e.get('source'))} -> {actor_code(e.get('target'))} {e['cameo']} ({e['trigger']}) | {e['sentence'][:120]}")
    m = matched / gold_total if gold_total else 0
    x = extra / events_total if events_total else 0
    print(f"PETRARCH real sentences: {len(petrarch_rows())} sentences, {gold_total} gold codings, {events_total} dyad events")
    print(f"matched {matched}/{gold_total} = {m:.3f} (target >= 0.75); extra {extra}/{events_total} = {x:.3f} (target <= 0.20)")
    return {"matched": m, "extra": x}


OLD_NAMES = {"09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "19": "FIGHT", "20": "ASSAULT"}


def gsr_type(e):
    code = e["cameo"]
    if code[:2] in OLD_NAMES:
        return OLD_NAMES[code[:2]]
    if code[:2] == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return e.get("plover")


def texts(actors):
    if not actors:
        return []
    if isinstance(actors, dict):
        actors = [actors]
    return [a.get("actorText", "").lower() for a in actors if isinstance(a, dict) and a.get("actorText")]


def overlaps(words, golds):
    w = (words or "").lower()
    return bool(w) and any(g and (g in w or w in g) for g in golds)


def plover(pred_path, verbose):
    pred = load_pred(pred_path)
    rows = plover_rows()
    typed = src_total = src_ok = tgt_total = tgt_ok = 0
    for r in rows:
        events = (pred.get(r["id"]) or {}).get("events", [])
        text = (pred.get(r["id"]) or {}).get("text", "")
        right = [e for e in events if gsr_type(e) == r["event"]]
        e = right[0] if right else None
        if e:
            typed += 1
        gs, gt = texts(r.get("source")), texts(r.get("target"))
        span_text = lambda p: "".join(list(text)[p["span"][0]:p["span"][1]]) if p else ""
        if gs:
            src_total += 1
            src_ok += bool(e and overlaps(span_text(e.get("source")), gs))
        if gt:
            tgt_total += 1
            tgt_ok += bool(e and overlaps(span_text(e.get("target")), gt))
        if verbose and not e:
            got = ", ".join(f"{gsr_type(x)}/{x['cameo']}({x['trigger']})" for x in events) or "nothing"
            print(f"MISS {r['id']} {r['event']}: {r['text'][:120]} | dyad: {got}")
    t = typed / len(rows)
    s = src_ok / src_total if src_total else 0
    g = tgt_ok / tgt_total if tgt_total else 0
    print(f"PLOVER gold: {len(rows)} records; event type accuracy {typed}/{len(rows)} = {t:.3f} (target >= 0.80)")
    print(f"source text match {src_ok}/{src_total} = {s:.3f}; target text match {tgt_ok}/{tgt_total} = {g:.3f} (target >= 0.75)")
    return {"type": t, "source": s, "target": g}


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    if len(args) == 2 and args[0] == "prepare":
        prepare(args[1])
    elif len(args) == 2 and args[0] == "petrarch":
        petrarch(args[1], verbose)
    elif len(args) == 2 and args[0] == "plover":
        plover(args[1], verbose)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
