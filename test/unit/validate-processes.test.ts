/**
 * `connectoo validate` as real processes: peak memory of hostile zips measured in a child process,
 * and the CLI's exit codes and output (no stack trace) on a few hostile packages.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackages, entriesOf, zipFile } from './validate-built.ts';
import { zeros, type RawEntry } from './validate-zip-bytes.ts';

const root = resolve(import.meta.dirname, '../..');
const node = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 24 }, (err, stdout, stderr) =>
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
    expect(ok.stdout).toMatch(/scorm12, ready to import/);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/imsmanifest\.xml:\d+:1: error The launch href "index%zz\.html" has a malformed % escape\. \[xml\/href\]/);
    expect(bombed.code).toBe(1);
    expect(bombed.stderr).toMatch(/hostile\.zip!\/media\/zeros\.bin: error .* \[package\/entry-size\]/);
    expect(bombed.stdout).toMatch(/NOT ready to import/);
    expect(usage.code).toBe(2);
    for (const r of [ok, bad, bombed, usage]) expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
