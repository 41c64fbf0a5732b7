#!/usr/bin/env bash
# Article extraction: dyad against trafilatura on the Zyte and WCXB benchmarks, in one run.
#
#   bench/extraction.sh            # from the repository root; ../shared must sit beside it
#
# 1. Creates bench/.venv-extraction (once) with trafilatura pinned in
#    bench/extraction/requirements.txt, and builds target/release/dyad.
# 2. For each set, extracts every page with `dyad extract --json` and with trafilatura
#    (bench/extraction/trafilatura_extract.py: its normal article extraction with metadata),
#    and scores both with the official ../shared/bench/extraction/score.py. Speed is CPU
#    time on one core (`taskset -c 0`; dyad with RAYON_NUM_THREADS=1, timed over the set
#    five times in one process; trafilatura in one process, its own count of the pages' CPU
#    time, start-up and imports left out).
# 3. Prints F1 (and title/date/author on WCXB), F1 on the even and odd halves of each set
#    (bench/extraction/perpage.py --halves), pages per second and the ratio, and dyad's peak
#    memory extracting the largest pages one at a time.
# 4. Appends the raw numbers to bench/runs/<date>-<host>/extraction.csv.
#
# Environment: DYAD_SHARED (default ../shared), OUT (default bench/out/extraction),
# CARGO_TARGET_DIR (where the release build goes, as cargo reads it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${DYAD_SHARED:-$root/../shared}
bench=$shared/bench/extraction
out=${OUT:-$root/bench/out/extraction}
venv=$root/bench/.venv-extraction
mkdir -p "$out"

# The virtualenv is complete once its marker exists (an interrupted install is redone).
if [ ! -f "$venv/.installed" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r bench/extraction/requirements.txt
  touch "$venv/.installed"
fi
cargo build -q --release -p dyad-cli 2> "$out/build.log" || { cat "$out/build.log"; exit 1; }
dyad=${CARGO_TARGET_DIR:-$root/target}/release/dyad

one_core=()
if command -v taskset > /dev/null; then one_core=(taskset -c 0); fi

# seconds OUT ERR COMMAND... : runs COMMAND with stdout to OUT and stderr to ERR, prints the
# CPU seconds it used (user + system) and its wall seconds. CPU time is the measure: the
# machine is shared, and other work on the same core stretches wall time, not CPU time.
seconds() {
  local o=$1 e=$2 t
  shift 2
  t=$(mktemp)
  /usr/bin/time -f "%U %S %e" -o "$t" "$@" > "$o" 2> "$e" || true
  tail -1 "$t" | awk '{printf "%.3f %.3f\n", $1 + $2, $3}'
  rm -f "$t"
}

day=$(date +%Y-%m-%d)
runs=$root/bench/runs/$day-$(hostname -s)
csv=$runs/extraction.csv
mkdir -p "$runs"
[ -f "$csv" ] || echo "time,commit,set,tool,pages,f1,f1_even,f1_odd,precision,recall,title,date,author,cpu_seconds,pages_per_cpu_s,peak_kb,wall_seconds" > "$csv"
commit=$(git rev-parse --short HEAD)$(git diff --quiet -- crates || echo "+dirty")

# field NAME FILE: the number after NAME in score.py's output.
field() { { grep -o "$1 [0-9.]*" "$2" || true; } | head -1 | awk '{print $2}'; }

for set in zyte wcxb; do
  if [ $set = zyte ]; then pages=("$bench"/zyte/html/*.html); else pages=("$bench"/wcxb/html/*.html.gz); fi
  n=${#pages[@]}
  echo "== $set: $n pages"
  RAYON_NUM_THREADS=1 "$dyad" extract --json "${pages[@]}" > "$out/$set-dyad.jsonl" \
    2> "$out/$set-dyad.err" || true
  # Timed apart, over the set five times in one process: 10 ms clock ticks are too coarse
  # for one pass of a fast extractor.
  read -r dyad_s dyad_wall < <(RAYON_NUM_THREADS=1 seconds /dev/null /dev/null \
    "${one_core[@]}" "$dyad" extract --json "${pages[@]}" "${pages[@]}" "${pages[@]}" \
    "${pages[@]}" "${pages[@]}")
  dyad_s=$(awk -v s="$dyad_s" 'BEGIN {printf "%.3f", s / 5}')
  dyad_wall=$(awk -v s="$dyad_wall" 'BEGIN {printf "%.3f", s / 5}')
  read -r traf_s traf_wall < <(seconds "$out/$set-trafilatura.jsonl" "$out/$set-trafilatura.err" \
    "${one_core[@]}" "$venv/bin/python" bench/extraction/trafilatura_extract.py "${pages[@]}")
  # trafilatura's own count leaves Python's start-up and imports out (fairer to it).
  traf_s=$(awk '/^cpu_seconds/ {print $2}' "$out/$set-trafilatura.err" | tail -1)
  # The largest pages, one at a time: dyad's peak resident memory.
  peak=0
  for f in $(ls -S "${pages[@]}" | head -5); do
    kb=$(/usr/bin/time -f %M "$dyad" extract --json "$f" 2>&1 > /dev/null | tail -1 || true)
    [ "${kb:-0}" -gt "$peak" ] && peak=$kb
  done
  for tool in dyad trafilatura; do
    python3 "$bench/score.py" $set "$out/$set-$tool.jsonl" > "$out/$set-$tool.score"
    python3 bench/extraction/perpage.py $set "$out/$set-$tool.jsonl" --halves > "$out/$set-$tool.halves"
    s=$([ $tool = dyad ] && echo "$dyad_s" || echo "$traf_s")
    wall=$([ $tool = dyad ] && echo "$dyad_wall" || echo "$traf_wall")
    pps=$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.1f", n / s}')
    f1=$(field F1 "$out/$set-$tool.score")
    even=$(awk '/^even/ {print $NF}' "$out/$set-$tool.halves")
    odd=$(awk '/^odd/ {print $NF}' "$out/$set-$tool.halves")
    title=$(field title "$out/$set-$tool.score"); date_=$(field date "$out/$set-$tool.score")
    author=$(field author "$out/$set-$tool.score")
    mem=$([ $tool = dyad ] && echo "$peak" || echo "")
    printf "   %-12s F1 %s (even %s, odd %s)  P %s R %s" $tool "$f1" "$even" "$odd" \
      "$(field precision "$out/$set-$tool.score")" "$(field recall "$out/$set-$tool.score")"
    [ $set = wcxb ] && printf "  title %s date %s author %s" "$title" "$date_" "$author"
    printf "  %s pages/s (%s CPU s, %s wall s)\n" "$pps" "$s" "$wall"
    echo "$(date -Iseconds),$commit,$set,$tool,$n,$f1,$even,$odd,$(field precision "$out/$set-$tool.score"),$(field recall "$out/$set-$tool.score"),$title,$date_,$author,$s,$pps,$mem,$wall" >> "$csv"
  done
  awk -v a="$dyad_s" -v b="$traf_s" 'BEGIN {printf "   speed: dyad %.1fx trafilatura, CPU time on one core\n", b / a}'
  echo "   dyad peak memory, largest 5 pages one at a time: $((peak / 1024)) MB"
done
echo "raw numbers appended to ${csv#"$root"/}"
