/**
 * `npm run compile` (run by `prepare` and `prepack`): the JavaScript the published package runs, in dist/lib/.
 * - index.js (the API) and cli.js (the command), bundled by esbuild from src/ with the npm dependencies
 *   left as imports; the parts a command loads on demand are chunks beside them;
 * - player/<entry>.js|css: the player of every format, bundled exactly as a build from source does;
 * - *.d.ts: the API's types, emitted by tsc (tsconfig.build.json); left out with `--no-types`.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formats } from '../formats/index.ts';
import { bundlePlayer, prebuiltNames } from '../package/bundle-player.ts';
import { toolRoot } from '../sources/read-tool-files.ts';

const out = join(toolRoot, 'dist/lib');
const t0 = performance.now();
await rm(out, { recursive: true, force: true });

await build({
  entryPoints: { index: join(toolRoot, 'src/index.ts'), cli: join(toolRoot, 'src/cli/run.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Every file flat in dist/lib: the modules find the tool's folder two levels up, as from src/<folder>/.
  chunkNames: 'chunk-[hash]',
  define: { CONNECTOO_PREBUILT_PLAYERS: JSON.stringify('player') },
  logLevel: 'warning',
});

const entries = new Set<string>();
for (const adapter of Object.values(formats)) {
  if (!adapter) continue;
  entries.add(adapter.runtimeEntry);
}
await mkdir(join(out, 'player'), { recursive: true });
for (const entry of [...entries].sort()) {
  const bundle = await bundlePlayer(entry);
  const names = prebuiltNames(entry);
  await writeFile(join(out, 'player', names.js), bundle.js);
  await writeFile(join(out, 'player', names.css), bundle.css);
}

// `--no-types`: the JavaScript only (the CLI tests run the compiled command; the types are for the package).
if (!process.argv.includes('--no-types')) {
  const tsc = spawnSync(process.execPath, [join(toolRoot, 'node_modules/typescript/bin/tsc'), '-p', join(toolRoot, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
console.log(`compiled src/ into dist/lib (${entries.size} players) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
