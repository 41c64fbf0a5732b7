#!/usr/bin/env bash
# Export round trip with the tools researchers use: pyarrow, DuckDB, pandas (and Spark).
#
#   bash bench/export_roundtrip.sh [--data DIR] [--spark]
#
# Makes bench/.venv-export (pyarrow, duckdb, pandas from PyPI; pyspark too with --spark,
# which also needs a Java 17 runtime) if it is missing, builds dyad (release), ingests the
# sample corpus into a fresh store (or uses --data DIR), exports every format into
# bench/out/export/ and reads each back with bench/export/roundtrip.py. `cargo test` runs its
# own round trips with Rust readers; this script is the independent check with the readers
# of the Python and SQL world. Exits 1 when a check fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv-export"
py_sys="${PYTHON:-python3}"
data=""
spark=""
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data="$2"; shift 2 ;;
        --spark) spark="--spark"; shift ;;
        *) echo "usage: bench/export_roundtrip.sh [--data DIR] [--spark]" >&2; exit 2 ;;
    esac
done

die() { echo "bench/export_roundtrip.sh: $*" >&2; exit 1; }

# 1. The virtualenv.
pkgs="pyarrow duckdb pandas"
imports="import pyarrow, duckdb, pandas"
if [ -n "$spark" ]; then
    pkgs="$pkgs pyspark"
    imports="$imports, pyspark"
    command -v java >/dev/null || die "--spark needs a Java runtime (apt-get install openjdk-17-jre-headless)"
fi
if ! "$venv/bin/python" -c "$imports" 2>/dev/null; then
    echo "== making $venv ($pkgs from PyPI)" >&2
    [ -x "$venv/bin/python" ] || "$py_sys" -m venv "$venv" \
        || die "could not create the virtualenv (is python3-venv installed?)"
    # shellcheck disable=SC2086
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --timeout 60 --retries 2 $pkgs \
        || die "pip could not install $pkgs: this needs network access to PyPI the first time"
fi

# 2. dyad, release build.
# DYAD=path/to/dyad uses that binary instead of building one.
dyad="${DYAD:-}"
if [ -z "$dyad" ]; then
    echo "== cargo build --release -p dyad-cli" >&2
    (cd "$root" && cargo build --release -q -p dyad-cli)
    dyad="$root/target/release/dyad"
fi

# 3. A store.
out="$here/out/export"
rm -rf "$out"
mkdir -p "$out"
if [ -z "$data" ]; then
    data="$out/store"
    "$dyad" ingest "$root/examples/corpus" --data "$data" >/dev/null
fi

# 4. Every format.
for f in parquet csv jsonl; do
    "$dyad" export --format "$f" --out "$out/$f" --data "$data" 2>/dev/null
done
"$dyad" export --format gdelt-events --out "$out/gdelt-events.tsv" --data "$data" 2>/dev/null
"$dyad" export --format gdelt-mentions --out "$out/gdelt-mentions.tsv" --data "$data" 2>/dev/null
"$dyad" export --format gkg --out "$out/gkg.tsv" --data "$data" 2>/dev/null
"$dyad" export --format plover --out "$out/plover.jsonl" --data "$data" 2>/dev/null

# 5. Read back.
"$venv/bin/python" "$here/export/roundtrip.py" "$out" $spark
