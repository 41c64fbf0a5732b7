#!/usr/bin/env bash
# Export throughput and peak memory on a generated store.
#
#   bash bench/export.sh [N]        # N articles, default 100000
#
# Generates N synthetic articles (bench/export/generate.py, deterministic), ingests them into
# bench/out/export-scale/store-N (kept between runs: delete it to start over), then runs every
# export format once under /usr/bin/time and prints rows, seconds, rows per second, peak
# resident memory and output size per format. Appends the figures to
# bench/runs/<date>-<host>/export.csv. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
n="${1:-100000}"
work="$here/out/export-scale"
store="$work/store-$n"
input="$work/synthetic-$n.jsonl"
die() { echo "bench/export.sh: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is needed for peak memory"

# DYAD=path/to/dyad uses that binary instead of building one.
dyad="${DYAD:-}"
if [ -z "$dyad" ]; then
    echo "== cargo build --release -p dyad-cli" >&2
    (cd "$root" && cargo build --release -q -p dyad-cli)
    dyad="$root/target/release/dyad"
fi
mkdir -p "$work"

if [ ! -s "$input" ]; then
    echo "== generating $n articles into $input" >&2
    python3 "$here/export/generate.py" "$n" > "$input"
fi
if [ ! -f "$store/dyad.db" ]; then
    echo "== ingesting them into $store" >&2
    /usr/bin/time -f "ingest: %e s, peak %M KB" "$dyad" ingest "$input" --data "$store" >&2
fi

host="$(hostname -s 2>/dev/null || echo host)"
runs="$here/runs/$(date +%Y-%m-%d)-$host"
mkdir -p "$runs"
csv="$runs/export.csv"
[ -f "$csv" ] || echo "date,host,articles,format,rows,seconds,rows_per_s,peak_kb,bytes" > "$csv"

out="$work/out"
printf "%-15s %10s %9s %11s %10s %11s\n" format rows seconds rows/s "peak MB" "output MB"
for format in gdelt-events gdelt-mentions gkg plover parquet csv jsonl; do
    rm -rf "$out"
    case "$format" in
        parquet|csv|jsonl) target="$out" ;;
        *) mkdir -p "$out"; target="$out/export" ;;
    esac
    /usr/bin/time -f "%e %M" -o "$work/time" \
        "$dyad" export --format "$format" --out "$target" --data "$store" 2> "$work/stderr"
    read -r secs peak < "$work/time"
    rows="$(sed -n 's/^\([0-9]*\) rows in .*/\1/p' "$work/stderr")"
    bytes="$(du -sb "$out" | cut -f1)"
    rate="$(python3 -c "print(round($rows / max($secs, 0.01)))")"
    printf "%-15s %10s %9s %11s %10s %11s\n" "$format" "$rows" "$secs" "$rate" \
        "$((peak / 1024))" "$((bytes / 1048576))"
    echo "$(date +%Y-%m-%d),$host,$n,$format,$rows,$secs,$rate,$peak,$bytes" >> "$csv"
done
rm -rf "$out"
echo "figures appended to $csv" >&2
