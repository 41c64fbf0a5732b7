#!/usr/bin/env python3
"""Normalise the CAMEO and PLOVER fact tables in ../shared/bench/events into dyad-core's data files.

The shared tables carry provenance notes inside their cells ("CONCEDE (081-083) / RETREAT (084-087)");
dyad needs one clean value per code. Rules: a code's PLOVER type is its own, else its parent's,
else its root's; a root marked "(dropped)" has none; a root naming two types takes the one its
children name. Run from the repository root:  python3 tools/make_code_tables.py
"""
import csv
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "events"
OUT = Path(__file__).resolve().parents[1] / "crates" / "dyad-core" / "data"


def rows(path):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def plover_word(cell):
    m = re.match(r"\s*([A-Z]+)\b", cell or "")
    return m.group(1) if m else ""


def main():
    cameo = rows(SHARED / "cameo_codes.tsv")
    by_code = {r["code"]: r for r in cameo}
    out = ["code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context"]
    for r in cameo:
        code = r["code"]
        plover = plover_word(r["plover_category"])
        if not plover and "(dropped)" not in r["plover_category"]:
            for parent in (code[:3], code[:2]):
                p = by_code.get(parent)
                if p is None or parent == code:
                    continue
                if "(dropped)" in p["plover_category"]:
                    break
                if "/" not in p["plover_category"] and plover_word(p["plover_category"]):
                    plover = plover_word(p["plover_category"])
                    break
        quad = r["quad_class"].split(" ")[0]
        name = r["name"].strip()
        out.append("\t".join([code, name, r["goldstein"], quad, plover, r["plover_mode"], r["plover_context"]]))
    (OUT / "cameo.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")

    plover = rows(SHARED / "plover.tsv")
    pout = ["kind\tname\tparent\tquad_category"]
    for r in plover:
        if r["kind"] in ("event", "mode"):
            pout.append("\t".join([r["kind"], r["name"], r["parent_event"], r["quad_category"]]))
    (OUT / "plover.tsv").write_text("\n".join(pout) + "\n", encoding="utf-8")
    print(f"wrote {len(out) - 1} CAMEO codes, {len(pout) - 1} PLOVER types and modes", file=sys.stderr)


if __name__ == "__main__":
    main()
