#!/usr/bin/env bash
# Creates .venv beside the project (once) and installs PenaltyTracker into it.
# Usage: scripts/setup-venv.sh [EXTRA]   e.g. "test" for the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv; then
    echo "python3 cannot create a virtual environment: on Debian/Ubuntu run 'sudo apt-get install python3-venv' first" >&2
    exit 1
  fi
fi
stamp=".venv/.installed-${extra:-app}"
# Reinstall only when the project's requirements changed: starting the app stays fast.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  # setuptools warns on every editable install that a folder named like the package in the
  # working directory may take precedence: here that folder is the package itself.
  PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet -e ".${extra:+[$extra]}"
  touch "$stamp"
fi
