#!/usr/bin/env bash
# One command: build the desktop app as one folder, dist/penaltytracker/ (PyInstaller).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup-venv.sh" build
cd "$here"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "${DIST:-dist}" --workpath "${WORK:-build}" build_installer.spec
echo "built: ${DIST:-dist}/penaltytracker ($(du -sh "${DIST:-dist}/penaltytracker" | cut -f1))"
