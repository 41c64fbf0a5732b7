#!/usr/bin/env python3
"""Read the GUM news documents (CoNLL-U with entity brackets) into plain text
with character offsets. Standard library only.

The GUM text is never copied into the repository: the benchmarks rebuild it
from `../shared/bench/ner/gum_news/*.conllu` at run time and refer to
positions as (sent_id, token number).

Text layout (the same for every consumer, so offsets agree):
  * tokens are joined by one space unless the token (or its multi-word
    range, e.g. "Trump's") carries `SpaceAfter=No`;
  * sentences in one paragraph are joined by one space;
  * paragraphs (`# newpar`) are separated by a blank line ("\\n\\n");
  * the first sentence (the headline) is always followed by a blank line.

Entities: `Entity=(id-type-infstat-salience-centering-minspan-link[-identity]`
opens a mention on a token, `id)` closes it; `(…)` on one token is a
one-token mention. Mentions nest and span tokens across multi-word tokens.

`is_named`: the mention's syntactic head (the token of the span whose head
lies outside the span) is a proper noun (UPOS PROPN). This keeps "the United
States", "U.S. President Donald Trump" and "the FIRST Global Challenge"
and drops "the president", pronouns and descriptions that merely contain a
name ("critics of U.S. President Donald Trump's policies"). `has_propn`
(any token of the span is PROPN) is kept as the looser alternative.

Usage:
  python3 gum.py --write DIR      # DIR/<doc>.txt and DIR/<doc>.jsonl
  python3 gum.py --stats          # counts of documents, tokens, mentions
"""

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "bench", "ner", "gum_news")
)
DATE_ATTR = re.compile(r'(\w+):::"([^"]*)"')


def gum_dir():
    """The folder holding GUM_news_*.conllu ($GUM_DIR overrides)."""
    return os.environ.get("GUM_DIR", DEFAULT_DIR)


class Token:
    """One syntactic word with its character span in the document text."""

    __slots__ = ("sent_id", "sent_no", "id", "form", "upos", "head",
                 "misc", "start", "end", "index")

    def __init__(self, sent_id, sent_no, tid, form, upos, head, misc):
        self.sent_id = sent_id
        self.sent_no = sent_no
        self.id = tid
        self.form = form
        self.upos = upos
        self.head = head
        self.misc = misc
        self.start = self.end = None
        self.index = None  # position in Document.tokens

    def __repr__(self):
        return "Token(%s:%d %r %d-%d)" % (self.sent_id, self.id, self.form,
                                          self.start, self.end)


class Mention:
    """A GUM entity mention."""

    __slots__ = ("eid", "type", "identity", "minspan", "tokens", "start",
                 "end", "is_named", "has_propn")

    def __init__(self, eid, etype, identity, minspan, tokens):
        self.eid = eid
        self.type = etype
        self.identity = identity
        self.minspan = minspan
        self.tokens = tokens
        self.start = tokens[0].start
        self.end = tokens[-1].end
        ids = {(t.sent_id, t.id) for t in tokens}
        heads = [t for t in tokens
                 if t.head == 0 or (t.sent_id, t.head) not in ids]
        self.is_named = bool(heads) and heads[0].upos == "PROPN"
        self.has_propn = any(t.upos == "PROPN" for t in tokens)

    def as_tuple(self):
        """(start_char, end_char, type, identity, is_named)."""
        return (self.start, self.end, self.type, self.identity, self.is_named)


class DateTag:
    """A GUM `<date when=…>` (or from/to) XML tag over a token range."""

    __slots__ = ("attrs", "tokens", "start", "end")

    def __init__(self, attrs, tokens):
        self.attrs = attrs
        self.tokens = tokens
        self.start = tokens[0].start
        self.end = tokens[-1].end


class Document:
    """One GUM document: text, tokens, sentences, mentions, date tags."""

    def __init__(self, name):
        self.name = name
        self.created = None
        self.meta = {}
        self.text = ""
        self.tokens = []
        self.sentences = []  # (sent_id, start_char, end_char, [tokens])
        self.sentence_comments = []  # each sentence's `# text` comment
        self.mentions = []
        self.dates = []
        self._by_pos = {}

    def token(self, sent_id, tid):
        """The token at (sent_id, token number); sent_id may be the full id
        ("GUM_news_afghan-3") or the sentence number (3)."""
        if isinstance(sent_id, int):
            sent_id = "%s-%d" % (self.name, sent_id)
        return self._by_pos[(sent_id, tid)]

    def char_span(self, start_pos, end_pos):
        """Character span of a token range given as ([sent, tok], [sent, tok]),
        the end token included."""
        return (self.token(*start_pos).start, self.token(*end_pos).end)

    def position(self, char):
        """The token covering or following a character offset, as
        (sent_id, token number)."""
        for t in self.tokens:
            if t.end > char:
                return (t.sent_id, t.id)
        t = self.tokens[-1]
        return (t.sent_id, t.id)

    def words(self):
        """Number of syntactic words (the benchmark's word count)."""
        return len(self.tokens)

    def record(self):
        """The JSON Lines record dyad reads."""
        return {"id": self.name, "text": self.text, "published": self.created}


def _misc(field):
    out = {}
    if field == "_":
        return out
    for part in field.split("|"):
        k, _, v = part.partition("=")
        out[k] = v
    return out


def _parse_entities(value):
    """Yield ('open', eid, fields, closes_here) and ('close', eid) events in
    the order written."""
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c == "(":
            j = i + 1
            while j < n and value[j] not in "()":
                j += 1
            body = value[i + 1:j]
            single = j < n and value[j] == ")"
            yield ("open", body, single)
            i = j + 1 if single else j
        elif c.isalnum():
            j = i
            while j < n and value[j] != ")":
                j += 1
            yield ("close", value[i:j], None)
            i = j + 1
        else:
            i += 1


def read(path):
    """Parse one .conllu file into a Document."""
    name = os.path.basename(path)
    if name.endswith(".conllu"):
        name = name[:-len(".conllu")]
    doc = Document(name)
    # First pass: sentences as lists of surface units.
    sents = []  # (sent_id, newpar, units); unit = (form, space_after, [Token])
    cur = None
    newpar = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# newdoc id"):
                doc.name = line.split("=", 1)[1].strip()
            elif line.startswith("# meta::"):
                k, _, v = line[len("# meta::"):].partition("=")
                doc.meta[k.strip()] = v.strip()
            elif line.strip() == "# newpar" or line.startswith("# newpar "):
                newpar = True
            elif line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
                cur = {"sent_id": sid, "newpar": newpar, "units": [],
                       "mwt_until": 0, "mwt": None, "text": None}
                newpar = False
                sents.append(cur)
            elif line.startswith("# text = ") and cur is not None:
                cur["text"] = line[len("# text = "):]
            continue
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            continue
        tid = cols[0]
        if "." in tid:
            continue  # empty node
        misc = _misc(cols[9])
        if "-" in tid:
            b = int(tid.split("-")[1])
            unit = [cols[1], misc.get("SpaceAfter") != "No", []]
            cur["units"].append(unit)
            cur["mwt_until"] = b
            cur["mwt"] = unit
            continue
        i = int(tid)
        sno = int(cur["sent_id"].rsplit("-", 1)[1])
        tok = Token(cur["sent_id"], sno, i, cols[1], cols[3],
                    int(cols[6]) if cols[6].isdigit() else 0, misc)
        if i <= cur["mwt_until"]:
            cur["mwt"][2].append(tok)
        else:
            cur["units"].append([cols[1], misc.get("SpaceAfter") != "No",
                                 [tok]])
    doc.created = doc.meta.get("dateCreated")

    # Second pass: text and offsets.
    parts = []
    pos = 0
    for k, s in enumerate(sents):
        if k > 0:
            sep = "\n\n" if (s["newpar"] or k == 1) else " "
            parts.append(sep)
            pos += len(sep)
        s_start = pos
        toks = []
        for u, (form, space, words) in enumerate(s["units"]):
            start = pos
            _place(words, form, start)
            toks.extend(words)
            parts.append(form)
            pos += len(form)
            if space and u + 1 < len(s["units"]):
                parts.append(" ")
                pos += 1
        doc.sentences.append((s["sent_id"], s_start, pos, toks))
        doc.sentence_comments.append(s["text"])
        doc.tokens.extend(toks)
    doc.text = "".join(parts)
    for n, t in enumerate(doc.tokens):
        t.index = n
        doc._by_pos[(t.sent_id, t.id)] = t

    # Entities and date tags.
    open_ = {}
    date_stack = []
    for t in doc.tokens:
        ent = t.misc.get("Entity")
        if ent:
            for kind, body, single in _parse_entities(ent):
                if kind == "open":
                    f = body.split("-", 7)
                    eid = f[0]
                    etype = f[1] if len(f) > 1 else ""
                    minspan = f[5] if len(f) > 5 else ""
                    identity = f[7] if len(f) > 7 else None
                    if single:
                        doc.mentions.append(
                            Mention(eid, etype, identity, minspan, [t]))
                    else:
                        open_.setdefault(eid, []).append(
                            (etype, identity, minspan, t.index))
                else:
                    stack = open_.get(body)
                    if not stack:
                        raise ValueError("%s: %s:%d closes unopened %s" % (
                            doc.name, t.sent_id, t.id, body))
                    etype, identity, minspan, first = stack.pop()
                    doc.mentions.append(Mention(
                        body, etype, identity, minspan,
                        doc.tokens[first:t.index + 1]))
        xml = t.misc.get("XML", "")
        # XML tags in order: <date ...> opens, </date> closes, and
        # <date ...></date> is a tag on this one token.
        for m in re.finditer(r"<date\b([^>]*)>|</date>", xml):
            if m.group(0).startswith("<date"):
                date_stack.append((dict(DATE_ATTR.findall(m.group(1))),
                                   t.index))
            elif date_stack:
                attrs, first = date_stack.pop()
                doc.dates.append(
                    DateTag(attrs, doc.tokens[first:t.index + 1]))
    for eid, stack in open_.items():
        if stack:
            raise ValueError("%s: entity %s never closed" % (doc.name, eid))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    doc.dates.sort(key=lambda d: d.start)
    return doc


def _place(words, form, start):
    """Give each syntactic word of a surface unit its character span."""
    if len(words) == 1:
        words[0].start, words[0].end = start, start + len(form)
        return
    off = 0
    low = form.lower()
    for n, w in enumerate(words):
        if n == len(words) - 1:
            w.start, w.end = start + off, start + len(form)
            break
        if low.startswith(w.form.lower(), off):
            ln = len(w.form)
        else:  # spelling differs from the surface: split evenly
            ln = max(1, (len(form) - off) // (len(words) - n))
        w.start, w.end = start + off, start + off + ln
        off += ln


def documents(folder=None):
    """All GUM documents in the folder, sorted by name."""
    folder = folder or gum_dir()
    paths = sorted(glob.glob(os.path.join(folder, "*.conllu")))
    if not paths:
        raise SystemExit("gum.py: no .conllu files in %s" % folder)
    return [read(p) for p in paths]


def write(docs, out):
    """Write <doc>.txt and <doc>.jsonl (one record) for each document."""
    os.makedirs(out, exist_ok=True)
    for d in docs:
        with open(os.path.join(out, d.name + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write(d.text)
        with open(os.path.join(out, d.name + ".jsonl"), "w",
                  encoding="utf-8") as f:
            f.write(json.dumps(d.record(), ensure_ascii=False) + "\n")


def _check(doc):
    """Each rebuilt sentence equals its `# text` comment and every single-word
    token's span holds its form."""
    for (sid, s, e, _), comment in zip(doc.sentences, doc.sentence_comments):
        if comment is not None and doc.text[s:e] != comment:
            raise SystemExit("gum.py: %s rebuilt as %r, # text is %r" % (
                sid, doc.text[s:e], comment))
    for t in doc.tokens:
        if not 0 <= t.start < t.end <= len(doc.text):
            raise SystemExit("gum.py: bad span for %r" % (t,))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=None, help="folder of .conllu files")
    ap.add_argument("--write", metavar="DIR",
                    help="write DIR/<doc>.txt and DIR/<doc>.jsonl")
    ap.add_argument("--stats", action="store_true",
                    help="print counts of documents, words and mentions")
    a = ap.parse_args(argv)
    docs = documents(a.dir)
    for d in docs:
        _check(d)
    if a.write:
        write(docs, a.write)
    if a.stats or not a.write:
        words = sum(d.words() for d in docs)
        ments = [m for d in docs for m in d.mentions]
        print("documents %d, words %d, mentions %d" % (
            len(docs), words, len(ments)))
        for ty in ("person", "organization", "place"):
            ms = [m for m in ments if m.type == ty]
            print("  %-12s all %4d  named(head PROPN) %4d  has PROPN %4d" % (
                ty, len(ms), sum(m.is_named for m in ms),
                sum(m.has_propn for m in ms)))
        print("  date tags %d" % sum(len(d.dates) for d in docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
