/**
 * `npm run bench`: figures the project tracks (not asserted in tests).
 * - cold build time of every course in courses/ (a fresh process, every format and language)
 * - gzipped size of the player bundle per format
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formats } from '../../src/formats/index.ts';
import { bundlePlayer } from '../../src/package/bundle-player.ts';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const times: number[] = [];
let zips: string[] = [];
for (let i = 0; i < runs; i++) {
  const out = mkdtempSync(join(tmpdir(), 'connectoo-bench-'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'src/cli/connectoo.mjs'), 'build', '--out', out], { cwd: root, encoding: 'utf8' });
  times.push(performance.now() - t0);
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  const bytes = zips.reduce((n, f) => n + statSync(join(out, f)).size, 0);
  if (i === 0) console.log(`packages: ${zips.length} zips, ${(bytes / 1024).toFixed(0)} KB in all`);
  rmSync(out, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
console.log(`cold build of all courses (fresh process, ${runs} runs): median ${(times[Math.floor(runs / 2)] / 1000).toFixed(2)} s, best ${(times[0] / 1000).toFixed(2)} s`);

console.log('player size per format (minified, gzip -9):');
for (const adapter of Object.values(formats)) {
  if (!adapter) continue;
  const { js, css } = await bundlePlayer(adapter.runtimeEntry);
  const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
  console.log(`  ${adapter.id.padEnd(8)} player.js ${(gz(js) / 1024).toFixed(1)} KB gz (${(js.length / 1024).toFixed(1)} KB raw), player.css ${(gz(css) / 1024).toFixed(1)} KB gz`);
}
