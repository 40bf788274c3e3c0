#!/usr/bin/env bash
# One command: set up .venv on first use, then start PenaltyTracker (default SQLite store
# in the user data folder). Extra arguments go to the app, e.g. --db FILE or a command.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup-venv.sh"

# The window (no command given) needs Qt's system libraries: check them first, so a
# fresh desktop says what to install instead of exiting with no window.
wants_window=1
skip_next=0
for arg in "$@"; do
  if [ "$skip_next" = 1 ]; then skip_next=0; continue; fi
  case "$arg" in
    --db|--rules|--lang) skip_next=1 ;;
    --db=*|--rules=*|--lang=*|--smoke) ;;
    --version|-h|--help) wants_window=0 ;;
    -*) ;;
    *) wants_window=0; break ;;  # a command: no window
  esac
done
if [ "$wants_window" = 1 ] && [ "${QT_QPA_PLATFORM:-xcb}" = xcb ]; then
  plugin="$("$here/.venv/bin/python" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")' 2>/dev/null || true)"
  "$here/scripts/check-qt-libs.sh" "$plugin"
fi
exec "$here/.venv/bin/penaltytracker" "$@"
