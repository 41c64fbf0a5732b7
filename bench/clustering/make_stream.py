#!/usr/bin/env python3
"""Generate the labelled story-clustering stream (see README.md).

    python3 bench/clustering/make_stream.py                 # seed 1 -> stream.jsonl, gold.tsv
    python3 bench/clustering/make_stream.py --seed 2 --out /tmp/s2

Python 3 standard library only, deterministic for a seed: the same seed gives the same bytes.
Story facts come from stories.py (real public figures, invented events); this file turns each
story into several distinct articles (news, reaction, analysis, follow-up, brief) written from
templates with varied wording, by different outlets over a few days, and into syndicated
copies of wire articles (cut, re-led, padded, lightly edited, re-headlined).
"""
import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stories import PEOPLE, S as STORIES  # noqa: E402

COUNTRIES = {
    # key: (name, metonym, adjective)
    "russia": ("Russia", "Moscow", "Russian"),
    "china": ("China", "Beijing", "Chinese"),
    "us": ("the United States", "Washington", "American"),
    "iran": ("Iran", "Tehran", "Iranian"),
}

WIRES = [("Atlas Press Agency", "atlaspress.example"), ("Continental Wire", "contwire.example"),
         ("Global News Service", "gns.example")]
OUTLETS = [
    ("The Meridian Post", "meridianpost.example"), ("Daily Courier", "dailycourier.example"),
    ("The Harbour Times", "harbourtimes.example"), ("Northern Ledger", "northernledger.example"),
    ("The Evening Standard-Bearer", "standardbearer.example"), ("Capital Observer", "capobserver.example"),
    ("The Lakeside Herald", "lakesideherald.example"), ("World Affairs Today", "watoday.example"),
    ("The Continental Review", "contreview.example"), ("Pacific Dispatch", "pacificdispatch.example"),
    ("The Morning Gazette", "morninggazette.example"), ("Eastern Telegraph", "easterntelegraph.example"),
    ("The Weekly Chronicle", "weeklychronicle.example"), ("Riverside Tribune", "riversidetribune.example"),
    ("The Policy Brief", "policybrief.example"), ("Atlantic Monitor", "atlanticmonitor.example"),
    ("The Summit Journal", "summitjournal.example"), ("Frontier News", "frontiernews.example"),
    ("The Diplomat's Desk", "diplomatsdesk.example"), ("Metro Express", "metroexpress.example"),
    ("Global Review Online", "globalreview.example"), ("The Coastal Sentinel", "coastalsentinel.example"),
]

# Background paragraphs shared by every story of a dyad: the look-alike trap.
BACKGROUND = {
    "us-ru": ["Relations between Moscow and Washington are at their lowest point since the end of the Cold War, strained by the conflicts in Ukraine and Syria and by allegations of Russian interference in the 2016 presidential election.",
              "American intelligence agencies concluded that Russia ran a campaign of hacking and propaganda to sway the 2016 election, a charge the Kremlin denies.",
              "Congress passed a law last year that limits the president's power to ease sanctions on Russia without lawmakers' approval."],
    "us-cn": ["The United States ran a trade deficit of more than three hundred and seventy billion dollars with China last year, a figure the president has repeatedly called unacceptable.",
              "Beijing is North Korea's main trading partner and Washington has pressed it to use its leverage over Pyongyang."],
    "kr": ["North Korea has carried out six nuclear tests and launched dozens of missiles, defying a series of United Nations Security Council resolutions.",
           "The 1950-53 Korean War ended in an armistice, not a peace treaty, leaving the two Koreas technically still at war."],
    "de-ru": ["Germany is Russia's most important trading partner in the European Union and relies on Russian gas for a large share of its energy needs.",
              "The European Union has extended its economic sanctions on Russia every six months since 2014."],
    "fr-ru": ["France and Germany mediate between Russia and Ukraine in the so-called Normandy format.",
              "The European Union has extended its economic sanctions on Russia every six months since 2014."],
    "gb-ru": ["Relations between London and Moscow have been poor since the 2006 murder in London of the former spy Alexander Litvinenko."],
    "tr-ru": ["Russia and Turkey back opposing sides in the Syrian war but have worked together with Iran on the Astana peace process.",
              "Relations between Moscow and Ankara recovered after a crisis caused by the downing of a Russian jet by Turkey in 2015."],
    "il-ru": ["Israel and Russia run a hotline to avoid clashes between their air forces over Syria."],
    "us-ir": ["Under the 2015 agreement Iran curbed its nuclear programme in exchange for the lifting of international sanctions."],
    "in-cn": ["India and China fought a brief border war in 1962 and still dispute large stretches of their Himalayan frontier."],
    "jp-ru": ["Soviet forces seized the four islands at the end of the Second World War, and the dispute has prevented a formal peace treaty ever since."],
    "ca-us": ["Canada and the United States have one of the largest trading relationships in the world, worth more than six hundred billion dollars a year."],
    "ua-ru": ["Russia annexed Crimea from Ukraine in 2014, and fighting with Russian-backed separatists in the east has killed more than ten thousand people."],
    "nato": ["NATO members agreed in 2014 to move towards spending two percent of their economic output on defence within a decade."],
}

SYNONYMS = [
    ("said", ["said", "told reporters", "stated", "said"]),
    ("talks", ["talks", "discussions", "negotiations"]),
    ("agreed", ["agreed", "consented", "agreed"]),
    ("discussed", ["discussed", "talked about", "went over"]),
    ("according to", ["according to", "citing", "as reported by"]),
    ("announced", ["announced", "unveiled", "declared"]),
    ("criticised", ["criticised", "condemned", "attacked"]),
    ("also", ["also", "in addition", "also"]),
    ("however", ["however", "but", "nevertheless"]),
    ("president", ["president", "president", "leader"]),
]

# Word-level paraphrases: each take words the shared facts its own way, as independent
# reporters do (quotes stay verbatim).
PARAPHRASE = {
    "said": ["said", "stated", "told reporters", "noted", "added"],
    "talks": ["talks", "discussions", "negotiations", "conversations"],
    "meeting": ["meeting", "encounter", "session", "talks"],
    "agreed": ["agreed", "consented", "decided"],
    "announced": ["announced", "unveiled", "declared", "made public"],
    "discussed": ["discussed", "talked about", "went over", "addressed"],
    "leaders": ["leaders", "presidents", "heads of state", "two men"],
    "officials": ["officials", "aides", "diplomats", "sources"],
    "country": ["country", "nation", "state"],
    "countries": ["countries", "nations", "states", "governments"],
    "government": ["government", "administration", "authorities"],
    "including": ["including", "among them", "such as"],
    "after": ["after", "following", "in the wake of"],
    "before": ["before", "ahead of", "prior to"],
    "during": ["during", "in the course of", "at"],
    "later": ["later", "afterwards", "subsequently"],
    "earlier": ["earlier", "previously", "before that"],
    "largest": ["largest", "biggest", "greatest"],
    "began": ["began", "started", "opened"],
    "lasted": ["lasted", "ran for", "went on for"],
    "held": ["held", "conducted", "had"],
    "met": ["met", "gathered", "convened"],
    "visit": ["visit", "trip", "stay"],
    "called": ["called", "described", "termed"],
    "warned": ["warned", "cautioned", "said"],
    "criticised": ["criticised", "condemned", "attacked", "slammed"],
    "took": ["took", "had taken", "was taking"],
    "signed": ["signed", "put their names to", "concluded"],
    "expected": ["expected", "anticipated", "likely"],
    "also": ["also", "in addition", "as well", "further"],
    "about": ["about", "around", "roughly", "some"],
    "more than": ["more than", "over", "upwards of"],
    "the two": ["the two", "both"],
    "news conference": ["news conference", "press conference", "briefing"],
    "reporters": ["reporters", "journalists", "the press"],
    "statement": ["statement", "readout", "communique"],
    "week": ["week", "seven days"],
    "day": ["day", "date"],
    "since": ["since", "ever since"],
    "would": ["would", "will", "was to"],
    "could": ["could", "might", "may"],
    "want": ["want", "wish", "seek"],
    "help": ["help", "assist", "aid"],
    "major": ["major", "big", "significant"],
    "sharp": ["sharp", "steep", "strong"],
    "important": ["important", "key", "crucial"],
    "hours": ["hours", "hrs"],
    "immediately": ["immediately", "at once", "straight away"],
    "announcement": ["announcement", "decision", "move"],
    "there": ["there", "on site"],
}
ATTRIBUTION = ["", "", "", " officials said", " according to people familiar with the matter",
               " diplomats said", " reports said", " it was reported", " aides confirmed"]


def paraphrase(text, rng, p=0.6):
    """Rewords `text` outside quotation marks: synonyms, and sometimes an attribution."""
    parts = text.split("\u201c")
    head = parts[0]
    for word, alts in PARAPHRASE.items():
        pat = re.compile(r"\b" + re.escape(word) + r"\b")
        head = pat.sub(lambda m: rng.choice(alts) if rng.random() < p else m.group(0), head)
    if len(parts) == 1 and head.endswith(".") and rng.random() < 0.35:
        head = head[:-1] + "," + rng.choice(ATTRIBUTION[3:]) + "."
    return "\u201c".join([head] + parts[1:])


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Actor:
    def __init__(self, key):
        if key in PEOPLE:
            full, short, title, country = PEOPLE[key]
            self.full, self.short, self.title, self.country = full, short, title, country
            self.person = True
        else:
            name, meto, adj = COUNTRIES[key]
            self.full, self.short, self.title, self.country = name, meto, "", name
            self.person = False

    def titled(self, rng):
        if not self.person:
            return self.full
        return rng.choice([f"{self.title} {self.full}", f"{self.full}", f"{self.title} {self.full}"])


DECK = {}


def choose(rng, key, opts):
    """Like rng.choice, but the takes of one story go through a shuffled deck of the options
    before repeating one, as independent writers rarely phrase a sentence the same way."""
    perm, used = DECK.get(key, (None, 0))
    if perm is None or len(perm) != len(opts):
        perm = list(range(len(opts)))
        rng.shuffle(perm)
        used = 0
    DECK[key] = (perm, used + 1)
    return opts[perm[used % len(perm)]]


def when(event_day, pub_day):
    """'on Tuesday' relative to the publication day, as a newsroom writes it."""
    delta = (pub_day - event_day).days
    if delta == 0:
        return "on " + WEEKDAYS[event_day.weekday()]
    if delta < 7:
        return "on " + WEEKDAYS[event_day.weekday()]
    return f"on {event_day.day} {event_day.strftime('%B')}"


def vary(text, rng, p=0.35):
    for word, alts in SYNONYMS:
        if word in text and rng.random() < p:
            text = text.replace(word, rng.choice(alts), 1)
    return text


def cap(s):
    return s[:1].upper() + s[1:]


def solo(st):
    return st["b"] in COUNTRIES


def event_np(st, a, b):
    kind = st["kind"]
    place = st.get("place")
    if kind == "call":
        return f"the telephone call between {a.short} and {b.short}"
    if kind in ("meeting", "visit"):
        return f"the talks between {a.short} and {b.short} in {place}"
    if solo(st):
        return f"{a.short}'s decision, announced in {place}," if place else f"{a.short}'s decision"
    return f"the clash between {a.short} and {b.short}"


def recap(st, a, b, w):
    kind = st["kind"]
    if kind == "call":
        return f"{a.short} and {b.short} spoke by phone {w}"
    if kind in ("meeting", "visit"):
        return f"{a.short} and {b.short} met in {st['place']} {w}"
    if solo(st):
        return f"{a.short} {st['outcome']} {w}"
    return f"{a.short} and {b.short} {st['outcome']} {w}"


def lead_news(st, a, b, w, rng):
    A, B = a.titled(rng), b.titled(rng)
    t = st["topics"]
    kind, place, out = st["kind"], st.get("place"), st["outcome"]
    if solo(st):
        opts = [f"{A} {out} {w}, citing {t[0]}.",
                f"{A} {w} {out}, a move tied to {t[0]}.",
                f"In a sharp escalation {w}, {A} {out}.",
                f"{A} {out} {w}, raising the stakes over {t[0]}.",
                f"Citing {t[0]}, {A} {out} {w}.",
                f"{A} has {out} amid the row over {t[0]}, officials confirmed {w}."]
    elif kind == "call":
        opts = [f"{A} spoke by telephone with {B} {w}, and the two {out}.",
                f"{A} and {B} held a telephone conversation {w} in which they {out}.",
                f"In a phone call {w}, {A} and {B} {out}, officials in both capitals said.",
                f"{A} phoned {B} {w} to discuss {t[0]} and {t[1]}.",
                f"{t[0].capitalize()} and {t[1]} dominated a call between {A} and {B} {w}.",
                f"{B} took a call from {A} {w}; the two {out}."]
    elif kind == "meeting":
        opts = [f"{A} and {B} met in {place} {w} and {out}.",
                f"{A} held talks with {B} in {place} {w}, focusing on {t[0]}.",
                f"Meeting in {place} {w}, {A} and {B} {out}.",
                f"{A} sat down with {B} in {place} {w} for talks on {t[0]} and {t[1]}.",
                f"Talks in {place} between {A} and {B} {w} centred on {t[0]}.",
                f"{A} and {B} came face to face in {place} {w}, with {t[0]} high on the agenda."]
    elif kind == "visit":
        opts = [f"{A} arrived in {place} {w} for talks with {B} on {t[0]}.",
                f"{B} received {A} in {place} {w}, and the two {out}.",
                f"On a visit to {place} {w}, {A} met {B} and the two {out}.",
                f"{A} travelled to {place} {w} and held talks with {B} about {t[0]}.",
                f"In {place} {w}, {B} hosted {A} for talks dominated by {t[0]}.",
                f"{A}'s trip to {place} {w} brought talks with {B}, who {out.replace('agreed', 'agreed with the visitor', 1)}."]
    else:
        opts = [f"{A} and {B} {out} {w}.",
                f"{A} and {B} {out} in {place} {w}, with {t[0]} at the centre of the dispute.",
                f"In {place} {w}, {A} and {B} {out}.",
                f"A row over {t[0]} erupted {w} as {A} and {B} {out}.",
                f"{t[0].capitalize()} set {A} against {B} {w}."]
    return choose(rng, "lead_news-1", opts)


def topics_par(st, a, b, rng):
    t = st["topics"]
    listed = ", ".join(t[:-1]) + " and " + t[-1] if len(t) > 1 else t[0]
    opts = [f"The agenda included {listed}.",
            f"According to officials, the discussion covered {listed}.",
            f"{cap(listed)} were on the table, aides said.",
            f"Officials said the focus was on {listed}.",
            f"Among the issues raised: {listed}.",
            f"{cap(t[0])} topped the list of issues, ahead of {t[-1]}.",
            f"Much of the attention went to {t[0]}.",
            f"{cap(t[-1])} also came up, a person briefed on the exchanges said."]
    return choose(rng, "topics_par-1", opts)


def outcome_par(st, a, b, rng):
    if solo(st):
        return choose(rng, "outcome_par-1", [f"The decision means that {a.short}'s government {st['outcome']}.",
                           f"Officials confirmed that {a.short} {st['outcome']}."])
    return choose(rng, "outcome_par-2", [f"The two sides {st['outcome']}, according to statements released afterwards.",
                       f"{a.short} and {b.short} {st['outcome']}, their offices said.",
                       f"By the end, they had {st['outcome'].replace('agreed', 'agreed', 1)}."])


def dispute_par(st, a, b, rng):
    return choose(rng, "dispute_par-1", [f"Differences remained over {st['dispute']}.",
                       f"But there was no sign of progress on {st['dispute']}.",
                       f"The two sides remain at odds over {st['dispute']}.",
                       f"{cap(st['dispute'])} remains a sticking point.",
                       f"Left unresolved: {st['dispute']}.",
                       f"Critics pointed to {st['dispute']} as the real test.",
                       f"Nothing was settled on {st['dispute']}, by all accounts."])


def next_par(st, a, b, rng):
    return choose(rng, "next_par-1", [f"The next step is {st['next']}, officials said.",
                       f"Diplomats now expect {st['next']}.",
                       f"Attention now turns to {st['next']}.",
                       f"What comes next, officials say, is {st['next']}.",
                       f"Both capitals are now looking to {st['next']}.",
                       f"Next on the calendar: {st['next']}."])


def quote_par(q, rng):
    key, words = q
    full, short, title, _ = PEOPLE[key]
    lead_in = words[:-1] + "," if words.endswith(".") else words
    opts = [f"\u201c{lead_in}\u201d {full}, the {title[:1].lower() + title[1:] if title.split()[0].islower() else title}, said.",
            f"\u201c{lead_in}\u201d {short} said.",
            f"{title} {full} said: \u201c{words}\u201d",
            f"\u201c{lead_in}\u201d said {full}."]
    return choose(rng, "quote_par-1", opts)


def reported_par(q, rng):
    key, words = q
    full, short, title, _ = PEOPLE[key]
    inner = words.rstrip(".").replace("We ", "they ").replace("we ", "they ").replace(" our ", " their ")
    inner = inner[:1].lower() + inner[1:]
    return choose(rng, "reported_par-1", [f"{full} said that {inner}.", f"{short} told reporters that {inner}."])


ANALYSTS = ["Maria Lindqvist", "Tomasz Wrobel", "Helen Achterberg", "Rajiv Menon", "Claire Dubois", "Oleg Sarkisov",
            "Daniel Okafor", "Yuki Tanabe", "Sofia Marquez", "Peter Hallam", "Ines Carvalho", "Jonas Berglund",
            "Amira Haddad", "Lukas Steiner", "Grace Mwangi", "Victor Ilyin"]
ROLES = ["a senior fellow", "a research director", "an analyst", "a former diplomat now", "a professor of international relations",
         "the head of the foreign policy programme", "a risk consultant"]
PLACES = ["the Nordic Institute for Security Studies", "the Hague Centre for Policy", "a Brussels think tank",
          "Carlton University", "the Institute for East-West Dialogue", "a London consultancy", "the Pacific Policy Forum",
          "the Geneva School of Diplomacy", "a Washington research group", "the Baltic Studies Centre"]
CLAIMS = [
    "the outcome on {t} would depend on how far {a} was prepared to go",
    "{b} had little reason to offer concessions on {t} at this stage",
    "markets had largely priced in the news, although {t} remained a risk",
    "domestic politics in both capitals would limit any deal on {t}",
    "the symbolism mattered more than the substance for {a}",
    "nobody should expect a breakthrough on {t} within months",
    "the real audience for the exercise was at home rather than abroad",
    "{a} had taken a calculated gamble that could backfire",
    "allies were watching closely for any sign of a side deal on {t}",
    "the episode showed how personal diplomacy has replaced the usual channels",
    "the language of the statements was notably cautious",
    "{b} would try to use {t} as leverage in the months ahead",
    "the absence of a written text left room for very different readings",
    "the timing was chosen with an eye on the coming elections",
]
FOLLOWS = ["{s} added that the coming weeks would show whether anything had changed.",
           "{s} pointed to the last round of talks, which produced little.",
           "Asked about the risks, {s} said they were being underestimated.",
           "{s} expects the issue to return before the end of the year.",
           "In {s}'s view, both sides left themselves room to retreat.",
           ""]


def color(st, a, b, rng):
    """An independent paragraph: an analyst's view, different in every take."""
    name = rng.choice(ANALYSTS)
    t = rng.choice(st["topics"])
    claim = rng.choice(CLAIMS).format(t=t, a=a.short, b=b.short)
    par = f"{name}, {rng.choice(ROLES)} at {rng.choice(PLACES)}, said {claim}."
    follow = rng.choice(FOLLOWS).format(s=name.split()[-1])
    return (par + " " + follow).strip()


def background(st, rng):
    pool = BACKGROUND.get(st["dyad"], [])
    return rng.choice(pool) if pool else None


def pick(rng, items, k):
    items = list(items)
    rng.shuffle(items)
    return items[:k]


def write_take(st, angle, day, rng, index=0):
    """One distinct article about story `st` from `angle`, published on `day`. Takes share
    few facts: take `index` starts at its own fact."""
    a, b = Actor(st["a"]), Actor(st["b"])
    ev = dt.date.fromisoformat(st["date"])
    w = when(ev, day)
    nf = len(st["facts"])
    k = 1 if angle == "brief" else rng.randint(1, 2)
    facts = [paraphrase(st["facts"][(index + j) % nf], rng) for j in range(k)]
    facts += [None] * 3
    facts = [f for f in facts if f] + [""] * 3
    quotes = pick(rng, st["quotes"], 2)
    pars = []
    if angle in ("news", "brief"):
        pars.append(vary(lead_news(st, a, b, w, rng), rng))
        if angle == "brief":
            pars.append(facts[0])
            pars.append(reported_par(quotes[0], rng) if rng.random() < 0.6 else quote_par(quotes[0], rng))
            title = rng.choice([f"{a.short}, {b.short} {'in ' + st['place'] if st.get('place') else 'talk'}",
                                f"In brief: {recap(st, a, b, '').strip()}"])
            return title, pars
        pars.append(topics_par(st, a, b, rng))
        pars.extend(facts[:2])
        pars.append(quote_par(quotes[0], rng))
        pars.append(outcome_par(st, a, b, rng) if rng.random() < 0.5 else dispute_par(st, a, b, rng))
        pars.append(quote_par(quotes[1], rng) if rng.random() < 0.6 else reported_par(quotes[1], rng))

        pars.append(next_par(st, a, b, rng))
        bg = background(st, rng)
        if bg and rng.random() < 0.7:
            pars.append(bg)
        title = rng.choice([
            f"{a.short} and {b.short} {'speak by phone' if st['kind'] == 'call' else 'meet in ' + str(st.get('place'))}" if not solo(st) else f"{a.short} {st['outcome'].split(' ', 1)[0]} {st['outcome'].split(' ', 1)[1][:40]}",
            cap(f"{st['topics'][0]} dominates {a.short}-{b.short} {'call' if st['kind'] == 'call' else 'talks'}") if not solo(st) else cap(f"{a.short} moves over {st['topics'][0]}"),
            cap(f"{a.short}, {b.short} {'agree' if 'agree' in st['outcome'] else 'talk'} on {st['topics'][0]}"),
        ])
    elif angle == "reaction":
        q = quotes[0]
        full, short, title_, _ = PEOPLE[q[0]]
        pars.append(vary(rng.choice([
            f"{title_} {full} {w if (day - ev).days > 0 else 'later'} defended {event_np(st, a, b)}, a day after {recap(st, a, b, '').strip()}.",
            f"{full} weighed in {w if (day - ev).days > 0 else 'later'} on {event_np(st, a, b)}.",
            f"Reactions poured in after {recap(st, a, b, w)}.",
        ]), rng))
        pars.append(quote_par(q, rng))
        pars.append(facts[0])
        pars.append(dispute_par(st, a, b, rng))
        pars.append(reported_par(quotes[1], rng))
        pars.append(facts[1])
        bg = background(st, rng)
        if bg and rng.random() < 0.5:
            pars.append(bg)
        title = rng.choice([f"{short} on {a.short}-{b.short} {st['topics'][0].split()[-1]}",
                            cap(f"reactions to {event_np(st, a, b).rstrip(',')}"),
                            f"{short}: \u201c{q[1][:50].rsplit(' ', 1)[0]}\u201d"])
    elif angle == "analysis":
        pars.append(vary(rng.choice([
            f"When {recap(st, a, b, w)}, the focus was on {st['topics'][0]}. The harder questions were left for later.",
            f"{cap(recap(st, a, b, w))}. What did it change?",
            f"It has been {(day - ev).days} days since {recap(st, a, b, w)}, and the consequences are still unclear.",
        ]), rng))
        pars.append(topics_par(st, a, b, rng))
        pars.append(outcome_par(st, a, b, rng))
        pars.extend(facts)
        pars.append(dispute_par(st, a, b, rng))
        pars.append(reported_par(quotes[0], rng))
        bg = background(st, rng)
        if bg:
            pars.append(bg)
        pars.append(next_par(st, a, b, rng))
        title = rng.choice([f"Analysis: what {event_np(st, a, b).rstrip(',')} means",
                            f"Why {st['topics'][0]} matters after {a.short}'s move" if solo(st) else f"Why {st['topics'][0]} matters for {a.short} and {b.short}",
                            f"The {a.short}-{b.short} {st['kind']} and its limits"])
    else:  # follow-up
        pars.append(vary(rng.choice([
            f"{(day - ev).days} days after {recap(st, a, b, w)}, {st['next']} is taking shape.",
            f"Officials are preparing {st['next']} following {event_np(st, a, b).rstrip(',')} {w}.",
            f"After {recap(st, a, b, w)}, diplomats are working on {st['next']}.",
        ]), rng))
        pars.append(facts[0])
        pars.append(reported_par(quotes[1], rng))
        pars.append(outcome_par(st, a, b, rng))
        pars.append(dispute_par(st, a, b, rng))
        title = rng.choice([cap(f"{st['next']} next after {a.short}-{b.short} {st['kind']}"),
                            f"Follow-up to {a.short}-{b.short} {st['kind']} in the works"])
    for _ in range({"brief": 0, "analysis": 3}.get(angle, rng.randint(1, 2))):
        pars.insert(rng.randint(2, max(2, len(pars) - 1)), color(st, a, b, rng))
    return title, pars


def write_paraphrased(st, angle, day, rng, index):
    """A take with every paragraph but the quotes reworded its own way."""
    title, pars = write_take(st, angle, day, rng, index)
    return title, [paraphrase(p, rng, 0.5) for p in pars if p]


# ------------------------------------------------------------------------- syndicated copies

def copy_edits(pars, title, outlet, rng, st):
    """A syndicated copy of a wire article: returns (title, paragraphs, edits applied)."""
    a, b = Actor(st["a"]), Actor(st["b"])
    pars = list(pars)
    edits = []
    choices = ["cut", "relead", "pad", "tweak", "retitle", "exact"]
    weights = [0.45, 0.35, 0.35, 0.5, 0.6, 0.05]
    chosen = [c for c, p in zip(choices, weights) if rng.random() < p]
    if "exact" in chosen:
        return title, pars, ["exact"]
    if "cut" in chosen and len(pars) > 4:
        keep = rng.randint(max(3, len(pars) // 2), len(pars) - 1)
        pars = pars[:keep]
        edits.append(f"cut to {keep}")
    if "relead" in chosen:
        pars[0] = rng.choice([
            f"{cap(st['topics'][0])} was at the centre of events {when(dt.date.fromisoformat(st['date']), dt.date.fromisoformat(st['date']))} as {recap(st, a, b, '').strip()}.",
            f"{outlet.upper().split()[0]} \u2014 {pars[0]}",
            f"{recap(st, a, b, '').strip().capitalize()}, in a development closely watched by {rng.choice(['investors', 'diplomats', 'allies', 'analysts'])}.",
        ])
        edits.append("relead")
    if "pad" in chosen:
        extra = rng.choice([
            f"{outlet} has asked both governments for further comment.",
            f"This report was compiled by {outlet} with material from wire services. Our correspondents will follow the story as it develops.",
            f"Local reaction was muted, {outlet}'s correspondent reported, with most attention on domestic politics and the economy.",
            f"Readers can follow our live coverage of {st['topics'][0]} throughout the day on {outlet}'s website.",
        ])
        pos = rng.choice([len(pars), len(pars) - 1, 2])
        pars.insert(min(pos, len(pars)), extra)
        edits.append("pad")
    if "tweak" in chosen:
        i = rng.randrange(len(pars))
        pars[i] = vary(pars[i].replace("United States", "U.S.").replace(" US ", " U.S. "), rng, p=0.9)
        edits.append("tweak")
    if "retitle" in chosen:
        title = rng.choice([f"{title} - {outlet}", f"UPDATE: {title}", f"{a.short} and {b.short}: the latest",
                            cap(f"{st['topics'][0]}: {a.short} in focus")])
        edits.append("retitle")
    return title, pars, edits or ["chrome"]


def chrome(pars, outlet, rng):
    """Site furniture around the text, as saved pages have it."""
    pars = list(pars)
    if rng.random() < 0.4:
        pars.insert(0, rng.choice([f"By {outlet} staff", "By our diplomatic correspondent", "From wire reports"]))
    if rng.random() < 0.4:
        pars.append(rng.choice(["Share this article", f"\u00a9 {outlet}. All rights reserved.", "Read more: our world news section"]))
    return pars


# ------------------------------------------------------------------------- the stream

def compress(stories, days):
    """The stories with their dates squeezed into `days` days (order kept): a dense variant in
    which many stories, look-alikes included, run at the same time."""
    first = min(dt.date.fromisoformat(st["date"]) for st in stories)
    last = max(dt.date.fromisoformat(st["date"]) for st in stories)
    span = max(1, (last - first).days)
    out = []
    for st in stories:
        d = dt.date.fromisoformat(st["date"])
        out.append(dict(st, date=(first + dt.timedelta(days=round((d - first).days * days / span))).isoformat()))
    return out


def generate(seed, days=None):
    rng = random.Random(seed)
    records = []
    n = 0
    for st in (compress(STORIES, days) if days else STORIES):
        DECK.clear()
        ev = dt.date.fromisoformat(st["date"])
        angles = ["news", "news"] + pick(rng, ["news", "news", "reaction", "reaction", "analysis", "followup", "brief", "analysis"], rng.randint(4, 7))
        outlets = pick(rng, OUTLETS, len(OUTLETS))
        wires = pick(rng, WIRES, 2)
        takes = []
        for i, angle in enumerate(angles):
            offset = {"news": rng.choice([0, 0, 1]), "brief": 0, "reaction": rng.choice([1, 1, 2]),
                      "analysis": rng.randint(2, 4), "followup": rng.randint(3, 6)}[angle]
            day = ev + dt.timedelta(days=offset)
            title, pars = write_paraphrased(st, angle, day, rng, i)
            # The first one or two news takes are wire stories that other sites republish.
            wire = i < 2 and angle == "news"
            src = wires[i] if wire else outlets.pop()
            takes.append(dict(title=title, pars=pars, day=day, source=src, wire=wire, angle=angle))
        for t in takes:
            n += 1
            tid = f"a{n:04d}"
            t["id"] = tid
            hh = rng.randint(6, 22)
            records.append(dict(id=tid, story=st["key"], copy_group=tid, kind=t["angle"], day=t["day"], minute=hh * 60 + rng.randint(0, 59),
                                source=t["source"], title=t["title"], pars=chrome(t["pars"], t["source"][0], rng)))
            if not t["wire"]:
                continue
            for _ in range(rng.randint(0, 3)):
                out = outlets.pop() if outlets else rng.choice(OUTLETS)
                title, pars, edits = copy_edits(t["pars"], t["title"], out[0], rng, st)
                n += 1
                cday = t["day"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
                records.append(dict(id=f"a{n:04d}", story=st["key"], copy_group=tid, kind="copy:" + "+".join(edits), day=cday,
                                    minute=rng.randint(hh * 60, 23 * 60 + 59) if cday == t["day"] else rng.randint(0, 1439),
                                    source=out, title=title, pars=chrome(pars, out[0], rng)))
    records.sort(key=lambda r: (r["day"], r["minute"], r["id"]))
    return records


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--dense", type=int, metavar="DAYS", help="squeeze the stories into DAYS days")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    records = generate(args.seed, args.dense)
    with open(out / "stream.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            name, domain = r["source"]
            slug = "-".join(r["title"].lower().replace("\u201c", "").replace("\u201d", "").split())[:60]
            f.write(json.dumps({
                "id": r["id"], "url": f"https://{domain}/{r['day'].isoformat().replace('-', '/')}/{slug}",
                "source": name, "title": r["title"], "published": r["day"].isoformat(),
                "text": "\n\n".join(r["pars"]),
            }, ensure_ascii=False, sort_keys=True) + "\n")
    with open(out / "gold.tsv", "w", encoding="utf-8") as f:
        f.write("id\tstory\tcopy_group\tkind\tpublished\tsource\n")
        for r in records:
            f.write(f"{r['id']}\t{r['story']}\t{r['copy_group']}\t{r['kind']}\t{r['day'].isoformat()}\t{r['source'][0]}\n")
    stories = {r["story"] for r in records}
    copies = sum(1 for r in records if r["id"] != r["copy_group"])
    days = sorted(r["day"] for r in records)
    print(f"{len(records)} articles, {len(stories)} stories, {copies} copies, {days[0]} .. {days[-1]} -> {out}")


if __name__ == "__main__":
    main()
