#!/usr/bin/env bash
# One command: set up .venv on first use, then start PenaltyTracker (default SQLite store
# in the user data folder). Extra arguments go to the app, e.g. --db FILE or a command.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup-venv.sh"
exec "$here/.venv/bin/penaltytracker" "$@"
