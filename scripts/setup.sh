#!/usr/bin/env bash
# Installs what District Collective Desk needs on Debian / Ubuntu: the system libraries Qt loads
# (also for offscreen use), fonts for Kannada and Devanagari, and a virtual environment in .venv
# with the app and its test tools. Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3-venv
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6
  libxkbcommon0 libxkbcommon-x11-0
  fonts-noto-core fonts-dejavu-core
  poppler-utils sqlite3 zip
  # The bundle (scripts/build_bundle.sh): PyInstaller reads and strips libraries with binutils, and
  # copies the XCB libraries Qt's xcb plugin needs that the list above does not bring.
  binutils libxcb-icccm4 libxcb-keysyms1
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
fi
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# The interface's translations, compiled from resources/translations/*.ts (the .qm files are not
# kept in git); the bundle build runs the same command.
.venv/bin/python scripts/translations.py compile >/dev/null
