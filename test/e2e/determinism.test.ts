/**
 * Reproducible builds: the same sources give byte-identical outputs, whatever the folder, the
 * file times or the clock; and a build with an author error writes nothing.
 */
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { snapshotDiff, snapshotDir } from '../helpers/dir-snapshot.ts';
import { courseWith, editFile } from '../helpers/course-copy.ts';
import { readPackageEntries } from '../../src/sources/read-package.ts';
import { makeTempDir } from '../helpers/zip.ts';

const fixture = 'e2e-all-types';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls the clock until it reaches the next 2-second step of zip entry times (at most 2 s). */
async function nextZipSecond(): Promise<void> {
  const step = Math.floor(Date.now() / 2000);
  while (Math.floor(Date.now() / 2000) === step) await sleep(20);
}

describe('deterministic builds', () => {
  it('gives byte-identical outputs for the same sources built twice, from two folders, at two times', async () => {
    const srcA = await courseWith(fixture);
    const srcB = await courseWith(fixture);
    const old = new Date('2001-02-03T04:05:06Z');
    await utimes(path.join(srcB, 'course.yaml'), old, old);
    await utimes(path.join(srcB, 'media/schema-acces.svg'), old, old);
    const outA = await makeTempDir('connectoo-det-a-');
    const outB = await makeTempDir('connectoo-det-b-');
    const a = await build({ courseDirs: [srcA], outDir: outA });
    expect(errorsOf(a)).toEqual([]);
    await nextZipSecond(); // zip times have a 2-second resolution: make "now" differ
    const b = await build({ courseDirs: [srcB], outDir: outB });
    expect(errorsOf(b)).toEqual([]);

    const zipsA = a.outputs.map((o) => path.basename(o.file)).sort();
    expect(zipsA.length).toBeGreaterThanOrEqual(4);
    expect(b.outputs.map((o) => path.basename(o.file)).sort()).toEqual(zipsA);
    const [snapA, snapB] = [await snapshotDir(outA), await snapshotDir(outB)];
    expect(snapA.size).toBeGreaterThan(0);
    expect(snapshotDiff(snapA, snapB)).toEqual([]);

    for (const o of a.outputs) {
      const entries = await readPackageEntries(o.file);
      const names = entries.map((e) => e.name);
      expect(names, `${path.basename(o.file)}: entries in a stable order`).toEqual([...names].sort());
      const stamps = new Set(entries.map((e) => `${e.lastModDate}/${e.lastModTime}`));
      expect(stamps.size, `${path.basename(o.file)}: one fixed entry time`).toBe(1);
    }
  });

  it('writes nothing when a course has an author error, and leaves older packages untouched', async () => {
    const src = await courseWith(fixture);
    const out = await makeTempDir('connectoo-err-');
    const first = await build({ courseDirs: [src], outDir: out, formats: ['scorm12'] });
    expect(first.ok).toBe(true);
    const before = await snapshotDir(out);
    expect([...before.keys()].some((k) => k.endsWith('-scorm12.zip'))).toBe(true);

    const broken = await editFile(
      src,
      'modules/m1-decouverte/quiz.fr.yaml',
      `{ id: csam, text: CSAM, correct: true,`,
      `{ id: csam, text: CSAM,`,
    );
    await sleep(1100);
    const second = await build({ courseDirs: [src], outDir: out, formats: ['scorm12'] });
    expect(second.ok).toBe(false);
    expect(second.outputs).toEqual([]);
    const errors = second.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((d) => path.resolve(d.file) === broken && d.line > 0), JSON.stringify(errors, null, 1)).toBe(true);
    expect(snapshotDiff(before, await snapshotDir(out), true)).toEqual([]);

    const fresh = path.join(await makeTempDir('connectoo-err-'), 'never');
    const third = await build({ courseDirs: [src], outDir: fresh });
    expect(third.ok).toBe(false);
    expect((await snapshotDir(fresh)).size).toBe(0);
  });
});
