#!/usr/bin/env bash
# Search latency on a generated 100,000-article store.
#
#   bash bench/search.sh [N]        # N articles, default 100000
#
# Generates N synthetic articles (bench/export/generate.py, deterministic), ingests them with
# the release `dyad ingest` into bench/out/search-scale/store-N (kept between runs: delete it
# to start over), then times two-word queries with one filter each (outlet, entity, quotes
# only, a year, an event class), 20 hits with facets, as the web UI asks them
# (crates/dyad-store/benches/search.rs). Prints p50/p95/p99 and appends them to
# bench/runs/<date>-<host>/search.csv. Needs python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
n="${1:-100000}"
work="$here/out/search-scale"
store="$work/store-$n"
input="$work/synthetic-$n.jsonl"
mkdir -p "$work"

echo "== cargo build --release -p dyad-cli" >&2
(cd "$root" && cargo build --release -q -p dyad-cli)
dyad="$root/target/release/dyad"

if [ ! -s "$input" ]; then
    echo "== generating $n articles into $input" >&2
    python3 "$here/export/generate.py" "$n" > "$input"
fi
if [ ! -f "$store/dyad.db" ]; then
    echo "== ingesting them into $store" >&2
    start=$(date +%s)
    "$dyad" ingest "$input" --data "$store" >&2
    echo "ingest: $(( $(date +%s) - start )) s" >&2
fi

echo "== timing searches" >&2
out="$(cd "$root" && DYAD_BENCH_STORE="$store" cargo bench -q -p dyad-store --bench search 2>/dev/null)"
echo "$out" | grep -v '^csv,'

host="$(hostname -s 2>/dev/null || echo host)"
runs="$here/runs/$(date +%Y-%m-%d)-$host"
mkdir -p "$runs"
csv="$runs/search.csv"
[ -f "$csv" ] || echo "date,host,articles,queries,p50_ms,p95_ms,p99_ms,max_ms" > "$csv"
echo "$out" | sed -n "s/^csv,/$(date +%Y-%m-%d),$host,/p" >> "$csv"
