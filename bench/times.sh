#!/usr/bin/env bash
# Time-expression benchmark: dyad against the hand-made gold in bench/times/.
#
#   bash bench/times.sh [--verbose] [score.py options]
#
# Builds dyad (release), runs it over the 24 GUM news documents (texts rebuilt
# from ../shared/bench/ner/gum_news with the creation date as `published`)
# and over the sample corpus (examples/corpus), prints found / normalised /
# precision per set and appends a row to bench/runs/<date>-<host>/times.csv.
# Standard-library Python only. See bench/times/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
py="${PYTHON:-python3}"

die() { echo "bench/times.sh: $*" >&2; exit 1; }

command -v "$py" >/dev/null || die "python3 not found"
command -v cargo >/dev/null || die "cargo not found"
gum_dir="${GUM_DIR:-$root/../shared/bench/ner/gum_news}"
ls "$gum_dir"/*.conllu >/dev/null 2>&1 || die "no GUM data in $gum_dir (set GUM_DIR)"
export GUM_DIR="$gum_dir"

echo "== cargo build --release -p dyad-cli" >&2
log="$(mktemp)"
if ! (cd "$root" && cargo build --release -p dyad-cli) >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; die "dyad build failed"
fi
rm -f "$log"

exec "$py" "$here/times/score.py" --dyad "$root/target/release/dyad" "$@"
