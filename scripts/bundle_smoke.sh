#!/usr/bin/env bash
# The bundle's smoke test, as CI runs it after the test suite: build dist/district-desk/ (or reuse
# it when nothing changed since), then start the BUILT executables offscreen
#   - district-desk-gui self-test: a new database is created and migrated, the main window shows,
#     a circular in Kannada is printed to PDF and checked, the app closes (exit 0);
#   - district-desk self-test --from-db: the same on a copy of the oldest released database
#     (tests/fixtures/release-0.1.0.db), upgraded after a backup as an office's would be;
# check that every library in the bundle finds the libraries it needs, and measure the bundle
# (scripts/bundle_size.py: fails when the installer-sized figure is over 50 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
passed=0 # steps passed; any failure stops the script (set -e) with a non-zero status
bundle=$root/dist/district-desk

bash scripts/build_bundle.sh --reuse

export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" # nothing of the source tree is at hand: the executables must find everything inside

echo "== $("$bundle/district-desk" --version)"
echo "== self-test of the windowed executable on a new database"
"$bundle/district-desk-gui" self-test --out "$work/new"
passed=$((passed + 1))
echo "== self-test on a copy of the oldest released database"
"$bundle/district-desk" self-test --from-db "$root/tests/fixtures/release-0.1.0.db" --out "$work/upgrade"
"$bundle/district-desk" check --db "$work/upgrade/self-test.db"
passed=$((passed + 1))

echo "== libraries: every one finds what it needs"
missing=$(find "$bundle/_internal" -name '*.so*' -type f -print0 |
  LD_LIBRARY_PATH="$bundle/_internal" xargs -0 -n 50 ldd 2>/dev/null | grep -E '^\S|not found' |
  awk '/:$/ {file=$1} /not found/ {print file, $1}' || true)
if [ -n "$missing" ]; then
  echo "Libraries missing from the bundle (install them on the build machine: scripts/setup.sh):"
  echo "$missing"
  exit 1
fi
echo "all found"
passed=$((passed + 1))

cd "$root"
echo "== size"
.venv/bin/python scripts/bundle_size.py "$bundle" --limit-mb 50
passed=$((passed + 1))
echo "bundle-smoke: $passed passed, 0 failed"
