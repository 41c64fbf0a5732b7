#!/usr/bin/env python3
"""Run trafilatura over HTML pages as a user would, printing dyad's JSON Lines shape.

    trafilatura_extract.py PAGE.html[.gz]... > out.jsonl

One record per page: {"id", "text", "title", "published", "author"}; `id` is the file name
without `.html` / `.html.gz`. Extraction is trafilatura's default article extraction with
metadata (`bare_extraction(html, with_metadata=True)`), in one process. The last line on
stderr is `cpu_seconds N`: the CPU time spent on the pages, start-up and imports left out.
"""
import gzip
import json
import sys
import time
from pathlib import Path

import trafilatura


def read(path):
    data = Path(path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def page_id(path):
    name = Path(path).name
    for suffix in (".html.gz", ".html"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def main():
    out = sys.stdout
    cpu0 = time.process_time()
    for path in sys.argv[1:]:
        rec = {"id": page_id(path), "text": "", "title": None, "published": None, "author": None}
        try:
            doc = trafilatura.bare_extraction(read(path), with_metadata=True)
        except Exception as e:  # a crash on one page is that page's empty result
            print(f"trafilatura: {path}: {e}", file=sys.stderr)
            doc = None
        if doc is not None:
            d = doc.as_dict() if hasattr(doc, "as_dict") else doc
            rec.update(text=d.get("text") or "", title=d.get("title"),
                       published=d.get("date"), author=d.get("author"))
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # The CPU time of the pages alone (the interpreter's start and imports left out).
    print(f"cpu_seconds {time.process_time() - cpu0:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
