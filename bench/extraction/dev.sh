#!/usr/bin/env bash
# Quick tuning loop: build only dyad-extract's example, extract both sets, score each half.
# Usage: bench/extraction/dev.sh [OUTDIR]   (default bench/out/extraction-dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}/bench/extraction
out=${1:-$root/bench/out/extraction-dev}
mkdir -p "$out"
cargo build -q --release -p dyad-extract --example extract_jsonl --manifest-path "$root/Cargo.toml"
bin=$root/target/release/examples/extract_jsonl
"$bin" "$shared"/zyte/html/*.html > "$out/zyte.jsonl" 2> "$out/zyte.err" || true
"$bin" "$shared"/wcxb/html/*.html.gz > "$out/wcxb.jsonl" 2> "$out/wcxb.err" || true
for set in zyte wcxb; do
  echo "== $set: $(python3 "$shared/score.py" $set "$out/$set.jsonl" | tr '\n' ' ')"
  for half in even odd; do
    echo "   $half: $(python3 "$(dirname "$0")/perpage.py" $set "$out/$set.jsonl" --half $half | tail -1)"
  done
done
