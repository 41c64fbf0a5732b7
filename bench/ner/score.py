#!/usr/bin/env python3
"""Score dyad and spaCy en_core_web_sm on GUM news named mentions.

Run through bench/ner.sh, which makes the virtualenv and builds dyad. By
itself (standard library only, plus the venv's python for spaCy):

  python3 bench/ner/score.py --dyad target/release/dyad --python bench/.venv/bin/python
  python3 bench/ner/score.py --dyad-json FILE --spacy-json FILE   # score saved outputs

What is scored (see bench/ner/README.md for the reasons):
  * gold: GUM mentions of type person, organization, place whose syntactic
    head is a proper noun (gum.Mention.is_named), outside the headline;
  * PER = GUM person / spaCy PERSON / dyad person;
    ORG = GUM organization / spaCy ORG / dyad organisation;
    LOC = GUM place / spaCy GPE, LOC, FAC / dyad country, place;
    spaCy NORP, EVENT, PRODUCT, ... and dyad pronoun/title mentions are not
    predictions (dyad `name` and `metonym` mentions are);
  * exact: a prediction is right when (start, end, type) equals a gold
    mention's (the headline figure); relaxed: the same after removing a
    leading "the/a/an " and a trailing possessive "'s"/"'" from both sides.
"""

import argparse
import csv
import datetime
import difflib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import gum  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
               "FAC": "LOC"}
DYAD_TYPES = {"person": "PER", "organisation": "ORG", "country": "LOC",
              "place": "LOC"}
DYAD_NAMED_KINDS = ("name", "metonym")
LEAD_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
TRAIL_POSS = re.compile(r"\s*(?:['’]s|['’])$")


# ---------------------------------------------------------------- gold

def body_start(doc, with_headline):
    return 0 if with_headline else doc.sentences[1][1]


def gold_mentions(doc, named="head", with_headline=False):
    lo = body_start(doc, with_headline)
    out = set()
    for m in doc.mentions:
        ty = GUM_TYPES.get(m.type)
        if not ty or m.start < lo:
            continue
        if (m.is_named if named == "head" else m.has_propn):
            out.add((m.start, m.end, ty))
    return out


# ---------------------------------------------------------- alignment

def aligner(ours, theirs):
    """A function mapping offsets in `theirs` (a system's copy of the text)
    to offsets in `ours`; None where the character is not in ours."""
    k = ours.find(theirs)
    if k >= 0:
        return lambda i: i + k
    sm = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    table = [None] * (len(theirs) + 1)
    for a, b, n in sm.get_matching_blocks():
        for j in range(n + 1):
            if b + j <= len(theirs):
                table[b + j] = a + j
    return lambda i: table[i] if 0 <= i < len(table) else None


# --------------------------------------------------------- predictions

def dyad_mentions(records, docs, with_headline=False):
    """{doc name: set of (start, end, TYPE)} from dyad analyze --json."""
    out = {name: set() for name in docs}
    for r in records:
        name = r["id"].split(":")[-1]
        doc = docs.get(name)
        if doc is None:
            continue
        to = aligner(doc.text, r["text"])
        lo = body_start(doc, with_headline)
        for e in r.get("entities", []):
            ty = DYAD_TYPES.get(e.get("entity_kind"))
            if not ty or e.get("kind") not in DYAD_NAMED_KINDS:
                continue
            s, t = to(e["span"][0]), to(e["span"][1])
            if s is None or t is None or s < lo:
                continue
            out[name].add((s, t, ty))
    return out


def spacy_mentions(ents, docs, with_headline=False):
    out = {name: set() for name in docs}
    for name, es in ents.items():
        doc = docs.get(name)
        if doc is None:
            continue
        lo = body_start(doc, with_headline)
        for s, t, label in es:
            ty = SPACY_TYPES.get(label)
            if ty and s >= lo:
                out[name].add((s, t, ty))
    return out


# ------------------------------------------------------------- scoring

def relax(text, m):
    s, t, ty = m
    span = text[s:t]
    d = LEAD_DET.match(span)
    if d:
        s += d.end()
    p = TRAIL_POSS.search(text[s:t])
    if p and p.start() > 0:
        t = s + p.start()
    return (s, t, ty)


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, pred, docs, relaxed=False):
    """{'all'|TYPE: (P, R, F1, tp, n_pred, n_gold)}"""
    res = {}
    for ty in ("all",) + TYPES:
        tp = npred = ngold = 0
        for name, doc in docs.items():
            g, p = gold[name], pred[name]
            if relaxed:
                g = {relax(doc.text, m) for m in g}
                p = {relax(doc.text, m) for m in p}
            if ty != "all":
                g = {m for m in g if m[2] == ty}
                p = {m for m in p if m[2] == ty}
            tp += len(g & p)
            npred += len(p)
            ngold += len(g)
        res[ty] = prf(tp, npred, ngold) + (tp, npred, ngold)
    return res


# --------------------------------------------------------------- runs

def run_dyad(dyad, jsonl_files, pin):
    cmd = ([shutil.which("taskset"), "-c", "0"] if pin else []) + \
        [dyad, "analyze"] + jsonl_files + ["--json"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("score.py: dyad failed (%d): %s" % (
            r.returncode, r.stderr.decode(errors="replace")[-2000:]))
    return [json.loads(l) for l in r.stdout.decode().splitlines() if l]


def time_dyad(dyad, docs, tmp, repeat, runs, pin):
    """Best wall time of `dyad analyze big.jsonl --json > file`, where
    big.jsonl holds the corpus `repeat` times; process start included."""
    big = os.path.join(tmp, "repeated.jsonl")
    with open(big, "w", encoding="utf-8") as f:
        for i in range(repeat):
            for d in docs:
                r = d.record()
                r["id"] = "%s~%d" % (d.name, i)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cmd = ([shutil.which("taskset"), "-c", "0"] if pin else []) + \
        [dyad, "analyze", big, "--json"]
    best = None
    with open(os.path.join(tmp, "repeated.out"), "wb") as out:
        for _ in range(runs):
            out.seek(0)
            out.truncate()
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=out, check=True)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
    return best


def run_spacy(python, repeat, runs, pin, timing=True):
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
              "BLIS_NUM_THREADS"):
        env[k] = "1"
    # Older-OpenBLAS workarounds slow a current numpy: not for benchmarks.
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    cmd = ([shutil.which("taskset"), "-c", "0"] if pin else []) + \
        [python, os.path.join(HERE, "spacy_ner.py"), "--repeat", str(repeat),
         "--runs", str(runs)] + ([] if timing else ["--no-timing"])
    r = subprocess.run(cmd, stdout=subprocess.PIPE, env=env)
    if r.returncode != 0:
        raise SystemExit("score.py: spaCy run failed (exit %d)" % r.returncode)
    return json.loads(r.stdout)


# ------------------------------------------------------------- report

def fmt(x):
    return "%5.1f" % (100 * x)


def verbose_errors(name, gold, pred, docs, limit):
    print("\n== %s: errors (exact span, type-aware) ==" % name)
    for dn, doc in docs.items():
        g, p = gold[dn], pred[dn]
        gspan = {(s, t): ty for s, t, ty in g}
        pspan = {(s, t): ty for s, t, ty in p}
        lines = []
        for s, t, ty in sorted(p - g):
            if (s, t) in gspan:
                kind = "TYPE %s->%s" % (gspan[(s, t)], ty)
            elif any(gs < t and s < gt and gty == ty
                     for gs, gt, gty in g):
                kind = "SPAN"
            else:
                kind = "FP"
            lines.append((s, "%-12s %r" % (kind, doc.text[s:t])))
        for s, t, ty in sorted(g - p):
            if (s, t) in pspan:
                continue  # reported as TYPE
            if any(ps < t and s < pt for ps, pt, _ in p):
                lines.append((s, "%-12s %r (gold %s)" % (
                    "SPAN-gold", doc.text[s:t], ty)))
            else:
                lines.append((s, "%-12s %r (%s)" % ("MISS", doc.text[s:t], ty)))
        if lines:
            print("-- %s" % dn)
            for _, l in sorted(lines)[:limit]:
                print("   " + l)


def host():
    return socket.gethostname().split(".")[0] or "host"


def git_commit():
    try:
        c = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short",
                            "HEAD"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL).stdout.decode().strip()
        d = subprocess.run(["git", "-C", ROOT, "status", "--porcelain",
                            "--", "crates"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL).stdout.decode().strip()
        return c + ("-dirty" if d else "")
    except OSError:
        return ""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dyad", default=os.path.join(ROOT, "target", "release",
                                                   "dyad"))
    ap.add_argument("--python", help="python with spaCy (bench/.venv)")
    ap.add_argument("--dyad-json", help="score this dyad output instead")
    ap.add_argument("--spacy-json", help="score this spacy_ner.py output")
    ap.add_argument("--named", choices=("head", "any-propn"), default="head",
                    help="which GUM mentions are named (default: head PROPN)")
    ap.add_argument("--with-headline", action="store_true",
                    help="score headlines too (dyad analyses only the body)")
    ap.add_argument("--repeat", type=int, default=20,
                    help="corpus copies in dyad's timing input")
    ap.add_argument("--spacy-repeat", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3, help="timing runs (best)")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--csv", help="append a row here (default "
                    "bench/runs/<date>-<host>/ner.csv); 'none' to skip")
    ap.add_argument("--verbose", action="store_true",
                    help="list dyad's errors per document")
    ap.add_argument("--limit", type=int, default=200)
    a = ap.parse_args(argv)

    docs_list = gum.documents()
    docs = {d.name: d for d in docs_list}
    words = sum(d.words() for d in docs_list)
    gold = {n: gold_mentions(d, a.named, a.with_headline)
            for n, d in docs.items()}
    pin = shutil.which("taskset") is not None
    timing = not a.no_timing

    with tempfile.TemporaryDirectory(prefix="dyad-ner-") as tmp:
        gum.write(docs_list, tmp)
        files = [os.path.join(tmp, d.name + ".jsonl") for d in docs_list]
        if a.dyad_json:
            with open(a.dyad_json, encoding="utf-8") as f:
                recs = [json.loads(l) for l in f if l.strip()]
            dyad_sec = None
        else:
            recs = run_dyad(a.dyad, files, pin)
            dyad_sec = (time_dyad(a.dyad, docs_list, tmp, a.repeat, a.runs,
                                  pin) if timing else None)
        if a.spacy_json:
            with open(a.spacy_json, encoding="utf-8") as f:
                sp = json.load(f)
        elif a.python:
            sp = run_spacy(a.python, a.spacy_repeat, a.runs, pin, timing)
        else:
            sp = None

    systems = [("dyad", dyad_mentions(recs, docs, a.with_headline),
                (words * a.repeat / dyad_sec) if dyad_sec else None)]
    if sp:
        for key, label in (("ner", "spaCy sm (ner only)"),
                           ("full", "spaCy sm (full pipeline)")):
            t = sp.get("timing", {}).get(key)
            systems.append((label, spacy_mentions(sp["docs"][key], docs,
                                                  a.with_headline),
                            t["words"] / t["seconds"] if t else None))

    ng = {ty: sum(1 for g in gold.values() for m in g if m[2] == ty)
          for ty in TYPES}
    print("GUM news NER: %d documents, %d words; gold named mentions %d "
          "(PER %d, ORG %d, LOC %d)%s" % (
              len(docs), words, sum(ng.values()), ng["PER"], ng["ORG"],
              ng["LOC"], "" if a.with_headline else ", headlines excluded"))
    if sp:
        print("spaCy %s, model %s loaded via %s" % (
            sp["spacy"], sp["model"], sp["loaded_via"]))
    print("one core: %s; words/s = GUM words x copies / best of %d runs" % (
        "taskset -c 0" if pin else "NOT pinned (no taskset)", a.runs))
    print()
    hdr = ("%-25s %5s %5s %5s | %5s %5s %5s | %5s %5s %5s | %9s" % (
        "exact span, type-aware", "P", "R", "F1", "PER", "ORG", "LOC",
        "rP", "rR", "rF1", "words/s"))
    print(hdr)
    print("-" * len(hdr))
    rows = []
    for label, pred, wps in systems:
        ex = score(gold, pred, docs)
        rl = score(gold, pred, docs, relaxed=True)
        rows.append((label, ex, rl, wps))
        print("%-25s %s %s %s | %s %s %s | %s %s %s | %9s" % (
            label, fmt(ex["all"][0]), fmt(ex["all"][1]), fmt(ex["all"][2]),
            fmt(ex["PER"][2]), fmt(ex["ORG"][2]), fmt(ex["LOC"][2]),
            fmt(rl["all"][0]), fmt(rl["all"][1]), fmt(rl["all"][2]),
            "%.0f" % wps if wps else "-"))
    print("(PER/ORG/LOC: exact F1 per type; rP/rR/rF1: relaxed span)")
    ratio = None
    if len(rows) > 1 and rows[0][3] and rows[1][3]:
        ratio = rows[0][3] / rows[1][3]
        print("\nspeed: dyad %.0f words/s, spaCy sm (ner only) %.0f words/s:"
              " dyad is %.1fx (target 10x); vs the full spaCy pipeline %.1fx"
              % (rows[0][3], rows[1][3], ratio,
                 rows[0][3] / rows[2][3] if rows[2][3] else float("nan")))
        d, s = rows[0][1]["all"][2], rows[1][1]["all"][2]
        print("F1: dyad %.1f vs spaCy sm %.1f (exact, headline figure): %s"
              % (100 * d, 100 * s, "target met" if d >= s and ratio >= 10
                 else "target not met"))

    if a.verbose:
        verbose_errors("dyad", gold, systems[0][1], docs, a.limit)

    if a.csv != "none" and not (a.dyad_json or a.spacy_json):
        today = datetime.date.today().isoformat()
        path = a.csv or os.path.join(ROOT, "bench", "runs", "%s-%s" % (
            today, host()), "ner.csv")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        cols = ["time", "host", "commit", "named", "headlines", "words",
                "gold", "spacy", "model"]
        vals = [datetime.datetime.now().isoformat(timespec="seconds"),
                host(), git_commit(), a.named,
                "in" if a.with_headline else "out", words,
                sum(ng.values()),
                sp["spacy"] if sp else "", sp["model"] if sp else ""]
        for key, (label, ex, rl, wps) in zip(("dyad", "spacy_ner",
                                             "spacy_full"), rows):
            cols += ["%s_%s" % (key, c) for c in (
                "p", "r", "f1", "per_f1", "org_f1", "loc_f1", "relaxed_p",
                "relaxed_r", "relaxed_f1", "words_per_s")]
            vals += ["%.4f" % ex["all"][0], "%.4f" % ex["all"][1],
                     "%.4f" % ex["all"][2], "%.4f" % ex["PER"][2],
                     "%.4f" % ex["ORG"][2], "%.4f" % ex["LOC"][2],
                     "%.4f" % rl["all"][0], "%.4f" % rl["all"][1],
                     "%.4f" % rl["all"][2], "%.0f" % wps if wps else ""]
        cols.append("speed_ratio")
        vals.append("%.2f" % ratio if ratio else "")
        new = not os.path.exists(path)
        with open(path, "a", newline="") as f:
            w = csv.writer(f)
            if new:
                w.writerow(cols)
            w.writerow(vals)
        print("\nrow appended to %s" % os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
