#!/usr/bin/env python3
"""Synthetic news for measuring dyad at scale: N articles as JSON Lines for `dyad ingest`.

    python3 bench/export/generate.py 100000 > /tmp/synthetic.jsonl

Each article is built from templates: a dateline lead with a meeting, phone call, visit,
accusation, threat or aid pledge between two leaders or governments (the real names of dyad's
knowledge base, so entities, actor codes and events resolve), a relative date ("on Tuesday"),
direct and reported quotes with speakers, a place, filler sentences drawn at random, and
paragraphs of lower-case pseudo-words so that articles differ as much as real ones do. About one article in twenty is a syndicated copy of an earlier one on another
outlet (what copy folding has to find). Deterministic: the same N gives the same bytes.
Standard library only. The articles are fiction made for this benchmark.
"""
import datetime as dt
import json
import random
import sys

LEADERS = [
    ("Donald Trump", "U.S. President", "Washington"),
    ("Vladimir Putin", "Russian President", "Moscow"),
    ("Xi Jinping", "Chinese President", "Beijing"),
    ("Emmanuel Macron", "French President", "Paris"),
    ("Angela Merkel", "German Chancellor", "Berlin"),
    ("Shinzo Abe", "Japanese Prime Minister", "Tokyo"),
    ("Narendra Modi", "Indian Prime Minister", "New Delhi"),
    ("Imran Khan", "Pakistani Prime Minister", "Islamabad"),
    ("Theresa May", "British Prime Minister", "London"),
    ("Recep Tayyip Erdogan", "Turkish President", "Ankara"),
    ("Justin Trudeau", "Canadian Prime Minister", "Ottawa"),
    ("Moon Jae-in", "South Korean President", "Seoul"),
]
MINISTERS = [
    ("Mike Pompeo", "U.S. Secretary of State"),
    ("Sergei Lavrov", "Russian Foreign Minister"),
    ("Wang Yi", "Chinese Foreign Minister"),
    ("Dmitry Peskov", "Kremlin spokesman"),
    ("Jean-Yves Le Drian", "French Foreign Minister"),
    ("Heiko Maas", "German Foreign Minister"),
]
PLACES = ["Geneva", "Vienna", "Osaka", "Helsinki", "Singapore", "Brussels", "Davos", "Hanoi"]
ISSUES = [
    "arms control", "trade tariffs", "the nuclear deal", "sanctions", "climate policy",
    "the border dispute", "energy supplies", "cyber attacks", "refugees", "steel quotas",
]
OUTLETS = [
    ("The Meridian Post", "meridianpost.example"), ("Baltic Wire", "balticwire.example"),
    ("Asia Courier", "asiacourier.example"), ("Daily Ledger", "dailyledger.example"),
    ("Wirecast", "wirecast.example"), ("Frontier Times", "frontiertimes.example"),
    ("Policy Desk", "policydesk.example"), ("Harbour Herald", "harbourherald.example"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = [
    "{a} met {b} in {place} on {day} to discuss {issue}, officials said.",
    "{a} phoned {b} on {day} to discuss {issue}.",
    "{a} visited {capital_b} on {day} for talks with {b} on {issue}.",
    "{a} accused {b} on {day} of undermining efforts on {issue}.",
    "{a} threatened on {day} to impose sanctions on {country_b} over {issue}.",
    "{a} promised on {day} to provide aid to {country_b} after talks on {issue}.",
    "{a} criticised {b} on {day} over {issue}.",
    "{a} and {b} agreed on {day} to resume negotiations on {issue}.",
]
FILLER = [
    "The talks lasted about {n} hours and ended without a joint statement.",
    "Diplomats said the two sides remained far apart on {issue}.",
    "Analysts in {place} said the meeting was the {nth} of its kind this year.",
    "Markets barely moved on the news, with the index closing {n} points higher.",
    "A second round is expected in {place} later this year, according to officials.",
    "The issue of {issue} has strained relations for {n} years.",
    "Officials declined to give details of the {n}-point plan discussed on the sidelines.",
    "Protesters gathered outside the venue in {place}, some {n}00 of them by police estimates.",
    "Critics at home called the outcome a setback on {issue}.",
    "Both delegations included experts on {issue} and on {issue2}.",
]
QUOTES = [
    "We had a constructive conversation about {issue}",
    "There is no alternative to dialogue on {issue}",
    "Our position on {issue} has not changed",
    "It is too early to speak of a breakthrough",
    "We expect concrete steps, not words",
    "The door remains open for talks on {issue}",
]
COUNTRY = {
    "Donald Trump": "the United States", "Vladimir Putin": "Russia", "Xi Jinping": "China",
    "Emmanuel Macron": "France", "Angela Merkel": "Germany", "Shinzo Abe": "Japan",
    "Narendra Modi": "India", "Imran Khan": "Pakistan", "Theresa May": "Britain",
    "Recep Tayyip Erdogan": "Turkey", "Justin Trudeau": "Canada", "Moon Jae-in": "South Korea",
}
NTH = ["second", "third", "fourth", "fifth", "sixth"]
SYLLABLES = ["ka", "lo", "mi", "ter", "san", "dor", "vel", "pra", "nis", "gu", "ren", "tho", "bal", "cur", "fen"]


def vocabulary(rng, size=3000):
    """Lower-case pseudo-words: background prose that makes each article its own."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def background(rng, words):
    """A paragraph of background prose (no names, no events)."""
    sentences = []
    for _ in range(rng.randint(2, 3)):
        s = " ".join(rng.choice(words) for _ in range(rng.randint(9, 16)))
        sentences.append(s[0].upper() + s[1:] + ".")
    return " ".join(sentences)


def article(rng, words, i, day):
    (a, a_title, _), (b, b_title, capital_b) = rng.sample(LEADERS, 2)
    minister, m_title = rng.choice(MINISTERS)
    issue, issue2 = rng.sample(ISSUES, 2)
    place = rng.choice(PLACES)
    published = day + dt.timedelta(days=rng.randint(0, 2))
    weekday = WEEKDAYS[day.weekday()]
    fill = dict(
        a=f"{a_title} {a}", b=f"{b_title} {b}", place=place, issue=issue, issue2=issue2,
        day=weekday, capital_b=capital_b, country_b=COUNTRY[b], n=rng.randint(2, 9),
        nth=rng.choice(NTH),
    )
    dateline = rng.choice([place, capital_b]).upper()
    outlet, host = rng.choice(OUTLETS)
    paras = [f"{dateline}, {published:%B} {published.day} ({outlet}) — " + rng.choice(LEADS).format(**fill)]
    quote = rng.choice(QUOTES).format(**fill)
    paras.append(f"“{quote},” {m_title} {minister} told reporters.")
    for _ in range(rng.randint(3, 7)):
        paras.append(rng.choice(FILLER).format(**fill))
        if rng.random() < 0.6:
            paras.append(background(rng, words))
    paras.append(f"{b} said {COUNTRY[b]} was ready to continue talks on {issue} “at any level”.")
    title = f"{a} and {b} talk {issue} in {place}"
    return {
        "id": f"syn-{i}",
        "url": f"https://{host}/{published:%Y/%m/%d}/{i}-{issue.replace(' ', '-')}",
        "title": title,
        "published": published.isoformat(),
        "text": "\n\n".join([title] + paras),
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(20191009)
    words = vocabulary(rng)
    start = dt.date(2017, 1, 1)
    recent = []
    out = sys.stdout
    for i in range(n):
        if recent and rng.random() < 0.05:
            # A syndicated copy on another outlet, a day later, its credit line changed.
            orig = dict(rng.choice(recent))
            outlet, host = rng.choice(OUTLETS)
            orig["id"] = f"syn-{i}"
            orig["url"] = f"https://{host}/wire/{i}"
            orig["text"] = orig["text"] + f"\n\n(Reporting by {outlet} staff.)"
            rec = orig
        else:
            day = start + dt.timedelta(days=(i * 1461) // n)
            rec = article(rng, words, i, day)
            recent.append(rec)
            if len(recent) > 50:
                recent.pop(0)
        out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
