#!/usr/bin/env bash
# Run the whole test suite. Sets up .venv if needed and installs Debian's chromium for the dashboard's
# browser tests (as root, from the package registry; nothing is downloaded by a test tool).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium: browser tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest "$@"
