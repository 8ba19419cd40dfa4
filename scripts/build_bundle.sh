#!/usr/bin/env bash
# Builds the one-folder bundle dist/district-desk/ (district-desk-gui and district-desk sharing one
# _internal/ folder) with PyInstaller, after installing what is needed (scripts/setup.sh, and the
# "bundle" extra: PyInstaller). The Windows build is packaging/build_windows.ps1: the same steps.
#
#   bash scripts/build_bundle.sh            build (again) from scratch
#   bash scripts/build_bundle.sh --reuse    keep dist/district-desk/ if it is newer than the sources
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=false
[ "${1:-}" = "--reuse" ] && reuse=true
bundle=dist/district-desk

if $reuse && [ -x "$bundle/district-desk" ]; then
  newer=$(find desktop db resources packaging pyproject.toml -newer "$bundle/district-desk" -type f \
    -not -path '*/__pycache__/*' -print -quit)
  if [ -z "$newer" ]; then
    echo "Reusing $bundle (nothing changed since it was built)."
    exit 0
  fi
  echo "Rebuilding: $newer changed since $bundle was built."
fi

bash scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[test,bundle]"

started=$(date +%s)
# --noconfirm: replace dist/district-desk; --clean: no cache from an earlier build with other lists.
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/district_desk.spec
echo "Built $bundle in $(($(date +%s) - started)) s ($(du -sh "$bundle" | cut -f1))."
