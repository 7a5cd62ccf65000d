#!/usr/bin/env bash
# Proves that the README's two commands pass on a machine with nothing beside the repository:
# clones the committed HEAD into an empty temporary folder (no ../shared standards kit there),
# installs from scratch and runs the test command. Usage: npm run test:bare-clone
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet "$repo" "$tmp/connectoo"
cd "$tmp/connectoo"
unset CONNECTOO_STANDARDS_DIR
[ ! -e ../shared ] || { echo "bare-clone: $tmp/shared exists; the clone is not bare" >&2; exit 1; }
npm ci --no-audit --no-fund
npm run build
npm test
