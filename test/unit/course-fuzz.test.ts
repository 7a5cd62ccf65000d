/**
 * Fuzzing the author side with a fixed seed: the minimal course with its files cut, spliced with
 * hostile text (deep nesting, alias bombs, bad escapes, NUL, invalid UTF-8, tabs, huge runs) or
 * deleted. Whatever the tree, `check` answers with placed diagnostics and no internal error, and a
 * failed `build` leaves the output folder exactly as it was.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.ts';
import { snapshotDir, snapshotDiff } from '../helpers/dir-snapshot.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { makeTempDir } from '../helpers/zip.ts';

/** Pages and quizzes twice: most mistakes are made there. */
const files = [
  'modules/m1-basics/01-intro.fr.md',
  'modules/m1-basics/02-suite.nl.md',
  'modules/m1-basics/quiz.fr.yaml',
  'course.yaml',
  'modules/m1-basics/module.yaml',
  'modules/m1-basics/01-intro.fr.md',
  'modules/m1-basics/02-suite.nl.md',
  'modules/m1-basics/quiz.fr.yaml',
  'modules/m1-basics/quiz.nl.yaml',
  'media/schema.svg',
];

const hostile: Uint8Array[] = [
  '> '.repeat(5_000),
  '*'.repeat(3_000) + 'x',
  '[a](%zz.md) ![b](../../media/%E0%A4%A.svg)',
  'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n',
  '\tkey: value\n  - item\n: :\n',
  '\u0000',
  '---\n---\n---\n',
  ':::tip\n:::note\n:::\n',
  '[x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>',
  '{{#each}}{{/if}} </script><!--',
  '|a|\n|-|\n' + '|x|\n'.repeat(3_000),
  '- x\n'.repeat(200) + '  '.repeat(100) + '- deep',
].map((s) => new Uint8Array(Buffer.from(s)));
hostile.push(new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]));

const mutation = fc.record({
  file: fc.integer({ min: 0, max: files.length - 1 }),
  kind: fc.constantFrom<Mutation['kind']>('splice', 'cut', 'delete'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.integer({ min: 0, max: hostile.length - 1 }),
});

let base: string;
beforeAll(async () => {
  base = await makeTempDir('connectoo-course-fuzz-');
});

type Mutation = { file: number; kind: 'splice' | 'cut' | 'delete'; at: number; text: number };

async function mutatedCourse(run: number, mutations: Mutation[]) {
  const dir = join(base, `run-${run}`, 'minimal');
  await rm(dir, { recursive: true, force: true });
  await cp(join(fixturesDir, 'minimal'), dir, { recursive: true });
  for (const m of mutations) {
    const file = join(dir, files[m.file]!);
    if (m.kind === 'delete') {
      await rm(file, { force: true });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      bytes = new Uint8Array();
    }
    const cut = Math.floor(bytes.length * m.at);
    const next = m.kind === 'cut' ? bytes.subarray(0, cut) : Buffer.concat([bytes.subarray(0, cut), hostile[m.text]!, bytes.subarray(cut)]);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, next);
  }
  return dir;
}

/** What every diagnostic of a run must be: placed in the course, with a rule and words, never internal. */
function expectPlaced(dir: string, diagnostics: Awaited<ReturnType<typeof check>>['diagnostics']) {
  for (const d of diagnostics) {
    expect(d.file.startsWith(dir), d.file).toBe(true);
    expect(d.rule).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    expect(d.rule, `${d.file}: ${d.message}`).not.toBe('internal/unexpected');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(0);
    expect(d.column).toBeGreaterThanOrEqual(0);
  }
}

describe('course fuzz', () => {
  it('every hostile text at the end of every file: placed diagnostics only', async () => {
    let run = 5000;
    for (const [file] of files.entries())
      for (const [text] of hostile.entries()) {
        const dir = await mutatedCourse(run++, [{ file, kind: 'splice', at: 1, text }]);
        expectPlaced(dir, (await check({ courseDirs: [dir], formats: ['scorm12'] })).diagnostics);
      }
  }, 30_000);

  it('check places every diagnostic and never fails internally, whatever the course tree', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const dir = await mutatedCourse(run++, mutations);
        expectPlaced(dir, (await check({ courseDirs: [dir], formats: ['scorm12'] })).diagnostics);
      }),
      { seed: 20261130, numRuns: 50 },
    );
  });

  it('a build that fails leaves the output folder as it was', async () => {
    let run = 1000;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (mutations) => {
        const dir = await mutatedCourse(run, mutations);
        const out = join(base, `out-${run++}`);
        await mkdir(out, { recursive: true });
        await writeFile(join(out, 'older-release.zip'), 'an earlier release');
        const before = await snapshotDir(out);
        const r = await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
        if (r.ok) return;
        failed++;
        expect(r.outputs).toEqual([]);
        expect(snapshotDiff(before, await snapshotDir(out), true)).toEqual([]);
      }),
      { seed: 20261201, numRuns: 15 },
    );
    expect(failed, 'the fuzzer produced failing builds').toBeGreaterThan(0);
  });
});
