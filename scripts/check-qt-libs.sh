#!/usr/bin/env bash
# Before the window starts: are the system libraries Qt's xcb platform plugin needs
# there? PySide6 6.5+ needs libxcb-cursor0 and a few other xcb libraries that a fresh
# Debian/Ubuntu desktop does not always have ("xcb-cursor0 or libxcb-cursor0 is needed").
# As root on Debian/Ubuntu the missing packages are installed with apt-get; otherwise the
# one command to run is printed and the exit code is 1.
# Usage: scripts/check-qt-libs.sh [PLUGIN.so]   (the plugin's own `ldd` is read too)
set -uo pipefail

# soname → Debian/Ubuntu package (what libqxcb.so and libQt6XcbQpa.so.6 link to)
libs=(
  "libxcb-cursor.so.0 libxcb-cursor0"
  "libxcb-icccm.so.4 libxcb-icccm4"
  "libxcb-image.so.0 libxcb-image0"
  "libxcb-keysyms.so.1 libxcb-keysyms1"
  "libxcb-randr.so.0 libxcb-randr0"
  "libxcb-render-util.so.0 libxcb-render-util0"
  "libxcb-shape.so.0 libxcb-shape0"
  "libxcb-shm.so.0 libxcb-shm0"
  "libxcb-sync.so.1 libxcb-sync1"
  "libxcb-xfixes.so.0 libxcb-xfixes0"
  "libxcb-xkb.so.1 libxcb-xkb1"
  "libxcb-util.so.1 libxcb-util1"
  "libxcb-render.so.0 libxcb-render0"
  "libxcb.so.1 libxcb1"
  "libX11-xcb.so.1 libx11-xcb1"
  "libxkbcommon.so.0 libxkbcommon0"
  "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
  "libEGL.so.1 libegl1"
  "libGL.so.1 libgl1"
  "libfontconfig.so.1 libfontconfig1"
  "libdbus-1.so.3 libdbus-1-3"
  "libglib-2.0.so.0 libglib2.0-0"
)

[ "$(uname -s)" = Linux ] || exit 0

known="$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)"
not_found=""
plugin="${1:-}"
if [ -n "$plugin" ] && [ -f "$plugin" ]; then
  not_found="$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)"
fi

missing_pkgs=()
missing_libs=()
for entry in "${libs[@]}"; do
  soname="${entry%% *}"
  pkg="${entry##* }"
  if ! grep -q -F "$soname " <<<"$known" || grep -q -x -F "$soname" <<<"$not_found"; then
    missing_pkgs+=("$pkg")
    missing_libs+=("$soname")
  fi
done
# Anything else the plugin cannot find: named by its file (no package known for it).
while read -r soname; do
  [ -n "$soname" ] || continue
  case " ${missing_libs[*]-} " in *" $soname "*) ;; *) missing_libs+=("$soname") ;; esac
done <<<"$not_found"

[ ${#missing_libs[@]} -eq 0 ] && exit 0

echo "PenaltyTracker: the window needs system libraries that are missing: ${missing_libs[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
  echo "Install them with your system's package manager, then start again." >&2
  exit 1
fi
if [ ${#missing_pkgs[@]} -eq 0 ]; then
  echo "No Debian package is known for them; install them, then start again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing: ${missing_pkgs[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y --no-install-recommends "${missing_pkgs[@]}" >&2 \
     || { apt-get update >&2 && apt-get install -y --no-install-recommends "${missing_pkgs[@]}" >&2; }; then
    exit 0
  fi
  echo "apt-get could not install them; run: apt-get install ${missing_pkgs[*]}" >&2
  exit 1
fi
echo "Run this once, then start again:" >&2
echo "  sudo apt-get install ${missing_pkgs[*]}" >&2
exit 1
