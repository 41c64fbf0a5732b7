#!/usr/bin/env python3
"""Score story clusters and copy folding against bench/clustering/gold.tsv.

    python3 bench/clustering/score.py GOLD.tsv PRED.jsonl [PRED2.jsonl ...] [--json OUT.json]

PRED files have one {"id", "story", "copy_of"} per line (what the clustering bench writes).
For the first PRED file it prints:
  - stories: pairwise precision/recall/F1 (over all pairs of articles: a pair is positive when
    both are in one story) and BCubed precision/recall/F1 (Bagga & Baldwin 1998: per-article
    precision and recall of its cluster, averaged over articles);
  - copies: pairwise precision/recall/F1 over copy groups (a predicted group is a canonical
    article and every article whose copy_of names it); singleton groups make no pair.
For every further PRED file (the same stream in a perturbed order) it prints the same story
F1 figures and the pairwise agreement with the first file (pairwise F1 of one clustering
against the other): how much the result depends on arrival order.
Python 3 standard library only.
"""
import json
import sys
from collections import defaultdict


def read_gold(path):
    story, group = {}, {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            story[cols[0]] = cols[1]
            group[cols[0]] = cols[2]
    return story, group


def read_pred(path):
    story, group = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            story[r["id"]] = r["story"]
            group[r["id"]] = r.get("copy_of") or r["id"]
    return story, group


def pairs(labels):
    """Positive pairs as a set of sorted id tuples."""
    by = defaultdict(list)
    for i, l in labels.items():
        by[l].append(i)
    out = set()
    for members in by.values():
        members.sort()
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                out.add((members[x], members[y]))
    return out


def prf(p, r):
    return (2 * p * r / (p + r)) if p + r else 0.0


def pairwise(gold, pred):
    g, p = pairs(gold), pairs(pred)
    tp = len(g & p)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    return precision, recall, prf(precision, recall)


def bcubed(gold, pred):
    gc, pc = defaultdict(set), defaultdict(set)
    for i in gold:
        gc[gold[i]].add(i)
        pc[pred[i]].add(i)
    ps, rs = [], []
    for i in gold:
        inter = len(gc[gold[i]] & pc[pred[i]])
        ps.append(inter / len(pc[pred[i]]))
        rs.append(inter / len(gc[gold[i]]))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return p, r, prf(p, r)


def main():
    args = sys.argv[1:]
    out_json = None
    if "--json" in args:
        k = args.index("--json")
        out_json = args[k + 1]
        del args[k:k + 2]
    gold_story, gold_group = read_gold(args[0])
    preds = [read_pred(p) for p in args[1:]]
    ids = set(gold_story)
    for path, (s, _) in zip(args[1:], preds):
        missing = ids - set(s)
        if missing:
            sys.exit(f"{path}: {len(missing)} article(s) of the gold set have no prediction")
    base_story, base_group = preds[0]
    base_story = {i: base_story[i] for i in ids}
    base_group = {i: base_group[i] for i in ids}
    res = {
        "articles": len(ids),
        "gold_stories": len(set(gold_story.values())),
        "pred_stories": len(set(base_story.values())),
        "gold_copies": sum(1 for i in ids if gold_group[i] != i),
        "pred_copies": sum(1 for i in ids if base_group[i] != i),
        "pairwise": pairwise(gold_story, base_story),
        "bcubed": bcubed(gold_story, base_story),
        "copies": pairwise(gold_group, base_group),
        "orders": [],
    }
    for (s, _) in preds[1:]:
        s = {i: s[i] for i in ids}
        res["orders"].append({"pairwise": pairwise(gold_story, s), "bcubed": bcubed(gold_story, s),
                              "agreement": pairwise(base_story, s)[2]})
    f3 = lambda t: "P %.3f  R %.3f  F1 %.3f" % t
    print(f"articles {res['articles']}, stories gold {res['gold_stories']} / found {res['pred_stories']}, "
          f"copies gold {res['gold_copies']} / found {res['pred_copies']}")
    print(f"stories pairwise  {f3(res['pairwise'])}")
    print(f"stories BCubed    {f3(res['bcubed'])}")
    print(f"copies  pairwise  {f3(res['copies'])}")
    if res["orders"]:
        pw = [o["pairwise"][2] for o in res["orders"]]
        bc = [o["bcubed"][2] for o in res["orders"]]
        ag = [o["agreement"] for o in res["orders"]]
        print(f"perturbed orders ({len(pw)}): pairwise F1 min {min(pw):.3f} mean {sum(pw) / len(pw):.3f}; "
              f"BCubed F1 min {min(bc):.3f}; agreement with stream order min {min(ag):.3f} mean {sum(ag) / len(ag):.3f}")
    if out_json:
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
