#!/usr/bin/env python3
"""Score what `dyad ingest` stored for the clustering stream: stories, copies and events.

    python3 bench/clustering/score_store.py GOLD.tsv STORE_DIR PRED_OUT.jsonl

Writes the store's story and copy assignments as PRED_OUT.jsonl (the format score.py reads;
ids without the `stream:` container prefix), then prints event folding: for each gold story
about a call, meeting or visit, the CONSULT events between its two actors reported by its
articles, and how many fold keys they got (one is right: one real-world event).
Python 3 standard library only (sqlite3 reads the store's dyad.db).
"""
import collections
import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stories import PEOPLE, S  # noqa: E402


def short(i):
    return i.rsplit(":", 1)[-1] if i else i


def main():
    gold_path, store, pred_out = sys.argv[1:4]
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            gold[c[0]] = c[1]
    db = sqlite3.connect(f"file:{store}/dyad.db?mode=ro", uri=True)
    pred = {}
    for aid, story, copy_of in db.execute("SELECT id, story_id, copy_of FROM articles"):
        pred[short(aid)] = {"id": short(aid), "story": story, "copy_of": short(copy_of)}
    # Records ingest skipped as byte-identical to one it stored (content hash): they are
    # exact copies of it, in its story.
    stream = Path(gold_path).with_name("stream.jsonl")
    by_text = {}
    with open(stream, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_text.setdefault(r["text"], []).append(r["id"])
    for ids in by_text.values():
        stored = [i for i in ids if i in pred]
        for i in ids:
            if i not in pred and stored:
                first = pred[stored[0]]
                pred[i] = {"id": i, "story": first["story"], "copy_of": first["copy_of"] or first["id"]}
    with open(pred_out, "w", encoding="utf-8") as out:
        for r in pred.values():
            out.write(json.dumps(r) + "\n")
    spec = {s["key"]: s for s in S}
    per = collections.defaultdict(lambda: collections.defaultdict(set))
    q = "SELECT article_id, fold_key, source_name, target_name FROM events WHERE plover = 'CONSULT' AND date IS NOT NULL"
    for art, key, src, tgt in db.execute(q):
        st = gold.get(short(art))
        if not st or spec[st]["kind"] not in ("call", "meeting", "visit"):
            continue
        names = {PEOPLE[spec[st]["a"]][0], PEOPLE.get(spec[st]["b"], (None,))[0]}
        if src in names and tgt in names:
            per[st][key].add(art)
    stories = len(per)
    one = sum(1 for keys in per.values() if len(keys) == 1)
    reports = sum(len(a) for keys in per.values() for a in keys.values())
    main_event = sum(max(len(a) for a in keys.values()) for keys in per.values())
    print(f"events: {stories} call/meeting/visit stories with their main event found; {one} fold it into one event; "
          f"{main_event} of {reports} reporting articles land in the main folded event")


if __name__ == "__main__":
    main()
