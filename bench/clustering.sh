#!/usr/bin/env bash
# Story clustering, copy folding and MinHash speed (issue 7), dyad next to datasketch.
#
#   bash bench/clustering.sh            # the whole run (about 2 minutes after the build)
#
# 1. Checks that bench/clustering/stream.jsonl is what make_stream.py generates (seed 1).
# 2. Runs the folder bench (cargo bench -p dyad-fold --bench clustering, one core): folds the
#    labelled stream in its order and in 5 perturbed orders, times MinHash signatures and
#    Folder::push, and runs a long stream (90 days x 1,000 articles a day) to show memory
#    stopping growing once the 14-day window is full. Also folds the dense variant (the same
#    stories squeezed into 60 days, so look-alikes run at the same time) and the stream in
#    three fully random orders.
#    Then ingests the stream with `dyad ingest` (what users get) for the stored figures.
# 3. Scores stories (pairwise and BCubed P/R/F1) and copies (pairwise P/R/F1) with score.py,
#    and event folding in the store with score_store.py.
# 4. Runs datasketch (pip, in bench/.venv-clustering) on the same texts: MinHash with its
#    defaults, one shingle at a time.
# 5. Prints the figures and the dyad/datasketch ratio and appends them to
#    bench/runs/<date>-<host>/clustering.csv (one metric per row).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out/clustering
VENV=$ROOT/bench/.venv-clustering
mkdir -p "$OUT"

# 0. datasketch in a local virtualenv.
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import datasketch" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "datasketch==2.0.0"
fi

# 1. The committed stream is the generator's output.
python3 bench/clustering/make_stream.py --out "$OUT/regen" >/dev/null
cmp -s "$OUT/regen/stream.jsonl" bench/clustering/stream.jsonl \
    && cmp -s "$OUT/regen/gold.tsv" bench/clustering/gold.tsv \
    || { echo "bench/clustering/stream.jsonl differs from make_stream.py's output" >&2; exit 1; }
python3 bench/clustering/make_stream.py --dense 60 --out "$OUT/dense-stream" >/dev/null

# 2. dyad (one release build; waits for cargo's lock if another build runs).
cargo bench -q -p dyad-fold --bench clustering -- "$ROOT/bench/clustering/stream.jsonl" "$OUT/stream" \
    --shuffles 5 --long-days 90 --per-day 1000 > "$OUT/dyad.json"
cargo bench -q -p dyad-fold --bench clustering -- "$OUT/dense-stream/stream.jsonl" "$OUT/dense" \
    --shuffles 5 --long-days 1 --per-day 10 > "$OUT/dyad-dense.json"
cargo bench -q -p dyad-fold --bench clustering -- "$ROOT/bench/clustering/stream.jsonl" "$OUT/full-shuffle" \
    --shuffles 3 --jitter 10000 --long-days 1 --per-day 10 > /dev/null

# The same stream through `dyad ingest` (extraction, analysis, fold, store), as users get it.
cargo build --release -q -p dyad-cli
rm -rf "$OUT/store"
./target/release/dyad ingest bench/clustering/stream.jsonl --data "$OUT/store" > /dev/null

# 3. Scores.
echo "== labelled stream (bench/clustering/stream.jsonl)"
python3 bench/clustering/score.py bench/clustering/gold.tsv "$OUT/stream/pred-base.jsonl" \
    "$OUT"/stream/pred-shuffle-*.jsonl --json "$OUT/score.json"
echo "== dense variant (the same stories within 60 days)"
python3 bench/clustering/score.py "$OUT/dense-stream/gold.tsv" "$OUT/dense/pred-base.jsonl" \
    "$OUT"/dense/pred-shuffle-*.jsonl --json "$OUT/score-dense.json"

echo "== through dyad ingest (stored stories, copies and event fold keys)"
python3 bench/clustering/score_store.py bench/clustering/gold.tsv "$OUT/store" "$OUT/store-pred.jsonl"
python3 bench/clustering/score.py bench/clustering/gold.tsv "$OUT/store-pred.jsonl" --json "$OUT/score-store.json" | sed -n 2,4p
echo "== the labelled stream in 3 random orders (the whole stream shuffled)"
python3 bench/clustering/score.py bench/clustering/gold.tsv "$OUT/full-shuffle/pred-base.jsonl" \
    "$OUT"/full-shuffle/pred-shuffle-*.jsonl --json "$OUT/score-full-shuffle.json" | tail -1

# 4. datasketch on the same texts.
"$VENV/bin/python" bench/clustering/datasketch_bench.py bench/clustering/stream.jsonl > "$OUT/datasketch.json"

# 5. Summary and CSV.
RUN_DIR="$ROOT/bench/runs/$(date -u +%F)-$(hostname -s)"
mkdir -p "$RUN_DIR"
python3 - "$OUT" "$RUN_DIR/clustering.csv" "$(git rev-parse --short HEAD)" <<'EOF'
import csv, datetime, json, os, sys
out, csv_path, commit = sys.argv[1:4]
d = json.load(open(f"{out}/dyad.json"))
s = json.load(open(f"{out}/score.json"))
sd = json.load(open(f"{out}/score-dense.json"))
sf = json.load(open(f"{out}/score-full-shuffle.json"))
ss = json.load(open(f"{out}/score-store.json"))
ds = json.load(open(f"{out}/datasketch.json"))
ratio = d["signature_docs_per_s"] / ds["update_docs_per_s"]
lg = d["long_stream"]
cps = lg["checkpoints"]
print("== speed (one core)")
print(f"MinHash signatures: dyad {d['signature_docs_per_s']:,.0f} docs/s, datasketch {ds['update_docs_per_s']:,.0f} docs/s "
      f"(update_batch {ds['update_batch_docs_per_s']:,.0f}) -> {ratio:.0f}x")
print(f"dyad sketch (signature + shingle set + exact hash): {d['sketch_docs_per_s']:,.0f} docs/s")
print(f"clustering (Folder::push): {d['fold_articles_per_s']:,.0f} articles/s on the labelled stream, "
      f"{lg['fold_articles_per_s']:,.0f} articles/s over the long stream ({lg['articles']:,} articles)")
print("== memory over the long stream (window 14 days, 1,000 articles a day)")
print("  day  articles  remembered  band-postings  open-stories  terms   folder-MB  RSS-MB")
for c in cps:
    print(f"  {c['day']:>3}  {c['articles']:>8,}  {c['remembered']:>10,}  {c['band_postings']:>13,}  {c['open_stories']:>12,}  "
          f"{c['terms']:>6,}  {c['folder_mb']:>9.1f}  {c['rss_mb']:>6.1f}")
rows = {
    "articles": s["articles"], "gold_stories": s["gold_stories"], "gold_copies": s["gold_copies"],
    "stories_pairwise_p": s["pairwise"][0], "stories_pairwise_r": s["pairwise"][1], "stories_pairwise_f1": s["pairwise"][2],
    "stories_bcubed_p": s["bcubed"][0], "stories_bcubed_r": s["bcubed"][1], "stories_bcubed_f1": s["bcubed"][2],
    "copies_p": s["copies"][0], "copies_r": s["copies"][1], "copies_f1": s["copies"][2],
    "shuffled_pairwise_f1_min": min(o["pairwise"][2] for o in s["orders"]),
    "shuffled_agreement_min": min(o["agreement"] for o in s["orders"]),
    "dense_stories_pairwise_f1": sd["pairwise"][2], "dense_stories_bcubed_f1": sd["bcubed"][2],
    "dense_shuffled_agreement_min": min(o["agreement"] for o in sd["orders"]),
    "full_shuffle_pairwise_f1_min": min(o["pairwise"][2] for o in sf["orders"]),
    "ingest_stories_pairwise_f1": ss["pairwise"][2], "ingest_stories_bcubed_f1": ss["bcubed"][2],
    "ingest_copies_f1": ss["copies"][2],
    "full_shuffle_agreement_min": min(o["agreement"] for o in sf["orders"]),
    "minhash_docs_per_s_dyad": d["signature_docs_per_s"], "minhash_docs_per_s_datasketch": ds["update_docs_per_s"],
    "minhash_docs_per_s_datasketch_batch": ds["update_batch_docs_per_s"], "minhash_ratio": ratio,
    "sketch_docs_per_s_dyad": d["sketch_docs_per_s"],
    "fold_articles_per_s": d["fold_articles_per_s"], "fold_articles_per_s_long": lg["fold_articles_per_s"],
    "long_rss_mb_mid": cps[len(cps) // 2]["rss_mb"], "long_rss_mb_end": cps[-1]["rss_mb"],
    "long_folder_mb_mid": cps[len(cps) // 2]["folder_mb"], "long_folder_mb_end": cps[-1]["folder_mb"],
}
new = not os.path.exists(csv_path)
with open(csv_path, "a", newline="") as f:
    w = csv.writer(f)
    if new:
        w.writerow(["time", "commit", "metric", "value"])
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for k, v in rows.items():
        w.writerow([now, commit, k, f"{v:.4f}" if isinstance(v, float) else v])
print(f"appended to {csv_path}")
EOF
