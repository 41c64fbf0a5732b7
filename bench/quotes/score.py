#!/usr/bin/env python3
"""Score dyad's quote layer against the quote-attribution gold standard.

Usage:
  score.py PRED.jsonl [PRED.jsonl ...] [--set ours|gum|all] [--verbose] [--json]
  score.py --selftest

PRED files are the JSON Lines output of `dyad analyze --json`: one record per
article with `id`, `text` and `quotes: [{speaker, speaker_entity, text, span:
[start, end], cue, direct}]`, spans in characters (code points) of `text`.
Records are routed by id: `GUM_news_*` ids belong to the GUM set, all others to
our articles (bench/quotes/articles, gold in bench/quotes/gold).

Metric (see README.md): direct and indirect quotes are scored separately. A
predicted quote matches a gold quote of the same class when their character
spans overlap by at least 0.9 of the longer of the two; matching is one-to-one,
greedy by overlap. Precision, recall and F1 count matches; speaker accuracy is
the share of matched quotes whose speakers agree (case-insensitive, a leading
"the", "Mr", "Mrs", "Ms" dropped, equal strings or equal last words, and null
agrees only with null; accents are ignored, so Orbán = Orban).

Gold spans: for our articles, each gold `text` is looked up (its `occurrence`-th
time, whitespace-normalised) in the predicted record's text, after the headline
when the text still starts with it; a gold quote that cannot be found counts
as missed. For GUM, gold token positions are turned into character spans of the
text rebuilt by gum_text.py, which are carried over to the predicted text by
aligning the two texts; a span that falls outside the aligned text is missed.
"""
from __future__ import annotations

import argparse
import difflib
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gum_text  # noqa: E402

THRESHOLD = 0.9
CLASSES = ("direct", "indirect")
TITLE_WORDS = {"the", "mr", "mr.", "mrs", "mrs.", "ms", "ms."}


# ---------------------------------------------------------------- utilities

def norm_ws(s: str):
    """Collapse whitespace runs to one space; return (normalised, index map to s)."""
    out, idx = [], []
    prev_space = False
    for i, ch in enumerate(s):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            idx.append(i)
            prev_space = True
        else:
            out.append(ch)
            idx.append(i)
            prev_space = False
    idx.append(len(s))
    return "".join(out), idx


def find_nth(text: str, needle: str, n: int, start: int = 0):
    """Character span of the n-th whitespace-normalised occurrence of needle in text[start:]."""
    nt, idx = norm_ws(text)
    nn = re.sub(r"\s+", " ", needle.strip())
    if not nn:
        return None
    # first normalised position at or after `start`
    pos = 0
    while pos < len(nt) and idx[pos] < start:
        pos += 1
    k = 0
    while True:
        j = nt.find(nn, pos)
        if j < 0:
            return None
        k += 1
        if k == n:
            return idx[j], idx[j + len(nn) - 1] + 1
        pos = j + 1


def speaker_key(name):
    if name is None:
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", str(name)) if not unicodedata.combining(c))
    toks = re.findall(r"[^\s,;:()\"“”«»]+", folded.lower())
    toks = [t.strip(".'’") or t for t in toks]
    while toks and (toks[0] in TITLE_WORDS or toks[0].rstrip(".") in TITLE_WORDS):
        toks = toks[1:]
    return toks


def speakers_agree(pred, gold) -> bool:
    p, g = speaker_key(pred), speaker_key(gold)
    if p is None or g is None or not p or not g:
        return (p is None or p == []) and (g is None or g == [])
    if p == g:
        return True
    return p[-1] == g[-1]


def overlap_ratio(a, b) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(a[1] - a[0], b[1] - b[0])


def match(golds, preds):
    """One-to-one greedy matching by overlap. golds/preds: lists of (start, end).
    Returns list of (gold_index, pred_index, ratio)."""
    cands = []
    for gi, g in enumerate(golds):
        if g is None:
            continue
        for pi, p in enumerate(preds):
            r = overlap_ratio(g, p)
            if r >= THRESHOLD:
                cands.append((-r, gi, pi))
    cands.sort()
    used_g, used_p, out = set(), set(), []
    for negr, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, -negr))
    return out


# ---------------------------------------------------------------- gold

def body_headline(raw: str) -> str:
    return raw.split("\n", 1)[0].strip()


def load_ours(gold_dir, articles_dir):
    docs = {}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        headline = ""
        art = os.path.join(articles_dir, g["id"] + ".txt")
        if os.path.exists(art):
            with open(art, encoding="utf-8") as f:
                headline = body_headline(f.read())
        docs[g["id"]] = {"headline": headline, "quotes": g["quotes"], "not_quotes": g.get("not_quotes", [])}
    return docs


def load_gum(gum_gold, gum_dir=None):
    gdocs = gum_text.load_all(gum_dir)
    docs = {}
    with open(gum_gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            d = gdocs[r["doc"]]
            s, e = d.char_span(r["start"], r["end"])
            entry = docs.setdefault(r["doc"], {"text": d.text, "quotes": []})
            entry["quotes"].append({
                "span": (s, e),
                "text": d.text[s:e],
                "direct": r["direct"],
                "speaker": r.get("speaker_name"),
            })
    for doc_id, d in gdocs.items():  # documents without any quote still count for false alarms
        docs.setdefault(doc_id, {"text": d.text, "quotes": []})
    return docs


class Aligner:
    """Maps character offsets of a source text onto a target text that is a lightly edited copy."""

    def __init__(self, src: str, dst: str):
        self.src_n, self.src_idx = norm_ws(src)
        self.dst_n, self.dst_idx = norm_ws(dst)
        k = self.src_n.find(self.dst_n) if self.dst_n else -1
        j = self.dst_n.find(self.src_n) if self.src_n and k < 0 else -1
        if k >= 0:  # the target is a cut of the source (the usual case): no diff needed
            self.blocks = [difflib.Match(k, 0, len(self.dst_n))]
        elif j >= 0:  # the target is the source with additions around it
            self.blocks = [difflib.Match(0, j, len(self.src_n))]
        else:
            sm = difflib.SequenceMatcher(None, self.src_n, self.dst_n, autojunk=False)
            self.blocks = [b for b in sm.get_matching_blocks() if b.size]
        # source position -> normalised source position
        self.inv = {}
        for ni, oi in enumerate(self.src_idx[:-1]):
            self.inv.setdefault(oi, ni)

    def _src_norm(self, pos):
        # nearest normalised index at or after an original index
        while pos not in self.inv and pos < self.src_idx[-1]:
            pos += 1
        return self.inv.get(pos, len(self.src_n))

    def span(self, s, e):
        ns, ne = self._src_norm(s), self._src_norm(e - 1)
        mapped = []
        for b in self.blocks:
            lo, hi = max(ns, b.a), min(ne, b.a + b.size - 1)
            if lo <= hi:
                mapped.append((b.b + lo - b.a, b.b + hi - b.a))
        if not mapped:
            return None
        ds, de = mapped[0][0], mapped[-1][1]
        return self.dst_idx[ds], self.dst_idx[de] + 1


# ---------------------------------------------------------------- scoring

def new_counts():
    return {c: {"tp": 0, "fp": 0, "fn": 0, "speaker_ok": 0, "gold": 0, "pred": 0, "not_found": 0,
                "fp_non_quotes": 0} for c in CLASSES}


def score_set(name, gold_docs, preds, kind, verbose_log):
    counts = new_counts()
    missing_records = []
    for doc_id in sorted(gold_docs):
        gd = gold_docs[doc_id]
        rec = preds.get(doc_id)
        if rec is None:
            missing_records.append(doc_id)
        text = (rec or {}).get("text") or ""
        # gold spans in predicted text
        gspans = []
        for q in gd["quotes"]:
            span = None
            if rec is not None:
                if kind == "ours":
                    start = len(gd["headline"]) if gd["headline"] and text.startswith(gd["headline"]) else 0
                    span = find_nth(text, q["text"], int(q.get("occurrence") or 1), start)
                else:
                    if "_aligner" not in gd or gd.get("_aligned_to") is not rec:
                        gd["_aligner"] = Aligner(gd["text"], text)
                        gd["_aligned_to"] = rec
                    span = gd["_aligner"].span(*q["span"])
            gspans.append(span)
        pquotes = []
        for p in (rec or {}).get("quotes") or []:
            sp = p.get("span")
            if not sp or len(sp) != 2 or sp[1] <= sp[0]:
                continue
            pquotes.append(p)
        for cls in CLASSES:
            want_direct = cls == "direct"
            gi_list = [i for i, q in enumerate(gd["quotes"]) if bool(q["direct"]) == want_direct]
            pi_list = [i for i, p in enumerate(pquotes) if bool(p.get("direct")) == want_direct]
            g = [gspans[i] for i in gi_list]
            p = [tuple(pquotes[i]["span"]) for i in pi_list]
            c = counts[cls]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["not_found"] += sum(1 for s in g if s is None)
            m = match(g, p)
            c["tp"] += len(m)
            c["fn"] += len(g) - len(m)
            c["fp"] += len(p) - len(m)
            mg = {a for a, _, _ in m}
            mp = {b for _, b, _ in m}
            for a, b, r in m:
                gq, pq = gd["quotes"][gi_list[a]], pquotes[pi_list[b]]
                if speakers_agree(pq.get("speaker"), gq.get("speaker")):
                    c["speaker_ok"] += 1
                else:
                    verbose_log.append(("speaker", name, cls, doc_id, gq["text"], f'gold {gq.get("speaker")!r} / predicted {pq.get("speaker")!r}'))
            for a, gq_i in enumerate(gi_list):
                if a not in mg:
                    gq = gd["quotes"][gq_i]
                    why = "no prediction record" if rec is None else ("gold text not found in predicted text" if g[a] is None else "no predicted span overlapping >= 0.9")
                    verbose_log.append(("miss", name, cls, doc_id, gq["text"], why))
            nonq = {re.sub(r"\s+", " ", x).strip(" ,.") for x in gd.get("not_quotes", [])}
            for b, pq_i in enumerate(pi_list):
                if b not in mp:
                    pq = pquotes[pq_i]
                    s, e = pq["span"]
                    ptext = text[s:e] if text else pq.get("text", "")
                    why = f'speaker {pq.get("speaker")!r}'
                    if re.sub(r"\s+", " ", ptext).strip(" ,.\"“”«»‘’'") in nonq:
                        c["fp_non_quotes"] += 1
                        why += " (a name or scare quote the gold lists as not a quote)"
                    verbose_log.append(("false", name, cls, doc_id, ptext, why))
    return counts, missing_records


def summarize(counts):
    out = {}
    for cls in CLASSES:
        c = counts[cls]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        sa = c["speaker_ok"] / c["tp"] if c["tp"] else 0.0
        out[cls] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                    "speaker_accuracy": round(sa, 4), **c}
    return out


def add_counts(a, b):
    out = new_counts()
    for cls in CLASSES:
        for k in out[cls]:
            out[cls][k] = a[cls][k] + b[cls][k]
    return out


def load_preds(paths):
    preds = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"score.py: {path}:{n}: not JSON ({e})", file=sys.stderr)
                    continue
                if "id" in r:
                    preds[str(r["id"])] = r
    return preds


def run(pred_paths, which, verbose, as_json, gold_dir, articles_dir, gum_gold, gum_dir, out=sys.stdout):
    preds = load_preds(pred_paths)
    results, log, missing = {}, [], {}
    sets = ["ours", "gum"] if which == "all" else [which]
    total = None
    for name in sets:
        if name == "ours":
            gold = load_ours(gold_dir, articles_dir)
        else:
            gold = load_gum(gum_gold, gum_dir)
        counts, miss = score_set(name, gold, preds, name, log)
        results[name] = summarize(counts)
        results[name]["documents"] = len(gold)
        missing[name] = miss
        total = counts if total is None else add_counts(total, counts)
    if len(sets) > 1:
        results["all"] = summarize(total)
    if as_json:
        json.dump({"results": results, "missing_records": missing}, out, indent=2)
        out.write("\n")
        return results
    for name, res in results.items():
        docs = res.get("documents")
        print(f"== {name}" + (f" ({docs} documents)" if docs else ""), file=out)
        for cls in CLASSES:
            r = res[cls]
            print(f"  {cls:8}  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                  f"speaker {r['speaker_accuracy']:.3f} ({r['speaker_ok']}/{r['tp']})  "
                  f"gold {r['gold']}  pred {r['pred']}  not-in-text {r['not_found']}"
                  + (f"  false-on-non-quotes {r['fp_non_quotes']}" if r["fp_non_quotes"] else ""), file=out)
        if missing.get(name):
            print(f"  no prediction for {len(missing[name])} documents: {' '.join(missing[name][:10])}"
                  + (" ..." if len(missing[name]) > 10 else ""), file=out)
    if verbose:
        labels = {"miss": "MISSED", "false": "FALSE ALARM", "speaker": "WRONG SPEAKER"}
        for kind in ("miss", "false", "speaker"):
            rows = [r for r in log if r[0] == kind]
            if not rows:
                continue
            print(f"\n-- {labels[kind]} ({len(rows)})", file=out)
            for _, name, cls, doc, text, why in rows:
                t = re.sub(r"\s+", " ", text)
                t = t if len(t) <= 90 else t[:87] + "..."
                print(f"  [{name} {cls}] {doc}: \"{t}\" — {why}", file=out)
    return results


# ---------------------------------------------------------------- self-test

def perfect_predictions(gold_dir, articles_dir, gum_gold, gum_dir):
    """Gold converted to predictions: article bodies / GUM texts with gold spans."""
    recs = []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        with open(os.path.join(articles_dir, g["id"] + ".txt"), encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        i = 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i < len(lines) and lines[i].startswith("Published on "):
            i += 1
        text = "\n".join(lines[i:]).strip()
        qs = []
        for q in g["quotes"]:
            s, e = find_nth(text, q["text"], q["occurrence"])
            qs.append({"speaker": q["speaker"], "speaker_entity": None, "text": text[s:e],
                       "span": [s, e], "cue": q["cue"], "direct": q["direct"]})
        recs.append({"id": g["id"], "text": text, "quotes": qs})
    gum = load_gum(gum_gold, gum_dir)
    for doc_id, d in sorted(gum.items()):
        recs.append({"id": doc_id, "text": d["text"], "quotes": [
            {"speaker": q["speaker"], "speaker_entity": None, "text": q["text"], "span": list(q["span"]),
             "cue": None, "direct": q["direct"]} for q in d["quotes"]]})
    return recs


def selftest(args) -> int:
    import tempfile
    import io
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        perfect = os.path.join(tmp, "perfect.jsonl")
        with open(perfect, "w", encoding="utf-8") as f:
            for r in perfect_predictions(args.gold_dir, args.articles_dir, args.gum_gold, args.gum_dir):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        res = run([perfect], "all", False, False, args.gold_dir, args.articles_dir, args.gum_gold, args.gum_dir, out=io.StringIO())
        for name in ("ours", "gum", "all"):
            for cls in CLASSES:
                r = res[name][cls]
                good = r["f1"] == 1.0 and r["speaker_accuracy"] == 1.0
                ok &= good
                print(f"perfect {name:4} {cls:8} F1 {r['f1']:.3f} speaker {r['speaker_accuracy']:.3f} {'ok' if good else 'FAIL'}")
        # the same texts shifted and re-spaced, as an extractor might return them
        shifted = os.path.join(tmp, "shifted.jsonl")
        with open(perfect, encoding="utf-8") as f, open(shifted, "w", encoding="utf-8") as g:
            for line in f:
                r = json.loads(line)
                prefix = "A headline line\n\n"
                r["text"] = prefix + r["text"]
                for q in r["quotes"]:
                    q["span"] = [q["span"][0] + len(prefix), q["span"][1] + len(prefix)]
                # and an inserted paragraph mid-text, which forces a real alignment for GUM
                cut = r["text"].find("\n\n", len(r["text"]) // 2)
                if cut > 0 and not any(q["span"][0] < cut < q["span"][1] for q in r["quotes"]):
                    ins = "\n\nAdvertisement. Subscribe now."
                    r["text"] = r["text"][:cut] + ins + r["text"][cut:]
                    for q in r["quotes"]:
                        if q["span"][0] >= cut:
                            q["span"] = [q["span"][0] + len(ins), q["span"][1] + len(ins)]
                g.write(json.dumps(r, ensure_ascii=False) + "\n")
        res = run([shifted], "all", False, False, args.gold_dir, args.articles_dir, args.gum_gold, args.gum_dir, out=io.StringIO())
        for cls in CLASSES:
            good = res["all"][cls]["f1"] == 1.0
            ok &= good
            print(f"shifted all  {cls:8} F1 {res['all'][cls]['f1']:.3f} {'ok' if good else 'FAIL'}")
        empty = os.path.join(tmp, "empty.jsonl")
        with open(perfect, encoding="utf-8") as f, open(empty, "w", encoding="utf-8") as g:
            for line in f:
                r = json.loads(line)
                r["quotes"] = []
                g.write(json.dumps(r, ensure_ascii=False) + "\n")
        res = run([empty], "all", False, False, args.gold_dir, args.articles_dir, args.gum_gold, args.gum_dir, out=io.StringIO())
        for cls in CLASSES:
            good = res["all"][cls]["recall"] == 0.0
            ok &= good
            print(f"empty   all  {cls:8} R {res['all'][cls]['recall']:.3f} {'ok' if good else 'FAIL'}")
    # speaker normalisation
    cases = [("Dmitry Peskov", "Mr Peskov", True), ("the Kremlin", "Kremlin", True), (None, None, True),
             ("Kremlin", None, False), ("Dmitry Peskov", "Sergei Lavrov", False), ("The Independent", "the Independent", True),
             ("Recep Tayyip Erdoğan", "Tayyip Erdogan", True), ("Mrs. May", "Theresa May", True)]
    for a, b, want in cases:
        got = speakers_agree(a, b)
        ok &= got == want
        print(f"speaker {a!r} ~ {b!r}: {got} {'ok' if got == want else 'FAIL'}")
    print("selftest", "passed" if ok else "FAILED")
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", nargs="*", help="dyad analyze --json output (JSON Lines)")
    ap.add_argument("--set", choices=["ours", "gum", "all"], default="all")
    ap.add_argument("--verbose", action="store_true", help="list misses, false alarms and wrong speakers")
    ap.add_argument("--json", action="store_true", help="machine-readable summary")
    ap.add_argument("--gold-dir", default=os.path.join(HERE, "gold"))
    ap.add_argument("--articles-dir", default=os.path.join(HERE, "articles"))
    ap.add_argument("--gum-gold", default=os.path.join(HERE, "gum_gold.jsonl"))
    ap.add_argument("--gum-dir", default=None, help="folder with the GUM_news_*.conllu files")
    ap.add_argument("--selftest", action="store_true", help="score gold-as-prediction and empty predictions")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest(args)
    if not args.pred:
        ap.error("give at least one prediction file (or --selftest)")
    run(args.pred, args.set, args.verbose, args.json, args.gold_dir, args.articles_dir, args.gum_gold, args.gum_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
