#!/usr/bin/env python3
"""Score dyad's time expressions against the hand-made gold in bench/times/.

  python3 bench/times/score.py [--dyad target/release/dyad] [--verbose]

Two sets:
  * gum:    the 24 GUM news documents (gum_gold.jsonl), texts rebuilt by
            bench/ner/gum.py with the creation date as `published`;
  * corpus: dyad's sample corpus (corpus_gold.jsonl), read with
            `dyad analyze examples/corpus --json`.

Matching: a prediction and a gold expression match when their character
spans overlap (any overlap), one-to-one; pairs with the right value are
taken first. Reported per set and overall:
  found       share of gold expressions matched by a prediction
  normalised  share of gold expressions matched AND with the gold value and
              precision (null gold = the prediction's value is null too):
              the issue's target is >= 90%
  until       of matched gold ranges (until set), share with the right until
  precision   share of predictions that overlap some gold expression
GUM headlines are left out by default (dyad takes a text's first paragraph
as its title and does not analyse it); --with-headline keeps them.
"""

import argparse
import collections
import csv
import datetime
import json
import os
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench", "ner"))
import gum  # noqa: E402


def _ner_score():
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "ner_score", os.path.join(ROOT, "bench", "ner", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_NER = _ner_score()
aligner = _NER.aligner

ARTICLES = os.path.join(ROOT, "tools", "corpus", "articles.json")
CORPUS = os.path.join(ROOT, "examples", "corpus")


class Gold:
    __slots__ = ("doc", "start", "end", "value", "precision", "until",
                 "label", "note")

    def __init__(self, doc, start, end, rec, label):
        self.doc, self.start, self.end = doc, start, end
        self.value = rec.get("value")
        self.precision = rec.get("precision")
        self.until = rec.get("until")
        self.note = rec.get("note", "")
        self.label = label


class Pred:
    __slots__ = ("start", "end", "text", "value", "precision", "until")

    def __init__(self, start, end, t):
        self.start, self.end = start, end
        self.text = t.get("text")
        self.value = t.get("value")
        self.precision = t.get("precision")
        self.until = t.get("until")


def run_dyad(dyad, paths):
    r = subprocess.run([dyad, "analyze"] + paths + ["--json"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("times/score.py: dyad failed (%d): %s" % (
            r.returncode, r.stderr.decode(errors="replace")[-2000:]))
    return [json.loads(l) for l in r.stdout.decode().splitlines() if l]


# ---------------------------------------------------------------- sets

def gum_set(dyad, with_headline):
    """(gold by doc, predictions by doc, texts by doc, refs by doc)"""
    docs = {d.name: d for d in gum.documents()}
    gold = collections.defaultdict(list)
    with open(os.path.join(HERE, "gum_gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("headline") and not with_headline:
                continue
            d = docs[r["doc"]]
            s, e = d.char_span(r["start"], r["end"])
            gold[d.name].append(Gold(d.name, s, e, r, d.text[s:e]))
    with tempfile.TemporaryDirectory(prefix="dyad-times-") as tmp:
        gum.write(list(docs.values()), tmp)
        recs = run_dyad(dyad, [os.path.join(tmp, n + ".jsonl")
                               for n in sorted(docs)])
    preds = collections.defaultdict(list)
    refs = {}
    for r in recs:
        name = r["id"].split(":")[-1]
        d = docs.get(name)
        if d is None:
            continue
        refs[name] = r.get("published")
        to = aligner(d.text, r["text"])
        for t in r.get("times", []):
            s, e = to(t["span"][0]), to(t["span"][1])
            if s is not None and e is not None:
                preds[name].append(Pred(s, e, t))
    texts = {n: d.text for n, d in docs.items()}
    return gold, preds, texts, refs


def nth(text, sub, n):
    i = -1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def corpus_set(dyad):
    with open(ARTICLES, encoding="utf-8") as f:
        arts = {a["id"]: a for a in json.load(f)}
    recs = {r["id"]: r for r in run_dyad(dyad, [CORPUS])}
    gold = collections.defaultdict(list)
    lost = []
    aligners = {}
    with open(os.path.join(HERE, "corpus_gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            a = arts[g["article"]]
            body = "\n\n".join(a["paragraphs"])
            p = nth(body, g["text"], g["occurrence"])
            if p < 0:
                raise SystemExit("times/score.py: %s: %r occurrence %d not in "
                                 "articles.json" % (g["id"], g["text"],
                                                    g["occurrence"]))
            r = recs.get(g["id"])
            if r is None:
                lost.append(g)
                continue
            if g["id"] not in aligners:
                aligners[g["id"]] = aligner(r["text"], body)
            to = aligners[g["id"]]
            s, e = to(p), to(p + len(g["text"]))
            if s is None or e is None:
                lost.append(g)
                continue
            gold[g["id"]].append(Gold(g["id"], s, e, g, g["text"]))
    preds = collections.defaultdict(list)
    texts, refs = {}, {}
    for rid, r in recs.items():
        texts[rid] = r["text"]
        refs[rid] = r.get("published")
        for t in r.get("times", []):
            preds[rid].append(Pred(t["span"][0], t["span"][1], t))
    return gold, preds, texts, refs, lost


# ------------------------------------------------------------ matching

def right(g, p):
    return g.value == p.value and g.precision == p.precision


def overlap(g, p):
    return min(g.end, p.end) - max(g.start, p.start)


def match(golds, preds):
    """One-to-one: {gold index: pred index}; right values first."""
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            ov = overlap(g, p)
            if ov > 0:
                pairs.append((not right(g, p), -ov, i, j))
    pairs.sort()
    gm, pm = {}, set()
    for _, _, i, j in pairs:
        if i not in gm and j not in pm:
            gm[i] = j
            pm.add(j)
    return gm


def why(g, p, ref):
    """A coarse label for a wrong value (to group dyad's errors)."""
    if p.value is None and g.value is not None:
        return "no value (publication date %s)" % ("unknown" if not ref
                                                    else "known")
    if g.value is None:
        return "gold has no calendar value (decade/century/nowadays/winter)"
    if g.precision != p.precision:
        return "precision %s, gold %s" % (p.precision, g.precision)
    if g.precision == "day":
        try:
            dg = datetime.date.fromisoformat(g.value)
            dp = datetime.date.fromisoformat(p.value)
        except ValueError:
            return "other"
        if abs((dp - dg).days) == 7:
            return "weekday resolved to the %s week" % (
                "next" if dp > dg else "previous")
        if (dg.month, dg.day) == (dp.month, dp.day):
            return "year of a day-month date"
        return "other day"
    if g.precision == "month" and g.value[5:] == p.value[5:]:
        return "year of a bare month"
    return "other"


def evaluate(name, gold, preds, texts, refs, verbose, errors):
    n_gold = n_found = n_right = n_pred = n_pred_ok = 0
    n_range = n_until = 0
    for doc in sorted(set(gold) | set(preds)):
        gs = sorted(gold.get(doc, []), key=lambda g: g.start)
        ps = sorted(preds.get(doc, []), key=lambda p: p.start)
        gm = match(gs, ps)
        n_gold += len(gs)
        n_pred += len(ps)
        n_pred_ok += sum(1 for p in ps if any(overlap(g, p) > 0 for g in gs))
        lines = []
        text = texts.get(doc, "")
        for i, g in enumerate(gs):
            if i not in gm:
                errors["missed"][g.label.lower()] += 1
                lines.append((g.start, "MISS   %-28r gold %s %s%s" % (
                    g.label, g.value, g.precision,
                    " until " + g.until if g.until else "")))
                continue
            n_found += 1
            p = ps[gm[i]]
            if right(g, p):
                n_right += 1
            else:
                w = why(g, p, refs.get(doc))
                errors["wrong"][w] += 1
                lines.append((g.start, "WRONG  %-28r gold %s %s, dyad %r %s %s"
                              "   [%s]" % (g.label, g.value, g.precision,
                                           p.text, p.value, p.precision, w)))
            if g.until:
                n_range += 1
                n_until += p.until == g.until
        for p in ps:
            if not any(overlap(g, p) > 0 for g in gs):
                errors["spurious"][p.text] += 1
                lines.append((p.start, "EXTRA  %-28r dyad %s %s" % (
                    text[p.start:p.end], p.value, p.precision)))
        if verbose and lines:
            print("-- %s/%s (published %s)" % (name, doc, refs.get(doc)))
            for _, l in sorted(lines):
                print("   " + l)
    return {"gold": n_gold, "found": n_found, "right": n_right,
            "pred": n_pred, "pred_ok": n_pred_ok, "ranges": n_range,
            "until_ok": n_until}


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dyad", default=os.path.join(ROOT, "target", "release",
                                                   "dyad"))
    ap.add_argument("--verbose", action="store_true",
                    help="list misses, wrong values and extra predictions")
    ap.add_argument("--with-headline", action="store_true")
    ap.add_argument("--csv", help="append a row here (default "
                    "bench/runs/<date>-<host>/times.csv); 'none' to skip")
    a = ap.parse_args(argv)
    if not os.path.exists(a.dyad):
        raise SystemExit("times/score.py: no dyad binary at %s" % a.dyad)

    errors = {"missed": collections.Counter(),
              "wrong": collections.Counter(),
              "spurious": collections.Counter()}
    results = {}
    g, p, t, r = gum_set(a.dyad, a.with_headline)
    if a.verbose:
        print("== misses (MISS), wrong values (WRONG), predictions "
              "overlapping no gold (EXTRA)")
    results["gum"] = evaluate("gum", g, p, t, r, a.verbose, errors)
    g, p, t, r, lost = corpus_set(a.dyad)
    results["corpus"] = evaluate("corpus", g, p, t, r, a.verbose, errors)
    results["corpus"]["gold"] += len(lost)
    for x in lost:
        errors["missed"]["(text not in dyad's output) " + x["text"]] += 1
        if a.verbose:
            print("   LOST   %s %r occurrence %d: not found in dyad's text"
                  % (x["id"], x["text"], x["occurrence"]))
    tot = {k: results["gum"][k] + results["corpus"][k]
           for k in results["gum"]}
    results["all"] = tot

    if a.verbose:
        print()
    print("Time expressions: dyad vs hand-made gold (bench/times/README.md)")
    hdr = "%-8s %6s %8s %11s %7s %6s %10s" % (
        "set", "gold", "found", "normalised", "until", "pred", "precision")
    print(hdr)
    print("-" * len(hdr))
    for k in ("gum", "corpus", "all"):
        x = results[k]
        print("%-8s %6d %7.1f%% %10.1f%% %6s %6d %9.1f%%" % (
            k, x["gold"], pct(x["found"], x["gold"]),
            pct(x["right"], x["gold"]),
            ("%.0f%%" % pct(x["until_ok"], x["ranges"])) if x["ranges"]
            else "-", x["pred"], pct(x["pred_ok"], x["pred"])))
    print("(normalised = found and right value and precision; target >= 90%%;"
          " GUM headlines %s)" % ("included" if a.with_headline
                                   else "excluded"))
    if a.verbose:
        for kind in ("wrong", "missed", "spurious"):
            print("\n%s, most frequent:" % kind)
            for k, n in errors[kind].most_common(15):
                print("  %4d  %s" % (n, k))

    if a.csv != "none":
        today = datetime.date.today().isoformat()
        hostname = socket.gethostname().split(".")[0] or "host"
        path = a.csv or os.path.join(ROOT, "bench", "runs", "%s-%s" % (
            today, hostname), "times.csv")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        commit = _NER.git_commit()
        cols = ["time", "host", "commit"]
        vals = [datetime.datetime.now().isoformat(timespec="seconds"),
                hostname, commit]
        for k in ("gum", "corpus", "all"):
            x = results[k]
            cols += ["%s_%s" % (k, c) for c in (
                "gold", "found", "normalised", "pred", "precision")]
            vals += [x["gold"], "%.4f" % (pct(x["found"], x["gold"]) / 100),
                     "%.4f" % (pct(x["right"], x["gold"]) / 100), x["pred"],
                     "%.4f" % (pct(x["pred_ok"], x["pred"]) / 100)]
        new = not os.path.exists(path)
        with open(path, "a", newline="") as f:
            w = csv.writer(f)
            if new:
                w.writerow(cols)
            w.writerow(vals)
        print("row appended to %s" % os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
