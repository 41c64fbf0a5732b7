#!/usr/bin/env python3
"""Per-page scores, to see where an extractor loses (development aid; score.py is the metric).

    perpage.py zyte|wcxb PRED.jsonl [OTHER.jsonl] [--half even|odd|all] [--field text|title|date|author]

Prints one line per page, worst first: id, F1 (and OTHER's F1 beside it), precision, recall.
`--half` keeps pages whose holdout key is even or odd (see `half_of`): tune on even, check odd.
With `--field` other than text, prints the pages where the field is wrong.
"""
import argparse
import hashlib
import importlib.util
import json
import statistics
from collections import Counter
from pathlib import Path

SCORE = Path("/work/shared/bench/extraction/score.py")
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def half_of(key):
    """'even' or 'odd': the page number for WCXB ids, the last hex digit for Zyte's hashes."""
    n = int(key) if key.isdigit() else int(key[-1], 16)
    return "even" if n % 2 == 0 else "odd"


def truth(bench):
    d = SCORE.parent / bench
    if bench == "zyte":
        gt = json.loads((d / "ground-truth.json").read_text())
        return {k: {"text": v.get("articleBody") or ""} for k, v in gt.items()}
    out = {}
    for f in sorted((d / "ground-truth").glob("*.json")):
        g = json.loads(f.read_text())["ground_truth"]
        out[f.stem] = {"text": g.get("main_content") or "", "title": g.get("title"),
                       "date": g.get("publish_date"), "author": g.get("author")}
    return out


def prf(bench, t, p):
    if bench == "zyte":
        a, b = score.shingles(t), score.shingles(p)
    else:
        a = Counter(score.WORD.findall(t.lower()))
        b = Counter(score.WORD.findall(p.lower()))
    tp = sum((a & b).values())
    pr = tp / sum(b.values()) if b else (1.0 if not a else 0.0)
    rc = tp / sum(a.values()) if a else 1.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return f, pr, rc


def official(bench, gt, pred, keys):
    """score.py's F1 over the pages `keys` (same formula: zyte averages P and R then takes the
    harmonic mean, with its rules for empty pages; wcxb averages per-page F1)."""
    if bench == "wcxb":
        return statistics.mean(prf(bench, gt[k]["text"], (pred.get(k) or {}).get("text") or "")[0]
                               for k in keys)
    precs, recs = [], []
    for k in keys:
        t = score.shingles(gt[k]["text"])
        p = score.shingles((pred.get(k) or {}).get("text") or "")
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        if fp == fn == 0:
            pr = rc = 1.0
        else:
            pr = tp / (tp + fp) if tp + fp else None
            rc = tp / (tp + fn) if tp + fn else 0.0
        if tp + fp > 0:
            precs.append(pr)
        if tp + fn > 0:
            recs.append(rc)
    P, R = statistics.mean(precs), statistics.mean(recs)
    return 2 * P * R / (P + R) if P + R else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench", choices=["zyte", "wcxb"])
    ap.add_argument("pred", type=Path)
    ap.add_argument("other", type=Path, nargs="?")
    ap.add_argument("--half", default="all")
    ap.add_argument("--field", default="text")
    ap.add_argument("--halves", action="store_true",
                    help="print score.py's F1 on the even and the odd half, one line each")
    a = ap.parse_args()
    gt = truth(a.bench)
    pred = score.load_pred(a.pred)
    if a.halves:
        for half in ("even", "odd"):
            keys = [k for k in gt if half_of(k) == half]
            print(f"{half} {len(keys)} pages: F1 {official(a.bench, gt, pred, keys):.4f}")
        return
    other = score.load_pred(a.other) if a.other else {}
    rows = []
    for k, g in gt.items():
        if a.half != "all" and half_of(k) != a.half:
            continue
        r = pred.get(k, {})
        if a.field == "text":
            f, p, rc = prf(a.bench, g["text"], r.get("text") or "")
            fo = prf(a.bench, g["text"], (other.get(k) or {}).get("text") or "")[0] if other else None
            rows.append((f, k, p, rc, fo))
        else:
            want = g.get("date" if a.field == "date" else a.field)
            got = r.get("published" if a.field == "date" else a.field)
            if not want:
                continue
            if a.field == "date":
                ok = str(want)[:10] == str(got or "")[:10]
            elif a.field == "title":
                ok = score.norm(want) == score.norm(got)
            else:
                x, y = score.norm(want), score.norm(got)
                ok = bool(y) and (x in y or y in x)
            oth = (other.get(k) or {}).get("published" if a.field == "date" else a.field)
            if not ok:
                print(f"{k}\twant={want!r}\tgot={got!r}\tother={oth!r}")
    if a.field == "text":
        rows.sort()
        for f, k, p, rc, fo in rows:
            extra = f"  other {fo:.3f}" if fo is not None else ""
            print(f"{k[:16]}  F1 {f:.3f}  P {p:.3f}  R {rc:.3f}{extra}")
        print(f"mean F1 {statistics.mean(r[0] for r in rows):.4f} over {len(rows)} pages"
              + (f"; other {statistics.mean(r[4] for r in rows):.4f}" if other else ""))


if __name__ == "__main__":
    main()
