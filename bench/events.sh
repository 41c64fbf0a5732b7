#!/usr/bin/env bash
# Events benchmark: dyad's CAMEO/PLOVER coding on the PETRARCH real-sentence validation set and
# the PLOVER gold records, and the analysis throughput on one core.
# Usage: bench/events.sh [-v]     (from the repository root; needs ../shared beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release -q -p dyad-cli
python3 bench/events/score.py prepare "$out"
# Exit status 1 means some records could not be read (reported on stderr); score the rest.
./target/release/dyad analyze "$out/petrarch.jsonl" --json > "$out/petrarch.pred.jsonl" || [ $? -eq 1 ]
./target/release/dyad analyze "$out/plover.jsonl" --json > "$out/plover.pred.jsonl" || [ $? -eq 1 ]
python3 bench/events/score.py petrarch "$out/petrarch.pred.jsonl" "$@"
python3 bench/events/score.py plover "$out/plover.pred.jsonl" "$@"
echo "== throughput (one core, whole analysis minus extraction)"
if command -v taskset >/dev/null; then pin="taskset -c 0"; else pin=""; fi
RAYON_NUM_THREADS=1 $pin cargo bench -q -p dyad-analyze --bench analyze 2>/dev/null | grep -E "analysis throughput|events|whole analysis"
