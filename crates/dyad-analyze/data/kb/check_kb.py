#!/usr/bin/env python3
"""Validate dyad's actor knowledge base (the TSV files next to this script).

Stdlib only. Usage: python3 check_kb.py [KB_DIR]
Exits 0 when every invariant holds, 1 otherwise. Warnings (printed, not
fatal) flag things worth a human look, such as overlapping terms of office.
Also checks given_names.txt (one lower-case given name per line).
"""
import datetime
import os
import re
import sys

HEADERS = {
    "countries.tsv": ["code", "iso2", "name", "aliases", "demonyms", "capital", "metonyms"],
    "organisations.tsv": ["id", "name", "aliases", "actor_code", "country", "kind"],
    "people.tsv": ["id", "name", "aliases", "gender", "country"],
    "roles.tsv": ["person", "actor_code", "role", "title", "start", "end"],
    "places.tsv": ["id", "name", "aliases", "country", "kind"],
}
LIST_FIELDS = {
    "countries.tsv": {"aliases", "demonyms", "metonyms"},
    "organisations.tsv": {"aliases"},
    "people.tsv": {"aliases"},
    "roles.tsv": set(),
    "places.tsv": {"aliases"},
}
REQUIRED = {
    "countries.tsv": {"code", "iso2", "name"},
    "organisations.tsv": {"id", "name", "actor_code", "kind"},
    "people.tsv": {"id", "name", "gender", "country"},
    "roles.tsv": {"person", "actor_code", "role", "title"},
    "places.tsv": {"id", "name", "kind"},
}
ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "finance_minister", "interior_minister", "spokesperson", "adviser",
    "intelligence_chief", "legislator", "judge", "party_leader", "un_official",
    "igo_official", "military_chief", "opposition_leader", "minister", "official",
    "ambassador",
}
PLACE_KINDS = {"city", "region", "territory", "landmark", "body_of_water"}
KINDS = {"igo", "ngo", "government", "agency", "military", "party", "media",
         "company", "court", "legislature", "university", "sports", "religious"}
# First three letters of an actor code that is not a country: CAMEO's
# international/transnational types.
NON_STATE_PREFIXES = {"IGO", "NGO", "NGM", "IMG", "MNC", "UIS"}

ACTOR_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# One given name: letters, with single hyphens or apostrophes inside (`jean-pierre`, `ze'ev`).
GIVEN_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def read_table(kb, name):
    path = os.path.join(kb, name)
    rows = []
    if not os.path.exists(path):
        err(name, "missing file")
        return rows
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        return rows
    if text.startswith("\ufeff"):
        err(name, "starts with a byte-order mark")
    if "\r" in text:
        err(name, "contains carriage returns (use LF line ends)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        err(name, "does not end with a newline")
    header = HEADERS[name]
    if not lines or lines[0].split("\t") != header:
        err(f"{name}:1", f"header must be {'<TAB>'.join(header)}")
        return rows
    for n, line in enumerate(lines[1:], start=2):
        where = f"{name}:{n}"
        if line.startswith("#"):
            continue
        if not line.strip():
            err(where, "blank line (use a # comment instead)")
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            err(where, f"{len(cells)} columns, header has {len(header)}")
            continue
        row = dict(zip(header, cells))
        for col, val in row.items():
            if val != val.strip():
                err(where, f"{col}: leading/trailing whitespace")
            if "  " in val:
                err(where, f"{col}: double space")
            if col in REQUIRED[name] and not val:
                err(where, f"{col}: required, empty")
            if col in LIST_FIELDS[name] and val:
                items = val.split("|")
                if any(not i.strip() or i != i.strip() for i in items):
                    err(where, f"{col}: empty or padded list item in {val!r}")
                dup = {i for i in items if items.count(i) > 1}
                if dup:
                    err(where, f"{col}: duplicate list items {sorted(dup)}")
            elif "|" in val:
                err(where, f"{col}: '|' in a single-valued field")
        rows.append((where, row))
    return rows


def parse_date(s):
    """Return (year, month, day) with None for missing parts, or raise ValueError."""
    m = DATE_RE.match(s)
    if not m:
        raise ValueError("not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    y = int(y)
    mo = int(mo) if mo else None
    d = int(d) if d else None
    if mo is not None and not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if d is not None:
        datetime.date(y, mo, d)  # raises on a bad day
    if not 1800 <= y <= 2100:
        raise ValueError("implausible year")
    return (y, mo, d)


def lower_bound(t):
    y, mo, d = t
    return datetime.date(y, mo or 1, d or 1)


def upper_bound(t):
    y, mo, d = t
    if mo is None:
        return datetime.date(y, 12, 31)
    if d is None:
        nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    return datetime.date(y, mo, d)


def unique(rows, col, name):
    seen = {}
    for where, row in rows:
        v = row[col]
        if v in seen:
            err(where, f"duplicate {col} {v!r} (first at {seen[v]})")
        else:
            seen[v] = where
    return seen


def forms(row, *cols):
    """The surface forms (name and list items) of a row, in the given columns."""
    out = []
    for col in cols:
        out += [x for x in row[col].split("|") if x]
    return out


def check_places(places, countries, orgs, people, codes):
    """places.tsv: shape, vocabulary, and names shared with other places or other tables."""
    unique(places, "id", "places.tsv")
    capital = {r["code"]: r["capital"] for _, r in countries}
    for where, r in places:
        if not SLUG_RE.match(r["id"]):
            err(where, f"id {r['id']!r} is not a lowercase slug")
        if r["kind"] not in PLACE_KINDS:
            err(where, f"kind {r['kind']!r} not in {sorted(PLACE_KINDS)}")
        if r["country"]:
            if r["country"] not in codes:
                err(where, f"country {r['country']!r} not in countries.tsv")
        elif r["kind"] == "city":
            err(where, "a city needs a country")
        if r["name"] in r["aliases"].split("|"):
            err(where, "name repeated among aliases")

    # A surface form should name one place. Matching ignores case, so compare casefolded.
    owner = {}
    for where, r in places:
        for form in forms(r, "name", "aliases"):
            key = form.casefold()
            if key in owner and owner[key][0] != r["id"]:
                warn(where, f"{form!r} names both {owner[key][0]} and {r['id']} (first at {owner[key][1]})")
            owner.setdefault(key, (r["id"], where))

    # A place must not take a name of another country ("Georgia" the US state). A place may
    # share its own country's name only when it is that country's capital (Singapore, Monaco).
    country_forms = {}
    for _, c in countries:
        for what, cols in (("name or alias", ("name", "aliases")), ("demonym", ("demonyms",)),
                           ("metonym", ("metonyms",))):
            for form in forms(c, *cols):
                country_forms.setdefault(form.casefold(), []).append((c["code"], what))
    for where, r in places:
        for form in forms(r, "name", "aliases"):
            for code, what in country_forms.get(form.casefold(), []):
                if code != r["country"]:
                    err(where, f"{form!r} of place {r['id']} is also a {what} of country {code}")
                elif what != "metonym" and (form != capital.get(code) or r["kind"] != "city"):
                    warn(where, f"{form!r} of place {r['id']} is also a {what} of its own country {code}")

    # Names shared with an organisation or a person, except a capital standing for the
    # government or a body seated there ("Brussels" for the EU).
    other = {}
    for table, rows in (("organisation", orgs), ("person", people)):
        for _, o in rows:
            for form in forms(o, "name", "aliases"):
                other.setdefault(form.casefold(), f"{table} {o['id']}")
    for where, r in places:
        is_capital = r["kind"] == "city" and capital.get(r["country"]) in forms(r, "name", "aliases")
        for form in forms(r, "name", "aliases"):
            if form.casefold() in other and not is_capital:
                warn(where, f"{form!r} of place {r['id']} also names {other[form.casefold()]}")

    # Every capital in countries.tsv is a city here, under its own name or a longer
    # distinct one ("Djibouti City", "Victoria, Seychelles").
    for code, cap in capital.items():
        if not cap:
            continue
        found = any(
            r["country"] == code and r["kind"] == "city"
            and (cap in forms(r, "name", "aliases")
                 or r["name"].startswith(cap + " ") or r["name"].startswith(cap + ","))
            for _, r in places)
        if not found:
            warn("places.tsv", f"capital {cap!r} of {code} is not listed as a city")


def read_given_names(kb):
    """given_names.txt: (where, name) for each line that is not a comment."""
    name = "given_names.txt"
    path = os.path.join(kb, name)
    out = []
    if not os.path.exists(path):
        err(name, "missing file")
        return out
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        return out
    if text.startswith("\ufeff"):
        err(name, "starts with a byte-order mark")
    if "\r" in text:
        err(name, "contains carriage returns (use LF line ends)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        err(name, "does not end with a newline")
    for n, line in enumerate(lines, start=1):
        if line.startswith("#"):
            continue
        out.append((f"{name}:{n}", line))
    return out


def check_given_names(given, countries, places, orgs):
    """given_names.txt: one lower-case token a line, no duplicates, no country or capital names."""
    country_forms = {}
    for _, c in countries:
        for what, cols in (("name or alias", ("name", "aliases")), ("demonym", ("demonyms",)),
                           ("capital", ("capital",)), ("metonym", ("metonyms",))):
            for form in forms(c, *cols):
                country_forms.setdefault(form.casefold(), (c["code"], what))
    place_forms = {}
    for _, r in places:
        for form in forms(r, "name", "aliases"):
            place_forms.setdefault(form.casefold(), r["id"])
    org_forms = {}
    for _, o in orgs:
        for form in forms(o, "name", "aliases"):
            org_forms.setdefault(form.casefold(), o["id"])
    seen = {}
    for where, g in given:
        if not g.strip():
            err(where, "blank line (use a # comment instead)")
            continue
        if g != g.strip():
            err(where, f"{g!r}: leading/trailing whitespace")
            continue
        if g != g.lower():
            err(where, f"{g!r} is not lower case")
        if not GIVEN_RE.match(g):
            err(where, f"{g!r} is not one token (letters, with - or ' inside)")
        if g in seen:
            err(where, f"duplicate {g!r} (first at {seen[g]})")
            continue
        seen[g] = where
        key = g.casefold()
        if key in country_forms:
            code, what = country_forms[key]
            err(where, f"{g!r} is a {what} of country {code}")
        if key in place_forms:
            warn(where, f"{g!r} is also place {place_forms[key]}")
        if key in org_forms:
            warn(where, f"{g!r} is also a name of organisation {org_forms[key]} (the organisation wins)")


def main():
    kb = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    countries = read_table(kb, "countries.tsv")
    orgs = read_table(kb, "organisations.tsv")
    people = read_table(kb, "people.tsv")
    roles = read_table(kb, "roles.tsv")
    # places.tsv ships with dyad; a user folder may leave it out.
    shipped = os.path.abspath(kb) == os.path.dirname(os.path.abspath(__file__))
    has_places = shipped or os.path.exists(os.path.join(kb, "places.tsv"))
    places = read_table(kb, "places.tsv") if has_places else []
    # given_names.txt ships with dyad too; a user folder may leave it out.
    has_given = shipped or os.path.exists(os.path.join(kb, "given_names.txt"))
    given = read_given_names(kb) if has_given else []

    # countries
    codes = unique(countries, "code", "countries.tsv")
    unique(countries, "iso2", "countries.tsv")
    unique(countries, "name", "countries.tsv")
    for where, r in countries:
        if not ISO3_RE.match(r["code"]):
            err(where, f"code {r['code']!r} is not three capital letters")
        if not ISO2_RE.match(r["iso2"]):
            err(where, f"iso2 {r['iso2']!r} is not two capital letters")
        if r["capital"] and r["metonyms"] and r["capital"] not in r["metonyms"].split("|"):
            warn(where, f"capital {r['capital']!r} is not among the metonyms")
    # a surface form must not name two countries
    surface = {}
    for where, r in countries:
        forms = [r["name"]] + [a for a in r["aliases"].split("|") if a]
        for form in forms:
            key = form.casefold()
            if key in surface and surface[key] != r["code"]:
                err(where, f"name/alias {form!r} also names {surface[key]}")
            surface[key] = r["code"]

    # organisations
    unique(orgs, "id", "organisations.tsv")
    for where, r in orgs:
        if not SLUG_RE.match(r["id"]):
            err(where, f"id {r['id']!r} is not a lowercase slug")
        if not ACTOR_RE.match(r["actor_code"]):
            err(where, f"actor_code {r['actor_code']!r} has the wrong shape")
        if r["kind"] not in KINDS:
            err(where, f"kind {r['kind']!r} not in {sorted(KINDS)}")
        if r["country"]:
            if r["country"] not in codes:
                err(where, f"country {r['country']!r} not in countries.tsv")
            elif not r["actor_code"].startswith(r["country"]):
                err(where, f"actor_code {r['actor_code']} does not start with country {r['country']}")
        else:
            if r["actor_code"][:3] not in NON_STATE_PREFIXES:
                err(where, "international body (empty country) needs an IGO/NGO/... actor code")

    # people
    pids = unique(people, "id", "people.tsv")
    for where, r in people:
        if not SLUG_RE.match(r["id"]):
            err(where, f"id {r['id']!r} is not a lowercase slug")
        if r["gender"] not in ("m", "f"):
            err(where, f"gender {r['gender']!r} not m|f")
        if r["country"] not in codes:
            err(where, f"country {r['country']!r} not in countries.tsv")
        if r["name"] in r["aliases"].split("|"):
            err(where, "name repeated among aliases")

    # roles
    seen_rows = {}
    with_roles = set()
    terms = {}
    for where, r in roles:
        p = r["person"]
        with_roles.add(p)
        if p not in pids:
            err(where, f"person {p!r} not in people.tsv")
        code = r["actor_code"]
        if not ACTOR_RE.match(code):
            err(where, f"actor_code {code!r} has the wrong shape")
        elif code[:3] not in codes and code[:3] not in NON_STATE_PREFIXES:
            err(where, f"actor_code {code!r} starts with neither a country code nor {sorted(NON_STATE_PREFIXES)}")
        if r["role"] not in ROLES:
            err(where, f"role {r['role']!r} not in the vocabulary")
        start = end = None
        for col in ("start", "end"):
            if r[col]:
                try:
                    t = parse_date(r[col])
                except ValueError as e:
                    err(where, f"{col} {r[col]!r}: {e}")
                    continue
                if col == "start":
                    start = t
                else:
                    end = t
        if start and end and lower_bound(start) > upper_bound(end):
            err(where, f"start {r['start']} after end {r['end']}")
        if not r["start"] and not r["end"]:
            warn(where, "role with neither start nor end reads as current")
        key = (p, code, r["role"], r["title"], r["start"])
        if key in seen_rows:
            err(where, f"duplicate role row (first at {seen_rows[key]})")
        seen_rows[key] = where
        if r["role"] in ("head_of_state", "head_of_government", "foreign_minister") and start:
            terms.setdefault((code, r["role"], r["title"].startswith("Acting")), []).append(
                (lower_bound(start), upper_bound(start),
                 lower_bound(end) if end else datetime.date.max, p, where))

    for where, r in people:
        if r["id"] not in with_roles:
            warn(where, f"{r['id']} has no role")

    # terms of one office that certainly overlap (whatever the precision of
    # the dates): usually a typo, sometimes real (a suspended holder and an
    # acting one are kept apart by the "Acting" title)
    for (code, role, acting), ts in sorted(terms.items()):
        ts.sort()
        for (_, _, e1, p1, w1), (_, s2_late, _, p2, w2) in zip(ts, ts[1:]):
            if p1 != p2 and s2_late < e1:
                warn(w2, f"{role} {code}: {p2} starts by {s2_late}, before {p1} ends ({e1})")

    # places
    if has_places:
        check_places(places, countries, orgs, people, codes)

    # given names
    if has_given:
        check_given_names(given, countries, places, orgs)

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    counts = ", ".join(f"{n} {len(rows)}" for n, rows in
                       (("countries", countries), ("organisations", orgs),
                        ("people", people), ("roles", roles)))
    if has_places:
        by_kind = ", ".join(f"{k} {sum(r['kind'] == k for _, r in places)}" for k in sorted(PLACE_KINDS))
        counts += f", places {len(places)} ({by_kind})"
    if has_given:
        counts += f", given names {sum(1 for _, g in given if g.strip())}"
    print(f"{counts}; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
