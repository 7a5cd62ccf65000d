/**
 * `npm run bench`: the figures the project tracks, printed beside the previous run's (not asserted in tests).
 * Every figure is measured on the compiled CLI (dist/lib, as published) in fresh processes, with its floor
 * measured in the same run: `--help` against a bare `node` start, a cold build against `zip -r -X -6` on the
 * same trees, 1,000 modules against 100. BENCH_RUNS (default 3) runs per timed figure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { worstCaseState } from '../../src/course/state-budget.ts';
import { formats } from '../../src/formats/index.ts';
import { load } from '../../src/index.ts';
import { bundlePlayer } from '../../src/package/bundle-player.ts';
import { readPackage } from '../../src/sources/read-package.ts';
import { writeCatalogue } from './catalogue.ts';
import { Figures } from './figures.ts';
import { median, runNode, type Run } from './measure.ts';
import { previewReload } from './preview-reload.ts';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const cli = join(root, 'dist/lib/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'connectoo-bench-'));
const s = (ms: number) => ms / 1000;
const figs = await Figures.open(join(root, '.tmp/bench-last.json'));

async function times(args: string[], cwd = root, n = runs): Promise<Run[]> {
  const out: Run[] = [];
  for (let i = 0; i < n; i++) {
    const r = await runNode(args, cwd);
    if (r.code !== 0) throw new Error(`node ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
    out.push(r);
  }
  return out;
}
const med = (rs: Run[], k: 'ms' | 'cpuMs' | 'maxRssMb' = 'ms') => median(rs.map((r) => r[k]));

console.log(`connectoo bench: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start, ${runs} runs per figure\n`);

console.log('compiled CLI');
const compile = await runNode([join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/compile.ts'], root);
if (compile.code !== 0) throw new Error(compile.stderr || compile.stdout);
figs.add({ key: 'compile', label: 'npm run compile (esbuild + players + tsc types)', value: s(compile.ms), unit: 's' });
const bare = med(await times(['-e', '0'], root, 5));
const helps = await times([cli, '--help'], root, 5);
const help = med(helps);
figs.add({ key: 'help', label: 'connectoo --help', value: s(help), unit: 's', under: 0.3, note: `${(help / bare).toFixed(1)}× a bare node start (${bare.toFixed(0)} ms); ${med(helps, 'cpuMs').toFixed(0)} ms of CPU` });

console.log('\nbuild of every course in courses/ (every format and language, cold process)');
const out = join(tmp, 'dist');
const builds = await times([cli, 'build', '--out', out]);
const zips = readdirSync(out).filter((f) => f.endsWith('.zip')).sort();
// The floor: the same trees, unpacked, zipped by Info-ZIP at level 6 (one process per package, in sequence).
let floor = NaN;
let floorCpu = 0;
if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0) {
  floor = 0;
  for (const z of zips) {
    const tree = join(tmp, 'trees', z);
    for (const [name, data] of await readPackage(join(out, z))) {
      mkdirSync(dirname(join(tree, name)), { recursive: true });
      writeFileSync(join(tree, name), data);
    }
    const t0 = performance.now();
    // bash's `times` prints the CPU time of its children (zip): user and system, on the second line.
    const r = spawnSync('bash', ['-c', `zip -q -r -X -6 '${join(tmp, 'floor.zip')}' . && times`], { cwd: tree, encoding: 'utf8' });
    floor += performance.now() - t0;
    const [user, sys] = [...(r.stdout.trim().split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
    floorCpu += (user ?? 0) + (sys ?? 0);
    rmSync(join(tmp, 'floor.zip'), { force: true });
  }
}
const build = med(builds);
const kb = zips.reduce((n, f) => n + statSync(join(out, f)).size, 0) / 1024;
figs.add({ key: 'build', label: `cold build (${zips.length} zips, ${kb.toFixed(0)} KB)`, value: s(build), unit: 's', under: 1.5 });
if (Number.isFinite(floor)) figs.add({ key: 'buildVsZip', label: 'cold build / zip -r -X -6 on the same trees', value: build / floor, unit: '×', under: 2, note: `zip floor ${s(floor).toFixed(2)} s` });
else console.log('  zip is not installed: the zip floor is not measured');
const buildCpu = med(builds, 'cpuMs');
figs.add({ key: 'buildCpu', label: 'cold build, CPU time (user + system, every thread)', value: s(buildCpu), unit: 's' });
if (floorCpu > 0) figs.add({ key: 'buildCpuVsZip', label: 'cold build / zip -r -X -6, in CPU time', value: buildCpu / floorCpu, unit: '×', under: 2, note: `zip floor ${s(floorCpu).toFixed(2)} s of CPU: on a loaded machine, CPU times compare better than wall times` });
figs.add({ key: 'buildCores', label: 'cores used by the build (CPU time / wall time)', value: buildCpu / build, unit: '' });
// In CPU time: what each stage costs, whatever else the machine runs.
const checkCpu = med(await times([cli, 'check']), 'cpuMs');
const one = med(await times([cli, 'build', '--out', join(tmp, 'one'), '--format', 'scorm12']), 'cpuMs');
const perFormat = (buildCpu - one) / (Object.keys(formats).length - 1);
figs.add({ key: 'checkCpu', label: 'check (read, parse, lint once per language), CPU', value: s(checkCpu), unit: 's' });
figs.add({ key: 'buildOneCpu', label: 'build, one format (scorm12), CPU', value: s(one), unit: 's' });
figs.add({ key: 'perFormatCpu', label: 'each further format (manifest, player, zip), CPU', value: s(perFormat), unit: 's', note: `${((perFormat / one) * 100).toFixed(0)}% of a one-format build: courses are parsed and rendered once per language` });

console.log('\nsynthetic catalogues (modules in courses of ten, one language, every format)');
const cat: Record<number, Run> = {};
for (const n of [10, 100, 1000]) {
  const dir = join(tmp, `catalogue-${n}`);
  await writeCatalogue(dir, n);
  const rs = await times([cli, 'build'], dir, n === 1000 ? 1 : runs);
  cat[n] = rs.sort((a, b) => a.ms - b.ms)[Math.floor(rs.length / 2)];
  figs.add({ key: `catalogue${n}`, label: `${n} modules: time`, value: s(cat[n].ms), unit: 's', ...(n === 1000 ? { under: 20 } : {}) });
  figs.add({ key: `catalogue${n}Cpu`, label: `${n} modules: CPU time`, value: s(cat[n].cpuMs), unit: 's' });
  figs.add({ key: `catalogue${n}Rss`, label: `${n} modules: peak RSS`, value: cat[n].maxRssMb, unit: 'MB', ...(n === 1000 ? { under: 500 } : {}) });
  rmSync(dir, { recursive: true, force: true });
}
figs.add({ key: 'catalogueScale', label: 'time(1,000 modules) / time(100 modules)', value: cat[1000].ms / cat[100].ms, unit: '×', under: 11 });
figs.add({ key: 'catalogueScaleCpu', label: 'same, in CPU time', value: cat[1000].cpuMs / cat[100].cpuMs, unit: '×', under: 11 });

console.log('\npreview');
const course = join(tmp, 'preview', 'connectoo-basique');
cpSync(join(root, 'courses/connectoo-basique'), course, { recursive: true });
const reload = await previewReload(cli, course, runs);
figs.add({ key: 'previewReload', label: 'edit of one page → rebuilt, reload sent, page served', value: reload.ms, unit: 'ms', under: 100, note: reload.note });

console.log('\nlearner state, worst case (every page visited, every question answered), against SCORM 1.2\'s 4,096 characters');
const { courses } = await load({ cwd: root });
for (const spec of courses) {
  const worst = worstCaseState(spec);
  figs.add({ key: `state-${spec.course.id}`, label: `${spec.course.id}: ${worst.pages} pages, ${worst.questions} questions`, value: worst.length, unit: 'chars', under: 4096 });
}

console.log('\nplayer per format (minified, gzip -9)');
for (const adapter of Object.values(formats)) {
  if (!adapter) continue;
  const { js, css } = await bundlePlayer(adapter.runtimeEntry);
  const gz = (t: string) => gzipSync(Buffer.from(t), { level: 9 }).length / 1024;
  figs.add({ key: `player-${adapter.id}`, label: `${adapter.id} player.js gz (raw ${(js.length / 1024).toFixed(1)} KB, player.css gz ${gz(css).toFixed(1)} KB)`, value: gz(js), unit: 'KB' });
}

await figs.save({ date: new Date().toISOString(), cores: availableParallelism(), loadAverage: loadavg()[0] });
rmSync(tmp, { recursive: true, force: true });
console.log(`\nload average ${loadavg()[0].toFixed(2)} at the end; figures kept in .tmp/bench-last.json for the next run`);
