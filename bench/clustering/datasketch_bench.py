#!/usr/bin/env python3
"""MinHash signatures with datasketch, on the texts of the clustering stream.

    bench/.venv-clustering/bin/python bench/clustering/datasketch_bench.py STREAM.jsonl

Each document becomes the set of its word 5-shingles (lower-cased alphanumeric words, as dyad
shingles them) and gets a datasketch MinHash with its defaults (128 permutations, SHA-1 based
32-bit hashing), fed one shingle at a time with `update`, the documented way. The loop repeats
over the stream for at least `--seconds`. Prints one JSON object: documents per second with
`update` (the figure compared with dyad) and, for reference, with `update_batch`.
"""
import argparse
import json
import re
import time

from datasketch import MinHash

WORD = re.compile(r"[^\W_]+")


def shingles(text):
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 5:
        return [" ".join(words)] if words else []
    return [" ".join(words[i:i + 5]) for i in range(len(words) - 4)]


def rate(texts, sign, seconds):
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            sign(t)
            n += 1
    return n / (time.perf_counter() - start)


def one_at_a_time(text):
    m = MinHash()
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return m


def batch(text):
    m = MinHash()
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stream")
    ap.add_argument("--seconds", type=float, default=5.0)
    args = ap.parse_args()
    with open(args.stream, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    # The work happened: a document is most similar to itself.
    a, b = one_at_a_time(texts[0]), one_at_a_time(texts[1])
    assert a.jaccard(one_at_a_time(texts[0])) == 1.0 and a.jaccard(b) < 1.0
    print(json.dumps({
        "documents": len(texts),
        "num_perm": len(a.hashvalues),
        "update_docs_per_s": rate(texts, one_at_a_time, args.seconds),
        "update_batch_docs_per_s": rate(texts, batch, args.seconds / 2),
    }))


if __name__ == "__main__":
    main()
