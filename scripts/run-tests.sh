#!/usr/bin/env bash
# One command: set up .venv with the test tools on first use, then run the whole suite.
# Extra arguments go to pytest (e.g. -k status, -m "not slow").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup-venv.sh" test
cd "$here"
exec .venv/bin/python -m pytest "$@"
