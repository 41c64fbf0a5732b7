#!/usr/bin/env bash
# Quote-attribution benchmark: our 44 articles (bench/quotes/articles) and the
# 24 GUM news documents (rebuilt from ../shared/bench/ner/gum_news at run time).
#
#   bench/quotes.sh              build dyad (release) and print the figures
#   bench/quotes.sh --verbose    also list misses, false alarms and wrong speakers
#   bench/quotes.sh --json       machine-readable summary
#   DYAD=target/debug/dyad bench/quotes.sh   use an already built binary, no build
#
# Needs cargo and python3 (3.11, stdlib only). See bench/quotes/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${DYAD:-}" ]]; then
  cargo build --release -p dyad-cli >&2
  DYAD="$ROOT/target/release/dyad"
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$DYAD" analyze bench/quotes/articles/*.txt --json > "$TMP/ours.jsonl"

python3 bench/quotes/gum_text.py --write "$TMP/gum" >&2
"$DYAD" analyze "$TMP"/gum/*.txt --json > "$TMP/gum.jsonl"

python3 bench/quotes/score.py "$TMP/ours.jsonl" "$TMP/gum.jsonl" --set all "$@"
