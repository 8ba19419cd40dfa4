#!/usr/bin/env bash
# The whole test suite, as CI runs it: install what is needed, lint, then every test (offscreen Qt).
# Under CI (CI=true), or with DCD_BUNDLE=1, then the bundle: built with PyInstaller and its
# executables started offscreen (scripts/bundle_smoke.sh: about 5 minutes, most of it measuring
# the compressed size, so not on every run at a developer's desk).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
if [ "${CI:-}" = "true" ] || [ "${DCD_BUNDLE:-}" = "1" ]; then
  bash scripts/bundle_smoke.sh
fi
