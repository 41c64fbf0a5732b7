#!/usr/bin/env python3
"""Rebuild the plain text of the GUM news documents and map token positions to
character offsets in it.

GUM (https://github.com/amir-zeldes/gum) is CC BY; its text is not copied into
this repository. The CoNLL-U files live in ../shared/bench/ner/gum_news/ (see
DEFAULT_DIR) and the text is rebuilt from them at run time:

- tokens are joined with one space, except after a token whose MISC column has
  SpaceAfter=No;
- sentences of one paragraph are joined with one space;
- a sentence preceded by a `# newpar` comment starts a new paragraph, which is
  separated from the previous one by a blank line ("\\n\\n");
- character offsets are Python string indices (code points), end exclusive.

Positions in gum_gold.jsonl are (sent_id, token number) pairs, token numbers as
in the CoNLL-U ID column, both ends inclusive.

Usage as a script:
  gum_text.py                 list the documents and their sizes
  gum_text.py --write DIR     write DIR/<doc>.txt for every document
  gum_text.py --show DOC      print one document's text
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench", "ner", "gum_news"))


@dataclass
class GumDoc:
    doc_id: str
    text: str = ""
    # (sent_id, token_number) -> (start, end) character offsets, end exclusive
    tokens: dict = field(default_factory=dict)
    sentences: list = field(default_factory=list)  # [(sent_id, start, end)]

    def char_span(self, start_pos, end_pos):
        """Character span [start, end) covering the tokens from start_pos to end_pos (inclusive)."""
        s = self.tokens[(start_pos[0], int(start_pos[1]))][0]
        e = self.tokens[(end_pos[0], int(end_pos[1]))][1]
        return s, e


def gum_dir(path: str | None = None) -> str:
    return path or os.environ.get("GUM_NEWS_DIR") or DEFAULT_DIR


def read_doc(path: str) -> GumDoc:
    doc_id = os.path.basename(path)
    if doc_id.endswith(".conllu"):
        doc_id = doc_id[: -len(".conllu")]
    doc = GumDoc(doc_id)
    parts: list[str] = []
    pos = 0
    sent_id = None
    newpar = False
    sent_start = None
    space_pending = ""  # separator to emit before the next token
    first_sentence = True

    def emit(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.strip() == "# newpar":
                    newpar = True
                elif line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            if not line.strip():
                if sent_id is not None and sent_start is not None:
                    doc.sentences.append((sent_id, sent_start, pos))
                sent_start = None
                continue
            cols = line.split("\t")
            tid = cols[0]
            if "-" in tid or "." in tid:  # multiword ranges, empty nodes
                continue
            if sent_start is None:  # first token of a sentence
                if first_sentence:
                    space_pending = ""
                    first_sentence = False
                elif newpar:
                    space_pending = "\n\n"
                else:
                    space_pending = " "
                newpar = False
            emit(space_pending)
            start = pos
            emit(cols[1])
            if sent_start is None:
                sent_start = start
            doc.tokens[(sent_id, int(tid))] = (start, pos)
            misc = cols[9] if len(cols) > 9 else "_"
            space_pending = "" if "SpaceAfter=No" in misc.split("|") else " "
    if sent_id is not None and sent_start is not None:
        doc.sentences.append((sent_id, sent_start, pos))
    doc.text = "".join(parts)
    return doc


def load_all(path: str | None = None) -> dict[str, GumDoc]:
    d = gum_dir(path)
    docs = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".conllu"):
            doc = read_doc(os.path.join(d, name))
            docs[doc.doc_id] = doc
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gum-dir", help="folder with GUM_news_*.conllu (default: %(default)s)", default=None)
    ap.add_argument("--write", metavar="DIR", help="write DIR/<doc>.txt for every document")
    ap.add_argument("--show", metavar="DOC", help="print one document's text")
    args = ap.parse_args(argv)
    d = gum_dir(args.gum_dir)
    if not os.path.isdir(d):
        print(f"gum_text.py: no such folder: {d}", file=sys.stderr)
        return 2
    docs = load_all(d)
    if args.show:
        print(docs[args.show].text)
        return 0
    if args.write:
        os.makedirs(args.write, exist_ok=True)
        for doc in docs.values():
            with open(os.path.join(args.write, doc.doc_id + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc.text + "\n")
        print(f"wrote {len(docs)} texts to {args.write}", file=sys.stderr)
        return 0
    for doc in docs.values():
        print(f"{doc.doc_id}\t{len(doc.sentences)} sentences\t{len(doc.text)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
