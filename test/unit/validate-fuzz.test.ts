/**
 * Fuzzing `connectoo validate` with real built packages mutated (fixed seed, so every run checks the
 * same cases): whatever the zip, validatePackage returns; every diagnostic has a place, a rule and a
 * message; nothing ends as an internal error; each package takes bounded time and memory.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { collector } from '../../src/diagnostics/diagnostic.ts';
import { guard, validatePackage } from '../../src/validate/index.ts';
import { builtPackages, entriesOf } from './validate-built.ts';
import { applyMutations, mutatedPackage } from './validate-mutations.ts';
import type { RawEntry } from './validate-zip-bytes.ts';
import { makeTempDir } from '../helpers/zip.ts';

let bases: RawEntry[][];
let dir: string;
beforeAll(async () => {
  const packages = await builtPackages();
  bases = await Promise.all(['scorm12', 'xapi', 'cmi5', 'web'].map((f) => entriesOf(packages[f])));
  dir = await makeTempDir('connectoo-fuzz-');
}, 60_000);

describe('validate fuzz', () => {
  it('places every diagnostic and never fails internally, whatever the zip', async () => {
    const rssBefore = process.memoryUsage().rss;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPackage(4), async ({ base, mutations }) => {
        const file = join(dir, `fuzz-${run++}.zip`);
        await writeFile(file, applyMutations(bases[base], mutations));
        const start = Date.now();
        const r = await validatePackage(file);
        expect(Date.now() - start).toBeLessThan(3000);
        for (const d of r.diagnostics) {
          expect(d.file === file || d.file.startsWith(`${file}!/`), d.file).toBe(true);
          expect(d.rule).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(d.column).toBeGreaterThanOrEqual(0);
          expect(['error', 'warning']).toContain(d.severity);
        }
        expect(r.diagnostics.filter((d) => d.rule === 'internal/unexpected')).toEqual([]);
        expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
      }),
      { seed: 20_261_130, numRuns: 200 },
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  }, 60_000);

  it('turns an error it did not expect into an internal/unexpected diagnostic on the file being checked, without a stack', async () => {
    const { list, report } = collector();
    await guard({ file: '/p/course.zip!/imsmanifest.xml' }, report, async () => {
      decodeURI('index%zz.html'); // the URIError validate once let through
    });
    expect(list).toEqual([
      expect.objectContaining({ file: '/p/course.zip!/imsmanifest.xml', line: 0, rule: 'internal/unexpected', severity: 'error', message: 'connectoo validate stopped on an unexpected error: URIError: URI malformed' }),
    ]);
  });
});
