#!/usr/bin/env python3
"""Check that examples/corpus/ is well formed and matches tools/corpus/articles.json.

    python3 tools/corpus/check_corpus.py

Parses every output (HTML decodes in its declared charset, gzip members, WARC records and
their lengths and digests, JSON Lines, RSS and Atom with xml.etree) and checks that every
paragraph of every article appears in its output, after HTML entities are decoded.
Standard library only.
"""
import base64
import gzip
import hashlib
import html
import json
import re
import sys
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "examples" / "corpus"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def gunzip_members(data):
    out = []
    while data:
        d = zlib.decompressobj(31)
        out.append(d.decompress(data) + d.flush())
        data = d.unused_data
    return out


def parse_warc(data):
    records = []
    for member in gunzip_members(data):
        head, _, rest = member.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        if lines[0] != b"WARC/1.0":
            fail("WARC version line")
        hdr = dict(l.decode().split(": ", 1) for l in lines[1:])
        n = int(hdr["Content-Length"])
        block, tail = rest[:n], rest[n:]
        if tail != b"\r\n\r\n":
            fail(f"record {hdr['WARC-Record-ID']} not terminated by CRLF CRLF ({tail[:10]!r})")
        if "WARC-Block-Digest" in hdr:
            dig = "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode()
            if dig != hdr["WARC-Block-Digest"]:
                fail("block digest")
        records.append((hdr, block))
    return records


def page_text(raw_html):
    """Crude text of an HTML page: tags dropped, entities decoded, <br> as a space."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw_html)
    s = re.sub(r"(?i)<br\s*/?>\s*", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    arts = {a["id"]: a for a in json.loads((HERE / "articles.json").read_text("utf-8"))}
    manifest = [l.split("\t") for l in (CORPUS / "MANIFEST.tsv").read_text("utf-8").splitlines()]
    header, rows = manifest[0], manifest[1:]
    if header != ["id", "format", "path", "record", "storyline", "copy_of", "outlet", "url", "published", "title"]:
        fail("manifest header")
    if sorted(r[0] for r in rows) != sorted(arts):
        fail("manifest ids differ from articles.json")

    texts = {}  # id -> text of the emitted artifact
    # single files
    for r in rows:
        aid, fmt, path = r[0], r[1], r[2]
        p = CORPUS / path
        if fmt == "html":
            raw = p.read_bytes()
            m = re.search(rb'<meta[^>]*charset="?([\w-]+)', raw[:2000], re.I)
            texts[aid] = page_text(raw.decode(m.group(1).decode()))
        elif fmt == "html.gz":
            texts[aid] = page_text(gzip.decompress(p.read_bytes()).decode("utf-8"))
        elif fmt == "text":
            texts[aid] = p.read_text("utf-8")
    # JSON Lines
    lines = (CORPUS / "feeds/wire.jsonl").read_text("utf-8").splitlines()
    jl = [json.loads(l) for l in lines]
    for r in rows:
        if r[2] == "feeds/wire.jsonl":
            rec = jl[int(r[3]) - 1]
            if rec["url"] != r[7]:
                fail(f"jsonl url {r[0]}")
            if "html" in rec:
                texts[r[0]] = page_text(rec["html"])
            else:
                if rec["published"] != r[8]:
                    fail(f"jsonl published {r[0]}")
                texts[r[0]] = rec["text"]
    # WARC
    recs = parse_warc((CORPUS / "crawl/news.warc.gz").read_bytes())
    if recs[0][0]["WARC-Type"] != "warcinfo":
        fail("first WARC record is not warcinfo")
    for r in rows:
        if r[2] == "crawl/news.warc.gz":
            hdr, block = recs[int(r[3]) - 1]
            if hdr["WARC-Type"] != "response" or hdr["WARC-Target-URI"] != r[7]:
                fail(f"warc record {r[0]}")
            http_head, _, body = block.partition(b"\r\n\r\n")
            if not http_head.startswith(b"HTTP/1.1 200"):
                fail("http status")
            cl = int(re.search(rb"Content-Length: (\d+)", http_head).group(1))
            if cl != len(body):
                fail("http content-length")
            texts[r[0]] = page_text(body.decode("utf-8"))
    # RSS
    CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
    items = ET.parse(CORPUS / "feeds/dailyledger.rss").getroot().findall("./channel/item")
    for r in rows:
        if r[2] == "feeds/dailyledger.rss":
            it = items[int(r[3]) - 1]
            if it.findtext("link") != r[7] or it.findtext("title") != r[9]:
                fail(f"rss item {r[0]}")
            texts[r[0]] = it.findtext("title") + "\n" + page_text(it.findtext(CONTENT))
    # Atom
    A = "{http://www.w3.org/2005/Atom}"
    entries = ET.parse(CORPUS / "feeds/wirecast.atom").getroot().findall(A + "entry")
    for r in rows:
        if r[2] == "feeds/wirecast.atom":
            e = entries[int(r[3]) - 1]
            if e.find(A + "link").get("href") != r[7] or e.findtext(A + "title") != r[9]:
                fail(f"atom entry {r[0]}")
            texts[r[0]] = e.findtext(A + "title") + "\n" + page_text(e.findtext(A + "content"))

    missing = 0
    for aid, a in arts.items():
        t = norm(texts[aid])
        for p in a["paragraphs"] + [a["title"]]:
            if norm(p) not in t:
                print(f"  {aid}: missing {p[:70]!r}")
                missing += 1
    if missing:
        fail(f"{missing} paragraphs not found in their outputs")
    print(f"OK: {len(arts)} articles, {len(recs)} WARC records, {len(jl)} JSONL lines, "
          f"{len(items)} RSS items, {len(entries)} Atom entries")


if __name__ == "__main__":
    main()
