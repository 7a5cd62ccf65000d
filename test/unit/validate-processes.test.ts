/**
 * `connectoo validate` as real processes: peak memory of hostile zips measured in a child process,
 * the CLI's exit codes and output (no stack trace) on a few hostile packages, and the report people
 * read (verdict lines, findings with what to do, --quiet, --strict).
 */
import { execFile } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackages, entriesOf, zipFile } from './validate-built.ts';
import { scorm12Content, scorm12Manifest, scorm12Schemas } from './validate-foreign.ts';
import { deflated, zeros, type RawEntry } from './validate-zip-bytes.ts';
import { compiledEnv } from '../helpers/compiled-cli.ts';

const root = resolve(import.meta.dirname, '../..');
const node = (args: string[], cwd = root) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, args, { cwd, env: compiledEnv(), maxBuffer: 1 << 24 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    ),
  );

let packages: Record<string, string>;
let scorm: RawEntry[];
beforeAll(async () => {
  packages = await builtPackages();
  scorm = await entriesOf(packages.scorm12);
}, 60_000);

/** Manifest just under the element and size limits: the most a control file can cost. */
const nearLimits = (x: string) => {
  const path = (i: number) => Array.from({ length: 15 }, (_, j) => (Math.imul(i * 31 + j + 1, 2654435761) >>> 0).toString(36)).join('/');
  return x.replace('</resource>', `${Array.from({ length: 29_800 }, (_, i) => `<file href="${path(i)}%zz"/>`).join('')}</resource>`);
};

describe('validate: memory', () => {
  it('stays under 300 MB for 1 GiB of zeros, 2 × 1 GiB, a lying header and a manifest at the limits', async () => {
    const zips = [
      await zipFile([...scorm, zeros('media/zeros.bin', 1024)]),
      await zipFile([...scorm, zeros('media/a.bin', 1024), zeros('media/b.bin', 1024)]),
      await zipFile([...scorm, { ...zeros('media/liar.bin', 1024), size: 1000 }]),
      await zipFile(await entriesOf(packages.scorm12, { 'imsmanifest.xml': nearLimits })),
    ];
    const r = await node(['--import', 'tsx', join(root, 'test/unit/validate-peak-rss.ts'), ...zips]);
    expect(r.stderr).toBe('');
    const { rules, peakMB } = JSON.parse(r.stdout) as { rules: string[][]; peakMB: number };
    expect(rules[0]).toEqual(['package/entry-size', 'package/total-size', 'scorm12/unlisted-file']);
    expect(rules[1]).toEqual(['package/entry-size', 'package/total-size', 'scorm12/unlisted-file']);
    expect(rules[2]).toEqual(['package/entry-size', 'scorm12/unlisted-file']);
    expect(rules[3]).toContain('xml/href');
    expect(peakMB).toBeLessThan(300);
  }, 60_000);
});

describe('validate: the CLI on hostile packages', () => {
  it('exits 0, 1 or 2 with placed diagnostics and never a stack trace', async () => {
    const bin = join(root, 'src/cli/connectoo.mjs');
    const escape = await zipFile(await entriesOf(packages.scorm12, { 'imsmanifest.xml': (x) => x.replace(/href="index.html"/g, 'href="index%zz.html"') }));
    const bomb = await zipFile([...scorm, zeros('media/zeros.bin', 1024)]);
    const [ok, bad, bombed, usage] = await Promise.all([
      node([bin, 'validate', packages.scorm12]),
      node([bin, 'validate', escape]),
      node([bin, 'validate', bomb]),
      node([bin, 'validate']),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/scorm12\.zip: SCORM 1\.2 — ready to import\n$/);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/\n {2}error \(imsmanifest\.xml, line \d+\): The launch page "index%zz\.html" has a malformed % escape: no file name can be read from it\. \[xml\/href\]\n/);
    expect(bombed.code).toBe(1);
    expect(bombed.stdout).toMatch(/hostile\.zip: SCORM 1\.2 — will not import \(2 errors, 1 warning\)/);
    expect(bombed.stdout).toMatch(/\n {2}error \(media\/zeros\.bin\): media\/zeros\.bin unpacks to 1024 MB, over the limit of 100 MB per file: .* \[package\/entry-size\]\n/);
    expect(usage.code).toBe(2);
    for (const r of [ok, bad, bombed, usage]) expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('validate: the report for people', () => {
  const bin = join(root, 'src/cli/connectoo.mjs');
  const zip = async (files: Record<string, string | Buffer>, name: string) => zipFile(Object.entries(files).map(([n, d]) => deflated(n, d)), name);

  it('prints a verdict line per package, then the findings with what to do; --quiet keeps the verdicts and the errors', async () => {
    const warned = await zip({ 'imsmanifest.xml': scorm12Manifest({ metadata: '' }), ...scorm12Content }, 'other-tool.zip');
    const broken = await zip({ 'imsmanifest.xml': scorm12Manifest({ launch: 'start.html' }), ...scorm12Schemas(), ...scorm12Content }, 'broken.zip');
    const cwd = join(warned, '..');
    const [full, quiet, strict] = await Promise.all([
      node([bin, 'validate', warned, broken], cwd),
      node([bin, 'validate', '--quiet', warned, broken], cwd),
      node([bin, 'validate', '--strict', warned], cwd),
    ]);
    expect(full.code).toBe(1);
    expect(full.stderr).toBe('');
    const lines = full.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('other-tool.zip: SCORM 1.2 — imports with problems (2 warnings)');
    expect(lines).toContain(`${relative(cwd, broken)}: SCORM 1.2 — will not import (1 error)`);
    expect(lines.at(-1)).toBe('2 packages: 1 import with problems, 1 will not import.');
    expect(full.stdout).toMatch(/^ {4}→ Nothing to do to import it\./m);
    expect(quiet.stdout.trimEnd().split('\n').map((l) => l.replace(/:.*/, ''))).toEqual([
      'other-tool.zip',
      relative(cwd, broken),
      '  error (imsmanifest.xml, line 16)',
      '    → Ask the package\'s author for a package with that file (or add it to the zip).',
      '2 packages',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n')[0]).toBe('other-tool.zip: SCORM 1.2 — imports with problems (2 warnings) — fails --strict');
  }, 60_000);

  it('--strict and --quiet belong to validate', async () => {
    const runs = await Promise.all([node([bin, 'check', '--strict']), node([bin, 'build', '--quiet'])]);
    expect(runs.map((r) => r.code)).toEqual([2, 2]);
  }, 60_000);
});
