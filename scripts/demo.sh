#!/usr/bin/env bash
# Starts the app on the demo district (created on first start in your user data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/district-desk --demo "$@"
