#!/usr/bin/env python3
"""Generate dyad's bundled sample corpus into examples/corpus/.

    python3 tools/corpus/make_corpus.py            # (re)write examples/corpus/ and tools/corpus/articles.json
    python3 tools/corpus/make_corpus.py --check    # validate the sources only, write nothing

Sources: articles_*.py (original fiction, one module per storyline), outlets.py, templates.py.
Python 3.11 standard library only. Deterministic: the same sources give the same bytes
(gzip mtime 0, no clocks, no randomness, sorted keys).
"""
import base64
import datetime as dt
import email.utils
import gzip
import hashlib
import json
import shutil
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "examples" / "corpus"
sys.path.insert(0, str(HERE))

import articles_arms, articles_trade, articles_india_pakistan, articles_g20, articles_france  # noqa: E402
import templates  # noqa: E402
from outlets import OUTLETS  # noqa: E402

MODULES = [articles_arms, articles_trade, articles_india_pakistan, articles_g20, articles_france]
FORMATS = ("html", "html.gz", "text", "jsonl-html", "jsonl-text", "warc", "rss", "atom")
STORYLINES = ("us-russia-arms", "eu-china-trade", "india-pakistan-crisis", "g20-osaka", "france-fuel-protests")

RSS_OUTLET = "ledger"
ATOM_OUTLET = "wirecast"
NS = uuid.UUID("6d1c5b7e-1f0e-4c4e-9a51-2f1d3c9b0a77")  # fixed namespace for record ids


# --------------------------------------------------------------------------- time zones

def utc_offset(tz, day):
    """Fixed 2019 rules, enough for this corpus."""
    if tz is None or tz == "utc":
        return dt.timedelta(0)
    if tz[0] in "+-":
        sign = 1 if tz[0] == "+" else -1
        h, m = tz[1:].split(":")
        return sign * dt.timedelta(hours=int(h), minutes=int(m))
    us_dst = dt.date(2019, 3, 10) <= day < dt.date(2019, 11, 3)
    eu_dst = dt.date(2019, 3, 31) <= day < dt.date(2019, 10, 27)
    return {
        "us": dt.timedelta(hours=-4 if us_dst else -5),
        "uk": dt.timedelta(hours=1 if eu_dst else 0),
        "cet": dt.timedelta(hours=2 if eu_dst else 1),
        "eet": dt.timedelta(hours=3 if eu_dst else 2),
    }[tz]


def local_dt(outlet, published, hhmm):
    day = dt.date.fromisoformat(published)
    h, m = map(int, hhmm.split(":"))
    tz = dt.timezone(utc_offset(OUTLETS[outlet]["tz"], day))
    return dt.datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


# --------------------------------------------------------------------------- copy edits

def smart_quotes(s):
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        opening = prev.isspace() or prev in "([{—–-\"“"
        if ch == '"':
            out.append("“" if opening else "”")
        elif ch == "'":
            out.append("‘" if opening else "’")
        else:
            out.append(ch)
    return "".join(out)


def apply_edits(paragraphs, edits):
    ps = list(paragraphs)
    for e in edits:
        op = e[0]
        if op == "smart_quotes":
            ps = [smart_quotes(p) for p in ps]
        elif op == "drop_last":
            ps = ps[: -e[1]]
        elif op == "append":
            ps.append(e[1])
        elif op == "insert":
            ps.insert(e[1], e[2])
        elif op == "replace":
            ps = [p.replace(e[1], e[2]) for p in ps]
        else:
            raise ValueError(f"unknown edit {op}")
    return ps


# --------------------------------------------------------------------------- load and validate

def split_body(body):
    ps = [p.strip() for p in body.strip().split("\n\n")]
    for p in ps:
        assert p and "\n" not in p, f"bad paragraph: {p[:60]!r}"
    return ps


def load():
    originals, copies = [], []
    for m in MODULES:
        originals += m.ARTICLES
        copies += m.COPIES
    by_id = {}
    arts = []
    for a in originals:
        a = dict(a)
        a["paragraphs"] = split_body(a.pop("body"))
        a.setdefault("edits", [])
        arts.append(a)
        by_id[a["id"]] = a
    for c in copies:
        c = dict(c)
        orig = by_id[c["copy_of"]]
        c["paragraphs"] = apply_edits(orig["paragraphs"], c["edits"])
        c["storyline"] = orig["storyline"]
        c["dateline"] = orig["dateline"]
        c.setdefault("caption", orig.get("caption"))
        arts.append(c)
    errors = []
    seen = set()
    for a in arts:
        i = a["id"]
        if i in seen:
            errors.append(f"{i}: duplicate id")
        seen.add(i)
        if a["format"] not in FORMATS:
            errors.append(f"{i}: unknown format {a['format']}")
        if a["storyline"] not in STORYLINES:
            errors.append(f"{i}: unknown storyline")
        if a["outlet"] not in OUTLETS:
            errors.append(f"{i}: unknown outlet")
        if a.get("copy_of") and a["copy_of"] not in by_id:
            errors.append(f"{i}: copy_of unknown")
        words = sum(len(p.split()) for p in a["paragraphs"])
        a["words"] = words
        if not 180 <= words <= 600:
            errors.append(f"{i}: {words} words")
        if a.get("dateline") and not a["paragraphs"][0].startswith(a["dateline"]):
            errors.append(f"{i}: first paragraph does not start with dateline")
        if a["published"] is not None:
            dt.date.fromisoformat(a["published"])
        if a.get("encoding") == "windows-1252":
            for p in a["paragraphs"] + [a["title"]]:
                p.encode("cp1252")
        host = a["url"].split("/")[2]
        if host != OUTLETS[a["outlet"]]["domain"]:
            errors.append(f"{i}: url host {host} is not the outlet's")
        if a["format"] in ("html.gz",) or a["format"] == "html":
            if a["outlet"] not in templates.HTML_RENDERERS:
                errors.append(f"{i}: no HTML template for {a['outlet']}")
        if a["format"] == "text" and a["outlet"] not in templates.TEXT_STYLE:
            errors.append(f"{i}: no text template for {a['outlet']}")
        if a["format"] == "rss" and a["outlet"] != RSS_OUTLET:
            errors.append(f"{i}: RSS items must come from {RSS_OUTLET}")
        if a["format"] == "atom" and a["outlet"] != ATOM_OUTLET:
            errors.append(f"{i}: Atom entries must come from {ATOM_OUTLET}")
    if errors:
        raise SystemExit("corpus source errors:\n  " + "\n  ".join(errors))
    return arts


def enrich(arts):
    """Derived, deterministic fields used by the templates."""
    for a in arts:
        a["seed"] = int(hashlib.sha1(a["id"].encode()).hexdigest()[:8], 16)
        if a["published"]:
            a["dt"] = local_dt(a["outlet"], a["published"], a["time"])
            a["updated"] = a["dt"] + dt.timedelta(hours=2, minutes=a["seed"] % 50 + 5)
        else:
            a["dt"] = a["updated"] = None
        a.setdefault("caption", None)
        a["caption_explicit"] = a["caption"] is not None
        a.setdefault("subtitle", None)
        a.setdefault("watch", None)
        if a["caption"] is None:
            a["caption"] = f"{a['title']}. Photo: {OUTLETS[a['outlet']]['name']}"
    # related stories: same storyline, nearest in time, excluding itself and other copies of the same story
    key = lambda x: x.get("copy_of") or x["id"]
    for a in arts:
        others = [b for b in arts if b["storyline"] == a["storyline"] and key(b) != key(a)]
        base = dt.date.fromisoformat(a["published"] or "2019-11-30")
        def distance(b):
            days = (dt.date.fromisoformat(b["published"] or "2019-11-30") - base).days
            return (days > 0, abs(days), b["id"])  # earlier stories first, nearest first
        others.sort(key=distance)
        rel, seen_titles = [], set()
        for b in others:
            if key(b) in seen_titles:
                continue
            seen_titles.add(key(b))
            url = b["url"] if b["outlet"] == a["outlet"] else f"https://{OUTLETS[a['outlet']]['domain']}/related/{b['id']}"
            rel.append((b["title"], url))
        a["related"] = rel


# --------------------------------------------------------------------------- writers

def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def gz(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def html_bytes(a):
    page = templates.HTML_RENDERERS[a["outlet"]](a)
    return page.encode(a.get("encoding") or "utf-8")


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def rid(kind, name):
    return f"<urn:uuid:{uuid.uuid5(NS, kind + ':' + name)}>"


def warc_record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def build_warc(items):
    records = []
    info_id = rid("warcinfo", "news.warc.gz")
    info = (
        "isPartOf: dyad-sample-news\r\n"
        "publisher: the dyad project\r\n"
        "description: Fictional news pages written for dyad's tests and demo, laid out like Common Crawl's CC-NEWS.\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "software: dyad tools/corpus/make_corpus.py\r\n"
        "robots: obey\r\n"
    ).encode()
    records.append(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2019-11-30T00:00:00Z"),
        ("WARC-Record-ID", info_id),
        ("Content-Length", str(len(info))),
        ("Content-Type", "application/warc-fields"),
        ("WARC-Filename", "news.warc.gz"),
    ], info))
    positions = {}
    for n, a in enumerate(items):
        crawl = (a["dt"].astimezone(dt.timezone.utc) + dt.timedelta(hours=3, minutes=7 * n + 11, seconds=a["seed"] % 60))
        wdate = crawl.strftime("%Y-%m-%dT%H:%M:%SZ")
        host = a["url"].split("/")[2]
        path = "/" + a["url"].split("/", 3)[3]
        req = (f"GET {path} HTTP/1.1\r\n"
               "User-Agent: dyad-corpus-crawler/1.0 (+https://dyad.example/crawler)\r\n"
               "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
               "Accept-Language: en-US,en;q=0.5\r\n"
               "Accept-Encoding: br,gzip\r\n"
               f"Host: {host}\r\n"
               "Connection: Keep-Alive\r\n\r\n").encode()
        payload = html_bytes(a)
        http_head = ("HTTP/1.1 200 OK\r\n"
                     f"Date: {email.utils.format_datetime(crawl, usegmt=True)}\r\n"
                     "Server: nginx\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     f"Content-Length: {len(payload)}\r\n"
                     f"Last-Modified: {email.utils.format_datetime(a['updated'].astimezone(dt.timezone.utc), usegmt=True)}\r\n"
                     "Cache-Control: max-age=300\r\n"
                     "X-Cache: HIT\r\n"
                     "Connection: close\r\n\r\n").encode()
        resp = http_head + payload
        ip = f"192.0.2.{a['seed'] % 250 + 1}"
        req_id, resp_id = rid("request", a["url"]), rid("response", a["url"])
        records.append(warc_record([
            ("WARC-Type", "request"),
            ("WARC-Date", wdate),
            ("WARC-Record-ID", req_id),
            ("Content-Length", str(len(req))),
            ("Content-Type", "application/http; msgtype=request"),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", a["url"]),
            ("WARC-Block-Digest", sha1_b32(req)),
        ], req))
        records.append(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Date", wdate),
            ("WARC-Record-ID", resp_id),
            ("Content-Length", str(len(resp))),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Concurrent-To", req_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", a["url"]),
            ("WARC-Payload-Digest", sha1_b32(payload)),
            ("WARC-Block-Digest", sha1_b32(resp)),
            ("WARC-Identified-Payload-Type", "text/html"),
        ], resp))
        positions[a["id"]] = len(records)  # 1-based position of the response record
    return b"".join(gz(r) for r in records), positions


def build_rss(items):
    o = OUTLETS[RSS_OUTLET]
    last = max(a["dt"] for a in items)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           f"  <title>{xml_escape(o['name'])} - World</title>",
           f"  <link>https://{o['domain']}/news/world/</link>",
           f'  <atom:link href="https://{o["domain"]}/news/world/feed/" rel="self" type="application/rss+xml" />',
           f"  <description>{xml_escape(o['tagline'])}</description>",
           "  <language>en-GB</language>",
           f"  <lastBuildDate>{email.utils.format_datetime(last)}</lastBuildDate>",
           "  <generator>https://wordpress.example/?v=5.2.4</generator>"]
    for a in items:
        content = templates.feed_item_html(a)
        assert "]]>" not in content
        author_slug = a["author"].lower().replace(" ", ".")
        out += ["  <item>",
                f"    <title>{xml_escape(a['title'])}</title>",
                f"    <link>{xml_escape(a['url'])}</link>",
                f'    <guid isPermaLink="false">https://{o["domain"]}/?p={a["seed"] % 900000 + 100000}</guid>',
                f"    <pubDate>{email.utils.format_datetime(a['dt'])}</pubDate>",
                f"    <author>{author_slug}@{o['domain'].removeprefix('www.')} ({xml_escape(a['author'])})</author>",
                f"    <dc:creator><![CDATA[{a['author']}]]></dc:creator>",
                f"    <category><![CDATA[World]]></category>",
                f"    <description><![CDATA[{templates.describe(a)}]]></description>",
                f"    <content:encoded><![CDATA[{content}]]></content:encoded>",
                "  </item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def rfc3339(d):
    s = d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return s


def build_atom(items):
    o = OUTLETS[ATOM_OUTLET]
    last = max(a["dt"] for a in items)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"  <title>{xml_escape(o['name'])} - Top News</title>",
           f"  <subtitle>{xml_escape(o['tagline'])}</subtitle>",
           f'  <link rel="self" href="https://{o["domain"]}/feeds/topnews.atom"/>',
           f'  <link rel="alternate" type="text/html" href="https://{o["domain"]}/news/"/>',
           f"  <id>tag:{o['domain']},2019:feeds/topnews</id>",
           f"  <updated>{rfc3339(last)}</updated>",
           f"  <rights>© 2019 {xml_escape(o['name'])}</rights>"]
    for a in items:
        out += ["  <entry>",
                f"    <title>{xml_escape(a['title'])}</title>",
                f'    <link rel="alternate" type="text/html" href="{xml_escape(a["url"])}"/>',
                f"    <id>tag:{o['domain']},{a['published']}:{a['id']}</id>",
                f"    <published>{rfc3339(a['dt'])}</published>",
                f"    <updated>{rfc3339(a['updated'])}</updated>",
                f"    <author><name>{xml_escape(a['author'])}</name></author>",
                f"    <summary>{xml_escape(templates.describe(a))}</summary>",
                f'    <content type="html">{xml_escape(templates.feed_item_html(a))}</content>',
                "  </entry>"]
    out += ["</feed>", ""]
    return "\n".join(out).encode("utf-8")


def jsonl_record(a):
    if a["format"] == "jsonl-html":
        rec = {"url": a["url"], "html": templates.minimal_page(a)}
    else:
        rec = {"url": a["url"], "published": a["published"],
               "text": a["title"] + "\n\n" + "\n\n".join(a["paragraphs"])}
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- main

def order(items):
    return sorted(items, key=lambda a: (a["dt"] or dt.datetime.max.replace(tzinfo=dt.timezone.utc), a["id"]))


def generate(arts):
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    place = {}  # id -> (path, record)

    for a in arts:
        if a["format"] == "html":
            write(OUT / "html" / f"{a['id']}.html", html_bytes(a))
            place[a["id"]] = (f"html/{a['id']}.html", "")
        elif a["format"] == "html.gz":
            write(OUT / "html" / f"{a['id']}.html.gz", gz(html_bytes(a)))
            place[a["id"]] = (f"html/{a['id']}.html.gz", "")
        elif a["format"] == "text":
            write(OUT / "text" / f"{a['id']}.txt", templates.text_page(a).encode("utf-8"))
            place[a["id"]] = (f"text/{a['id']}.txt", "")

    jl = order([a for a in arts if a["format"].startswith("jsonl")])
    write(OUT / "feeds" / "wire.jsonl", "".join(jsonl_record(a) + "\n" for a in jl).encode("utf-8"))
    for n, a in enumerate(jl, 1):
        place[a["id"]] = ("feeds/wire.jsonl", str(n))

    wa = order([a for a in arts if a["format"] == "warc"])
    data, pos = build_warc(wa)
    write(OUT / "crawl" / "news.warc.gz", data)
    for a in wa:
        place[a["id"]] = ("crawl/news.warc.gz", str(pos[a["id"]]))

    rss = list(reversed(order([a for a in arts if a["format"] == "rss"])))  # newest first
    write(OUT / "feeds" / "dailyledger.rss", build_rss(rss))
    for n, a in enumerate(rss, 1):
        place[a["id"]] = ("feeds/dailyledger.rss", str(n))

    atom = list(reversed(order([a for a in arts if a["format"] == "atom"])))
    write(OUT / "feeds" / "wirecast.atom", build_atom(atom))
    for n, a in enumerate(atom, 1):
        place[a["id"]] = ("feeds/wirecast.atom", str(n))

    rows = ["\t".join(["id", "format", "path", "record", "storyline", "copy_of", "outlet", "url", "published", "title"])]
    for a in sorted(arts, key=lambda a: (place[a["id"]][0], int(place[a["id"]][1] or 0), a["id"])):
        path, rec = place[a["id"]]
        row = [a["id"], a["format"], path, rec, a["storyline"], a.get("copy_of") or "",
               OUTLETS[a["outlet"]]["name"], a["url"], a["published"] or "", a["title"]]
        assert not any("\t" in f or "\n" in f for f in row)
        rows.append("\t".join(row))
    write(OUT / "MANIFEST.tsv", ("\n".join(rows) + "\n").encode("utf-8"))

    write(OUT / "README.md", readme(arts, place).encode("utf-8"))

    # Resolved sources with ground truth for tests: clean text as written, before any chrome.
    resolved = []
    for a in sorted(arts, key=lambda a: a["id"]):
        resolved.append({
            "id": a["id"], "storyline": a["storyline"], "outlet": OUTLETS[a["outlet"]]["name"],
            "url": a["url"], "published": a["published"], "author": a.get("author"),
            "title": a["title"], "dateline": a.get("dateline"), "paragraphs": a["paragraphs"],
            "format": a["format"], "copy_of": a.get("copy_of"),
            "path": place[a["id"]][0], "record": int(place[a["id"]][1]) if place[a["id"]][1] else None,
            "encoding": a.get("encoding") or "utf-8",
        })
    write(HERE / "articles.json",
          (json.dumps(resolved, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return place


# Test-worthy features, each located by a snippet that must occur in the article (checked at build time).
FEATURES = [
    ("quote over two paragraphs (straight quotes; no closing mark on the first)", "arms-geneva-talks-wirecast", '"The Russian side is ready'),
    ("quote over two paragraphs (curly quotes)", "india-pakistan-jet-downed", "“I ask the Indian government"),
    ("quote left unclosed by sloppy copy", "arms-novosti-phone-call-august", '"Russia will not be the first'),
    ("quote split around its attribution", "arms-geneva-talks-wirecast", '," Pompeo told reporters after the meeting, "but'),
    ("quote split around its attribution (curly)", "arms-missile-test-warning", "“It is regrettable,” Kremlin spokesman"),
    ("quote split around its attribution (angle quotes)", "france-fuel-philippe-assembly", "«I hear the anger,» Philippe told lawmakers, «but"),
    ("nested single quotes", "arms-inf-suspension-kremlin", "call it a ‘suspension’"),
    ("nested single quotes", "trade-battery-duties", "‘oppose all forms of protectionism’"),
    ("machine-translated quote with a dash cue", "arms-novosti-phone-call-august", '", — said the assistant'),
    ("lower-cased name (machine translation)", "arms-novosti-phone-call-august", "Also trump expressed"),
    ("mention chain Kremlin spokesman Dmitry Peskov / Peskov / Mr Peskov / the Kremlin spokesman (paragraphs 4-9)", "arms-phone-call-january", "Kremlin spokesman Dmitry Peskov described"),
    ("title speaker (the White House said in a statement)", "arms-phone-call-january", "the White House said in a statement"),
    ("tweet", "arms-osaka-putin-trump-meeting", "the president tweeted"),
    ("negated event (did not discuss)", "arms-phone-call-january", "did not discuss Venezuela"),
    ("hypothetical event", "arms-geneva-talks-wirecast", "If the two sides are able to agree"),
    ("planned event (will meet)", "arms-osaka-meeting-planned", "will meet on the sidelines"),
    ("cancelled meeting", "arms-vienna-talks-cancelled", "has called off expert-level talks"),
    ("sanctions; dates \"March 20\", \"20/03/2019\", \"three years ago\"", "arms-sanctions-march", "notice dated 20/03/2019"),
    ("congratulation", "g20-osaka-day-one", "whom he congratulated on his re-election"),
    ("date range \"from 3 to 5 June\"", "trade-malmstrom-beijing-visit", "from 3 to 5 June"),
    ("\"Tuesday night\"", "france-fuel-tax-suspended", "on Tuesday night"),
    ("look-alike event 1: Pompeo-Lavrov meeting in Geneva, 2019-03-12", "arms-geneva-talks-wirecast", "agreed on Tuesday to restart"),
    ("look-alike event 2: Pompeo-Lavrov meeting in Geneva, 2019-10-08", "arms-geneva-second-round", "met in Geneva on Tuesday for the second time"),
    ("look-alike event 1: Trump-Putin phone call, 2019-01-24", "arms-phone-call-january", "spoke by telephone with Russian President"),
    ("look-alike event 2: Trump-Putin phone call, 2019-08-02", "arms-novosti-phone-call-august", "telephone conversation on Friday evening"),
]


def feature_lines(arts):
    by_id = {a["id"]: a for a in arts}
    out = []
    for what, aid, snippet in FEATURES:
        ps = by_id[aid]["paragraphs"]
        hits = [n for n, p in enumerate(ps, 1) if snippet in p]
        if not hits:
            raise SystemExit(f"feature snippet not found in {aid}: {snippet!r}")
        out.append(f"- {what}: `{aid}`, paragraph {hits[0]}")
    return out


def readme(arts, place):
    count = {}
    for a in arts:
        count[a["format"]] = count.get(a["format"], 0) + 1
    groups = {}
    for a in arts:
        if a.get("copy_of"):
            groups.setdefault(a["copy_of"], []).append(a["id"])
    per_story = {}
    for a in arts:
        per_story[a["storyline"]] = per_story.get(a["storyline"], 0) + 1
    story_desc = {
        "us-russia-arms": "US–Russia arms-control talks: Trump–Putin calls (January, August), the INF suspension, Pompeo–Lavrov meetings in Geneva (March and October), sanctions, the cancelled Vienna talks, the Osaka meeting",
        "eu-china-trade": "EU–China dispute over battery-cell duties: WTO complaint, Brussels summit, Malmström's Beijing visit, a retaliatory brandy probe",
        "india-pakistan-crisis": "India–Pakistan border crisis in Kashmir: shelling, a downed jet and captured pilot, UN appeals, the pilot's release, hotline talks",
        "g20-osaka": "The G20 summit in Osaka hosted by Shinzo Abe: preview, bilateral meetings, Trump–Xi, the declaration",
        "france-fuel-protests": "Protests against a fuel-tax rise in France: blockades, a national strike, the tax suspended",
    }
    lines = [
        "# dyad sample corpus",
        "",
        "A small corpus of news articles in every input format dyad reads, used by `dyad demo`,",
        "by the tests, and as ground truth for copy folding and story clustering.",
        "",
        "**All text here is fiction written for dyad's tests and demo.** The events, quotes and",
        "figures are invented; real names are used only as those of public figures, and the",
        "outlets (`*.example` domains) do not exist. Nothing here is a record of what anyone said or did.",
        "",
        f"{len(arts)} articles, 2019 (January–November), in {len(STORYLINES)} storylines:",
        "",
    ]
    for s in STORYLINES:
        lines.append(f"- `{s}` ({per_story[s]}): {story_desc[s]}.")
    lines += [
        "",
        "## Formats",
        "",
        "| path | format | articles |",
        "|---|---|---|",
        f"| `html/*.html` | full pages with site chrome (ads, scripts, cookie banners, related links, comments); one in windows-1252 | {count.get('html', 0)} |",
        f"| `html/*.html.gz` | a gzip-compressed page | {count.get('html.gz', 0)} |",
        f"| `text/*.txt` | pages saved as text (banner, breadcrumbs, title twice, date line, \"See also\", subscribe prompt); one machine-translated agency story | {count.get('text', 0)} |",
        f"| `feeds/wire.jsonl` | JSON Lines, `{{\"url\",\"html\"}}` or `{{\"url\",\"text\",\"published\"}}` | {count.get('jsonl-html', 0) + count.get('jsonl-text', 0)} |",
        f"| `crawl/news.warc.gz` | WARC/1.0 like CC-NEWS: warcinfo, then request + response per page, one gzip member per record | {count.get('warc', 0)} |",
        f"| `feeds/dailyledger.rss` | RSS 2.0 with full text in `content:encoded` | {count.get('rss', 0)} |",
        f"| `feeds/wirecast.atom` | Atom 1.0 with full text in `content type=\"html\"` | {count.get('atom', 0)} |",
        "",
        "One page (`arms-new-start-explainer`) has no publication date anywhere (expected: null).",
        "",
        "## Ground truth",
        "",
        "`MANIFEST.tsv` has one row per article: `id format path record storyline copy_of outlet url published title`.",
        "`path` is relative to this folder; `record` is the 1-based position inside a container file",
        "(line of the JSONL file, item of the RSS feed, entry of the Atom feed, and for the WARC file the",
        "position of the article's `response` record among all records, the `warcinfo` record being 1);",
        "it is empty for single files. `storyline` is the story cluster; `copy_of` names the wire original",
        "of a syndicated copy (fold target). `published` is empty when the page has no date.",
        "",
        "Syndicated copy groups (original first):",
        "",
    ]
    for orig, ids in sorted(groups.items()):
        fmts = ", ".join(f"`{i}` ({next(x['format'] for x in arts if x['id'] == i)})" for i in ids)
        lines.append(f"- `{orig}` (atom) → {fmts}")
    lines += [
        "",
        "Where to look for the hard cases (paragraph numbers are 1-based, in the clean text):",
        "",
        *feature_lines(arts),
        "",
        "Other traps: a windows-1252 page (`france-fuel-protests-roundabouts`), a gzip page",
        "(`india-pakistan-pilot-released`), a page with no date at all (`arms-new-start-explainer`,",
        "whose footer still says \"© 2012–2019\"), pages whose only date is a visible",
        "`PUBLISHED : ...` or `Published on DD/MM/YYYY` line, \"READ MORE\"/\"Also read\" links and captions",
        "inside article bodies, two paragraphs run together with `<br />` (`france-fuel-strike-clashes`).",
        "",
        "The articles' clean text (paragraphs, title, author, dateline, date) as written, before any",
        "page chrome was added, is in `tools/corpus/articles.json`, regenerated with the corpus.",
        "",
        "## Regenerate",
        "",
        "```",
        "python3 tools/corpus/make_corpus.py",
        "python3 tools/corpus/check_corpus.py   # parse every output back and find every paragraph in it",
        "```",
        "",
        "The sources are `tools/corpus/articles_*.py` (text), `outlets.py` and `templates.py` (site chrome).",
        "The output is deterministic: the same sources always give the same bytes.",
        "",
    ]
    return "\n".join(lines)


def main():
    arts = load()
    enrich(arts)
    if "--check" in sys.argv:
        print(f"{len(arts)} articles OK")
        return
    generate(arts)
    print(f"wrote {len(arts)} articles to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
