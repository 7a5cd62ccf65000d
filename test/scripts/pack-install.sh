#!/usr/bin/env bash
# Proves the npm package works for a user: `npm pack` (which compiles src/ into dist/lib), then in an empty
# folder: install the tarball (runtime dependencies only), and run `connectoo new`, `check`, `build`,
# `validate` and the API through `import 'connectoo'`, with no TypeScript tooling involved.
# Usage: npm run test:pack
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
cd "$repo"
tarball="$(npm pack --silent --pack-destination "$tmp" | tail -1)"
echo "packed $tarball: $(tar -tzf "$tmp/$tarball" | wc -l) files"
! tar -tzf "$tmp/$tarball" | grep -E '\.ts$' | grep -v '\.d\.ts$' || { echo "pack: TypeScript sources in the tarball" >&2; exit 1; }
mkdir "$tmp/user" && cd "$tmp/user"
npm init -y >/dev/null
npm install --no-audit --no-fund --prefer-offline "$tmp/$tarball"
for dev in tsx esbuild typescript vitest playwright-core @sparticuz/chromium; do
  [ ! -e "node_modules/$dev" ] || { echo "pack: $dev is installed for a user" >&2; exit 1; }
done
npx connectoo --version
npx connectoo new first-course --lang fr,nl
npx connectoo check
npx connectoo build
npx connectoo validate --strict dist/*.zip
node --input-type=module -e "
  import { check, availableFormats } from 'connectoo';
  const r = await check({ courseDirs: ['courses/first-course'] });
  if (!r.ok || !availableFormats.includes('scorm12')) process.exit(1);
  console.log('API: check ok, formats ' + availableFormats.join(','));
"
echo "pack: the tarball installs and runs in an empty folder ($((SECONDS - start)) s)"
